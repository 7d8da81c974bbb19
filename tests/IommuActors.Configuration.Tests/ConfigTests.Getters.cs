namespace IommuActors.Configuration.Tests;

public sealed partial class ConfigTests
{
    [Fact]
    public void GetConfigList_ArrayOfObjects_ReturnsOneConfigEach()
    {
        // Given
        var config = Config.ParseString("actors = [\n  { name = a, count = 1 }\n  { name = b, count = 2 }\n]");

        // When
        var actors = config.GetConfigList("actors");

        // Then
        actors.Select(a => a.GetString("name")).ShouldBe(["a", "b"]);
        actors[1].GetInt("count").ShouldBe(2);
        Should.Throw<ConfigException>(() => actors[1].GetString("missing")).Message.ShouldBe("actors[1].missing: no such setting");
    }

    [Fact]
    public void GetConfig_SubObject_ExposesRelativePathsAndKeys()
    {
        // Given
        var config = Config.Reference();

        // When
        var dispatcher = config.GetConfig("iommu-actors.dispatcher");

        // Then
        dispatcher.Keys.ShouldBe(["type", "concurrent"]);
        dispatcher.GetInt("concurrent.throughput").ShouldBe(config.GetInt("iommu-actors.dispatcher.concurrent.throughput"));
    }

    [Fact]
    public void HasPath_MissingNullAndThroughScalar_AreFalse()
    {
        // Given
        var config = Config.ParseString("a = 1\nb = null\nc { d = \"\" }");

        // When / Then
        config.HasPath("a").ShouldBeTrue();
        config.HasPath("c.d").ShouldBeTrue();
        config.HasPath("b").ShouldBeFalse();
        config.HasPath("zz").ShouldBeFalse();
        config.HasPath("a.b").ShouldBeFalse();
    }

    [Fact]
    public void GetString_NumberOrBoolean_ReturnsTextAsWritten()
    {
        // Given
        var config = Config.ParseString("n = 1.50\nb = true\nq = \"12\"");

        // When / Then
        config.GetString("n").ShouldBe("1.50");
        config.GetString("b").ShouldBe("true");
        config.GetInt("q").ShouldBe(12);
    }
}
