namespace IommuActors.Configuration.Tests;

public sealed class HoconRendererTests
{
    private const string Sample = """
        top = 1
        "dotted.key" { "with space" = "quoted \"value\"\n\ttab" }
        flags { yes-string = "yes", real = true, nothing = null, number = -1.25e2, numeric-string = "42" }
        lists {
          scalars = [1, two, "three"]
          objects = [{ a = 1 }, { b = [] }]
          empty = []
        }
        empty {}
        include-like { "include" = 1 }
        derived = ${top} apples
        """;

    [Fact]
    public void Render_ParsedBack_HasTheSameValues()
    {
        // Given
        var original = Config.ParseString(Sample);

        // When
        var rendered = original.Render();
        var reparsed = Config.ParseString(rendered);

        // Then
        reparsed.Keys.ShouldBe(original.Keys);
        reparsed.GetString("\"dotted.key\".\"with space\"").ShouldBe("quoted \"value\"\n\ttab");
        reparsed.GetString("flags.yes-string").ShouldBe("yes");
        reparsed.GetBoolean("flags.real").ShouldBeTrue();
        reparsed.HasPath("flags.nothing").ShouldBeFalse();
        reparsed.GetConfig("flags").Keys.ShouldContain("nothing");
        reparsed.GetDouble("flags.number").ShouldBe(-125d);
        reparsed.GetString("flags.numeric-string").ShouldBe("42");
        reparsed.GetStringList("lists.scalars").ShouldBe(["1", "two", "three"]);
        reparsed.GetConfigList("lists.objects")[1].GetStringList("b").ShouldBeEmpty();
        reparsed.GetStringList("lists.empty").ShouldBeEmpty();
        reparsed.GetConfig("empty").Keys.ShouldBeEmpty();
        reparsed.GetInt("include-like.include").ShouldBe(1);
        reparsed.GetString("derived").ShouldBe("1 apples");
        reparsed.Render().ShouldBe(rendered);
    }

    [Fact]
    public void Render_Object_UsesDefinitionOrderAndIndentation()
    {
        // Given
        var config = Config.ParseString("b { y = 2, x = \"s\" }\na = [1, 2]");

        // When
        var rendered = config.Render();

        // Then
        rendered.ShouldBe("b = {\n  y = 2\n  x = \"s\"\n}\na = [1, 2]\n");
    }
}
