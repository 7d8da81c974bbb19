namespace IommuActors.Configuration.Tests;

public sealed partial class HoconParserTests
{
    [Fact]
    public void OriginOf_ValueAfterTab_CountsTabAsOneColumn()
    {
        // Given
        const string text = "a {\n\tb = 1\n}\n\nc = \"x\"";

        // When
        var config = Config.ParseString(text, "origins.conf");

        // Then
        config.OriginOf("a.b").ShouldBe(new ConfigOrigin("origins.conf", 2, 6));
        config.OriginOf("c").ToString().ShouldBe("origins.conf:5:5");
    }

    [Fact]
    public void ParseString_CrLfLineEndings_ParsesWithSameLines()
    {
        // Given
        const string text = "a = 1\r\nb = [1,\r\n 2]\r\nc = x";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetStringList("b").ShouldBe(["1", "2"]);
        config.GetString("c").ShouldBe("x");
        config.OriginOf("c").Line.ShouldBe(4);
    }

    [Fact]
    public void Keys_FieldsDefinedInSomeOrder_KeepFileOrder()
    {
        // Given
        const string text = "zeta = 1\nalpha = 2\nmid { b = 1, a = 2 }\nzeta = 3";

        // When
        var config = Config.ParseString(text);

        // Then
        config.Keys.ShouldBe(["zeta", "alpha", "mid"]);
        config.GetConfig("mid").Keys.ShouldBe(["b", "a"]);
    }

    [Fact]
    public void ParseString_EmptyText_IsAnEmptyObject()
    {
        // Given
        const string text = "  # only a comment\n";

        // When
        var config = Config.ParseString(text);

        // Then
        config.Keys.ShouldBeEmpty();
        Config.Empty.Keys.ShouldBeEmpty();
    }
}
