namespace IommuActors.Configuration.Tests;

public sealed class SubstitutionResolverTests
{
    [Fact]
    public void Resolve_SubstitutionDefinedLater_ResolvesAgainstTheWholeFile()
    {
        // Given
        const string text = "a = ${b.c}\ncopy = ${b}\nb { c = 42 }";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a").ShouldBe(42);
        config.GetInt("copy.c").ShouldBe(42);
    }

    [Fact]
    public void Resolve_SubstitutionInConcatenation_JoinsTextWithWhitespace()
    {
        // Given
        const string text = "name = world\ngreeting = hello ${name} and ${name}s\nsuffix = ${name} suffix";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetString("greeting").ShouldBe("hello world and worlds");
        config.GetString("suffix").ShouldBe("world suffix");
    }

    [Fact]
    public void Resolve_ChainedSubstitutions_FollowTheChain()
    {
        // Given
        const string text = "a = ${b}\nb = ${c}\nc = 3";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a").ShouldBe(3);
        config.OriginOf("a").ShouldBe(new ConfigOrigin("<string>", 3, 5));
    }

    [Fact]
    public void Resolve_OptionalSubstitutionMissing_OmitsTheField()
    {
        // Given
        const string text = "a = ${?nowhere.to.be.found}\nb = [1, ${?nowhere.to.be.found}, 2]\nc = x ${?nowhere.to.be.found}";

        // When
        var config = Config.ParseString(text);

        // Then
        config.HasPath("a").ShouldBeFalse();
        config.Keys.ShouldBe(["b", "c"]);
        config.GetStringList("b").ShouldBe(["1", "2"]);
        config.GetString("c").ShouldBe("x");
    }

    [Fact]
    public void Resolve_OptionalSubstitutionMissing_KeepsTheEarlierValue()
    {
        // Given
        const string text = "seed = 1\nseed = ${?nowhere.to.be.found}";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("seed").ShouldBe(1);
    }

    [Fact]
    public void Resolve_OptionalSubstitutionOfUnsetPath_FallsBackToEnvironmentVariable()
    {
        // Given
        var name = "IOMMU_CONFIG_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            var config = Config.ParseString($"a = ${{?{name}}}\nb = prefix-${{?{name}}}");
            var shadowed = Config.ParseString($"{name} = in-file\nb = ${{?{name}}}");

            // When
            var a = config.GetString("a");

            // Then
            a.ShouldBe("from-env");
            config.GetString("b").ShouldBe("prefix-from-env");
            shadowed.GetString("b").ShouldBe("in-file");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Resolve_ArrayAndObjectConcatenation_AppendAndMerge()
    {
        // Given
        const string text = "base { x = 1, y = 1 }\nlist = [1, 2]\nmore = ${list} [3]\nderived = ${base} { y = 2 }\nderived.z = 3";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetStringList("more").ShouldBe(["1", "2", "3"]);
        config.GetInt("derived.x").ShouldBe(1);
        config.GetInt("derived.y").ShouldBe(2);
        config.GetInt("derived.z").ShouldBe(3);
        config.GetInt("base.y").ShouldBe(1);
    }

    [Fact]
    public void Resolve_SubstitutionInsideObjectOfSameObject_IsNotACycle()
    {
        // Given
        const string text = "a { x = 1, y = ${a.x} }";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a.y").ShouldBe(1);
    }

    [Fact]
    public void Resolve_QuotedPathInSubstitution_KeepsTheDot()
    {
        // Given
        const string text = "\"a.b\" = 5\nc = ${\"a.b\"}";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("c").ShouldBe(5);
    }
}
