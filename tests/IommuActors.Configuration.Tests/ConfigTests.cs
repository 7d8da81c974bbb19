using System.Text.RegularExpressions;

namespace IommuActors.Configuration.Tests;

public sealed partial class ConfigTests
{
    [Fact]
    public void WithFallback_OverlappingObjects_MergeAndPrimaryWins()
    {
        // Given
        var user = Config.ParseString("a { x = 1 }\nlist = [9]", "user.conf");
        var defaults = Config.ParseString("a { x = 0, y = 0 }\nlist = [1, 2]\nother = 5", "defaults.conf");

        // When
        var config = user.WithFallback(defaults);

        // Then
        config.GetInt("a.x").ShouldBe(1);
        config.GetInt("a.y").ShouldBe(0);
        config.GetStringList("list").ShouldBe(["9"]);
        config.OriginOf("a.x").File.ShouldBe("user.conf");
        config.OriginOf("other").File.ShouldBe("defaults.conf");
    }

    [Fact]
    public void WithFallback_NewKeys_GoAfterTheFallbackKeys()
    {
        // Given
        var user = Config.ParseString("c = 3\na = 1");
        var defaults = Config.ParseString("a = 0\nb = 0");

        // When
        var keys = user.WithFallback(defaults).Keys;

        // Then
        keys.ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void WithFallback_SubstitutionInPrimary_ResolvesAgainstFallbackKeys()
    {
        // Given
        var user = Config.ParseString("b = ${a}-user\nlist += 3");
        var defaults = Config.ParseString("a = ref\nlist = [1, 2]");

        // When
        var config = user.WithFallback(defaults);

        // Then
        config.GetString("b").ShouldBe("ref-user");
        config.GetStringList("list").ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void Load_SeveralFiles_LastFileWinsAndAllWinOverReference()
    {
        // Given
        using var temp = new TempDirectory();
        var first = temp.Write("first.conf", "iommu-actors.exploration { seed = 10, iterations = 10 }");
        var second = temp.Write("second.conf", "iommu-actors.exploration.seed = 20");

        // When
        var config = Config.Load(first, second);

        // Then
        config.GetLong("iommu-actors.exploration.seed").ShouldBe(20);
        config.GetInt("iommu-actors.exploration.iterations").ShouldBe(10);
        config.GetString("iommu-actors.exploration.strategy").ShouldBe(Config.Reference().GetString("iommu-actors.exploration.strategy"));
        config.OriginOf("iommu-actors.exploration.seed").File.ShouldBe(second);
    }

    [Fact]
    public void Load_UserFileRefersToReferenceKey_Resolves()
    {
        // Given
        using var temp = new TempDirectory();
        var user = temp.Write("user.conf", "iommu-actors.bench.pingpong.iterations = ${iommu-actors.exploration.iterations}");

        // When
        var config = Config.Load(user);

        // Then
        config.GetInt("iommu-actors.bench.pingpong.iterations").ShouldBe(config.GetInt("iommu-actors.exploration.iterations"));
    }

    [Fact]
    public void Load_UnresolvableSubstitution_ThrowsAtLoad()
    {
        // Given
        using var temp = new TempDirectory();
        var user = temp.Write("user.conf", "x = ${does.not.exist}");

        // When
        var error = Should.Throw<ConfigException>(() => Config.Load(user));

        // Then
        error.Message.ShouldBe($"{user}:1:5: substitution ${{does.not.exist}} not found");
    }

    [Fact]
    public void Reference_EmbeddedFile_ParsesWithItsDefaults()
    {
        // Given
        var text = File.ReadAllText(RepoPaths.File("hocon", "reference.conf"));
        var expected = int.Parse(
            Regex.Match(text, @"exploration\s*\{[^}]*?\biterations\s*=\s*(\d+)", RegexOptions.Singleline).Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);

        // When
        var config = Config.Reference();

        // Then
        config.GetInt("iommu-actors.exploration.iterations").ShouldBe(expected);
        config.OriginOf("iommu-actors.exploration.iterations").File.ShouldBe("reference.conf");
        config.Render().ShouldBe(Config.ParseFile(RepoPaths.File("hocon", "reference.conf")).Render());
    }

    [Fact]
    public void Load_CiConf_OverridesSeedAndIterations()
    {
        // Given
        var ciPath = RepoPaths.File("hocon", "ci.conf");
        var ciText = File.ReadAllText(ciPath);
        var seed = Regex.Match(ciText, @"\bseed\s*=\s*(\d+)").Groups[1].Value;
        var iterations = Regex.Match(ciText, @"\biterations\s*=\s*(\d+)").Groups[1].Value;

        // When
        var config = Config.Load(ciPath);

        // Then
        config.GetString("iommu-actors.exploration.seed").ShouldBe(seed);
        config.GetString("iommu-actors.exploration.iterations").ShouldBe(iterations);
        config.OriginOf("iommu-actors.exploration.iterations").File.ShouldBe(ciPath);
        config.GetInt("iommu-actors.exploration.max-steps").ShouldBe(Config.Reference().GetInt("iommu-actors.exploration.max-steps"));
    }
}
