namespace IommuActors.Configuration.Tests;

public sealed partial class HoconParserTests
{
    [Fact]
    public void ParseString_BracedRoot_ReadsFields()
    {
        // Given
        const string text = "{\n  a = 1\n  b = two\n}\n";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a").ShouldBe(1);
        config.GetString("b").ShouldBe("two");
    }

    [Fact]
    public void ParseString_EqualsColonAndBraceWithoutSeparator_AllAssign()
    {
        // Given
        const string text = "a = 1\nb : 2\nc {\n  d = 3\n}\ne: { f: 4 }";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a").ShouldBe(1);
        config.GetInt("b").ShouldBe(2);
        config.GetInt("c.d").ShouldBe(3);
        config.GetInt("e.f").ShouldBe(4);
    }

    [Fact]
    public void ParseString_CommaSeparatedFields_ReadsAllWithTrailingComma()
    {
        // Given
        const string text = "a = 1, b = 2\nc { x = 1, y = 2, }";

        // When
        var config = Config.ParseString(text);

        // Then
        config.Keys.ShouldBe(["a", "b", "c"]);
        config.GetConfig("c").Keys.ShouldBe(["x", "y"]);
    }

    [Fact]
    public void ParseString_DottedKey_CreatesNestedObjects()
    {
        // Given
        const string text = "a.b.c = 1\na.b.d = 2";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetConfig("a.b").Keys.ShouldBe(["c", "d"]);
        config.GetInt("a.b.d").ShouldBe(2);
    }

    [Fact]
    public void ParseString_QuotedKeySegment_KeepsTheDot()
    {
        // Given
        const string text = "\"a.b\".c = 1";

        // When
        var config = Config.ParseString(text);

        // Then
        config.Keys.ShouldBe(["a.b"]);
        config.GetInt("\"a.b\".c").ShouldBe(1);
        config.HasPath("a.b.c").ShouldBeFalse();
    }

    [Fact]
    public void ParseString_DuplicateObjectKeys_MergeDeeply()
    {
        // Given
        const string text = "a { x = 1, inner { p = 1 } }\na { y = 2, inner { q = 2 } }\na.x = 3";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("a.x").ShouldBe(3);
        config.GetInt("a.y").ShouldBe(2);
        config.GetConfig("a.inner").Keys.ShouldBe(["p", "q"]);
    }

    [Fact]
    public void ParseString_ScalarBetweenObjects_DropsFieldsDefinedBeforeIt()
    {
        // Given
        const string text = "a { x = 1 }\na = 5\na { y = 2 }";

        // When
        var config = Config.ParseString(text);

        // Then
        config.HasPath("a.x").ShouldBeFalse();
        config.GetInt("a.y").ShouldBe(2);
    }

    [Fact]
    public void ParseString_PlusEquals_AppendsToArrayOrStartsOne()
    {
        // Given
        const string text = "a = [1]\na += 2\na += 3\nb += x";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetStringList("a").ShouldBe(["1", "2", "3"]);
        config.GetStringList("b").ShouldBe(["x"]);
    }

    [Fact]
    public void ParseString_Comments_AreIgnored()
    {
        // Given
        const string text = "# hash comment\n// slash comment\na = 1 # trailing\nb = foo// no space needed\nc = [1, # inside\n 2]";

        // When
        var config = Config.ParseString(text);

        // Then
        config.Keys.ShouldBe(["a", "b", "c"]);
        config.GetString("b").ShouldBe("foo");
        config.GetStringList("c").ShouldBe(["1", "2"]);
    }

    [Fact]
    public void ParseString_QuotedString_DecodesJsonEscapes()
    {
        // Given
        const string text = """a = "q\"b\\s\/n\nt\tu\u00e9" """;

        // When
        var value = Config.ParseString(text).GetString("a");

        // Then
        value.ShouldBe("q\"b\\s/n\nt\tu\u00e9");
    }

    [Fact]
    public void ParseString_TripleQuotedString_KeepsNewlinesAndQuotesRaw()
    {
        // Given
        const string text = "a = \"\"\"line one\n  \"two\" \\n\"\"\"\"\nb = 1";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetString("a").ShouldBe("line one\n  \"two\" \\n\"");
        config.GetInt("b").ShouldBe(1);
    }

    [Theory]
    [InlineData("a = foo bar", "foo bar")]
    [InlineData("a = foo   \"quoted\" 1.5 // comment", "foo   quoted 1.5")]
    [InlineData("a = 10 ms", "10 ms")]
    [InlineData("a = x.y-z_1/2", "x.y-z_1/2")]
    public void ParseString_SimpleValuesOnOneLine_ConcatenateWithTheirWhitespace(string text, string expected)
    {
        // Given
        var config = Config.ParseString(text);

        // When
        var value = config.GetString("a");

        // Then
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("a = x:y", "<string>:1:6: expected ',' or a new line after the value of 'a', found ':'")]
    [InlineData("a = x!", "<string>:1:6: expected ',' or a new line after the value of 'a', found '!'")]
    [InlineData("a = x = y", "<string>:1:7: expected ',' or a new line after the value of 'a', found '='")]
    public void ParseString_ForbiddenCharAfterUnquotedValue_Throws(string text, string expected)
    {
        // Given / When
        var error = Should.Throw<ConfigException>(() => Config.ParseString(text));

        // Then
        error.Message.ShouldBe(expected);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void GetBoolean_BooleanSpellings_Convert(string written, bool expected)
    {
        // Given
        var config = Config.ParseString($"flag = {written}");

        // When
        var value = config.GetBoolean("flag");

        // Then
        value.ShouldBe(expected);
    }

    [Fact]
    public void ParseString_NumbersAndNull_ReadAsTyped()
    {
        // Given
        const string text = "i = -42\nl = 9000000000\nd = 1.5e3\nn = null";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetInt("i").ShouldBe(-42);
        config.GetLong("l").ShouldBe(9_000_000_000L);
        config.GetDouble("d").ShouldBe(1500d);
        config.HasPath("n").ShouldBeFalse();
        config.Keys.ShouldContain("n");
    }

    [Fact]
    public void ParseString_ArrayWithNewlinesAndTrailingComma_ReadsElements()
    {
        // Given
        const string text = "a = [\n  one\n  \"two\",\n  three,\n]\nb = []";

        // When
        var config = Config.ParseString(text);

        // Then
        config.GetStringList("a").ShouldBe(["one", "two", "three"]);
        config.GetStringList("b").ShouldBeEmpty();
    }
}
