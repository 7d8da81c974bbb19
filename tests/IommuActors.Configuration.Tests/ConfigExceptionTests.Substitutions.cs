namespace IommuActors.Configuration.Tests;

public sealed partial class ConfigExceptionTests
{
    [Fact]
    public void Resolve_MissingSubstitution_ReportsPositionOfTheDollar()
    {
        // Given
        var config = Config.ParseString("a = 1\nb {\n  c = x ${a.b} y\n}", "s.conf");

        // When
        var error = Should.Throw<ConfigException>(() => config.Resolve());

        // Then
        error.Message.ShouldBe("s.conf:3:9: substitution ${a.b} not found");
        error.Origin.ShouldBe(new ConfigOrigin("s.conf", 3, 9));
        error.Path.ShouldBe("a.b");
    }

    [Fact]
    public void Resolve_SubstitutionCycle_NamesTheChain()
    {
        // Given
        var config = Config.ParseString("a = ${b}\nb = ${c}\nc = ${a}", "s.conf");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetString("a"));

        // Then
        error.Message.ShouldBe("s.conf:1:5: substitution cycle: ${b} -> ${c} -> ${a} -> ${b}");
    }

    [Theory]
    [InlineData("path = a\npath = ${path}\":more\"", "s.conf:2:8: substitution ${path} refers to the value it is part of; self-referential substitutions are not supported")]
    [InlineData("a = ${a}", "s.conf:1:5: substitution ${a} refers to the value it is part of; self-referential substitutions are not supported")]
    [InlineData("a { b = ${a} }", "s.conf:1:9: substitution ${a} refers to the value it is part of; self-referential substitutions are not supported")]
    public void Resolve_SelfReferentialSubstitution_IsAClearError(string text, string expected)
    {
        // Given
        var config = Config.ParseString(text, "s.conf");

        // When
        var error = Should.Throw<ConfigException>(() => config.Resolve());

        // Then
        error.Message.ShouldBe(expected);
    }
}
