namespace IommuActors.Configuration.Tests;

public sealed partial class ConfigExceptionTests
{
    [Fact]
    public void ParseString_KeyWithoutSeparator_ReportsWhatWasFoundAndWhere()
    {
        // Given
        const string text = "iommu-actors {\n  exploration {\n  strategy }\n}";

        // When
        var error = Should.Throw<ConfigException>(() => Config.ParseString(text, "settings.conf"));

        // Then
        error.Message.ShouldBe("settings.conf:3:12: expected '=' or ':' after key 'strategy', found '}'");
        error.Origin.ShouldBe(new ConfigOrigin("settings.conf", 3, 12));
        error.Path.ShouldBeNull();
    }

    [Theory]
    [InlineData("a = 1\nb = \"open\n", "f.conf:2:5: unterminated quoted string: missing '\"'")]
    [InlineData("a = 1\nb = \"\"\"never closed\n\n", "f.conf:2:5: unterminated triple-quoted string: missing '\"\"\"'")]
    [InlineData("a = 1\n  b = [1, 2,\n 3\n", "f.conf:2:7: unterminated array: missing ']'")]
    [InlineData("a {\n  b {\n    c = 1\n  }\n", "f.conf:1:3: unterminated object: missing '}'")]
    [InlineData("a = \"ok \\q\"", "f.conf:1:9: bad escape '\\q' in quoted string")]
    [InlineData("a = \"\\u12G4\"", "f.conf:1:6: bad escape '\\u': expected four hex digits")]
    [InlineData("a = ${b.c\n", "f.conf:1:5: unterminated substitution: missing '}'")]
    [InlineData("a = ${b.c", "f.conf:1:5: unterminated substitution: missing '}'")]
    [InlineData("a = ${b = 1}", "f.conf:1:9: expected '}' to close the substitution, found '='")]
    [InlineData("a =\nb = 2", "f.conf:1:4: expected a value for 'a', found end of line")]
    [InlineData("a = 1\n}", "f.conf:2:1: unexpected '}': no object is open")]
    [InlineData("a = 1,, b = 2", "f.conf:1:7: unexpected ','")]
    [InlineData("a..b = 1", "f.conf:1:3: invalid key 'a..': empty path element before '.'")]
    [InlineData("a. = 1", "f.conf:1:2: invalid key 'a.': empty path element after '.'")]
    [InlineData("a = [1 2] x", "f.conf:1:5: cannot concatenate an array and a simple value (f.conf:1:11)")]
    [InlineData("[1, 2]", "f.conf:1:1: the root of a configuration must be an object, not an array")]
    [InlineData("{ a = 1 } b = 2", "f.conf:1:11: unexpected 'b' after the root object")]
    [InlineData("a = 5\na += 6", "f.conf:2:6: '+=' appends to an array, but the value it appends to is number 5 (f.conf:1:5)")]
    [InlineData("include classpath(\"x.conf\")", "f.conf:1:1: only file includes are supported: use include \"file.conf\" or include file(\"file.conf\")")]
    public void ParseString_SyntaxError_ReportsExactPosition(string text, string expected)
    {
        // Given / When
        var error = Should.Throw<ConfigException>(() => Config.ParseString(text, "f.conf").Resolve());

        // Then
        error.Message.ShouldBe(expected);
    }

    [Fact]
    public void GetInt_StringValue_NamesKeyPathValueAndOrigin()
    {
        // Given
        const string text = "# settings\n\niommu-actors.exploration {\n  iterations = many\n}";
        var config = Config.ParseString(text, "settings.conf");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetInt("iommu-actors.exploration.iterations"));

        // Then
        error.Message.ShouldBe("iommu-actors.exploration.iterations: expected an integer but got string \"many\" (settings.conf:4:16)");
        error.Path.ShouldBe("iommu-actors.exploration.iterations");
        error.Origin.ShouldBe(new ConfigOrigin("settings.conf", 4, 16));
    }

    [Fact]
    public void GetInt_ThroughSubConfig_StillNamesTheFullPath()
    {
        // Given
        var exploration = Config.ParseString("iommu-actors.exploration.iterations = 1.5", "s.conf").GetConfig("iommu-actors.exploration");

        // When
        var error = Should.Throw<ConfigException>(() => exploration.GetInt("iterations"));

        // Then
        error.Message.ShouldBe("iommu-actors.exploration.iterations: expected an integer but got number 1.5 (s.conf:1:39)");
    }

    [Fact]
    public void GetString_MissingKey_SaysNoSuchSetting()
    {
        // Given
        var config = Config.ParseString("iommu-actors.exploration.seed = 1");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetString("iommu-actors.exploration.foo"));

        // Then
        error.Message.ShouldBe("iommu-actors.exploration.foo: no such setting");
        error.Path.ShouldBe("iommu-actors.exploration.foo");
        error.Origin.ShouldBeNull();
    }

    [Theory]
    [InlineData("a = { b = 1 }", "GetString", "a: expected a string but got object (c.conf:1:5)")]
    [InlineData("a = [1]", "GetInt", "a: expected an integer but got array (c.conf:1:5)")]
    [InlineData("a = null", "GetString", "a: expected a string but got null (c.conf:1:5)")]
    [InlineData("a = 3000000000", "GetInt", "a: expected a 32-bit integer but got number 3000000000 (c.conf:1:5)")]
    [InlineData("a = maybe", "GetBoolean", "a: expected a boolean (true/false, yes/no, on/off) but got string \"maybe\" (c.conf:1:5)")]
    [InlineData("a = 10 parsecs", "GetDuration", "a: expected a duration such as '250 ms' or '10 s' but got string \"10 parsecs\" (c.conf:1:5)")]
    [InlineData("a = 10 XB", "GetBytes", "a: expected a size in bytes such as '512 KiB' or '10 MB' but got string \"10 XB\" (c.conf:1:5)")]
    [InlineData("a = \"NaN\"", "GetDouble", "a: expected a number but got string \"NaN\" (c.conf:1:5)")]
    [InlineData("a = [x, {}]", "GetStringList", "a[1]: expected a string but got object (c.conf:1:9)")]
    [InlineData("a = [{}, x]", "GetConfigList", "a[1]: expected an object but got string \"x\" (c.conf:1:10)")]
    [InlineData("a = 1", "GetConfig", "a: expected an object but got number 1 (c.conf:1:5)")]
    [InlineData("a = 1", "GetString:a.b", "a: expected an object but got number 1 (c.conf:1:5)")]
    public void Getter_WrongType_NamesPathExpectationAndOrigin(string text, string getter, string expected)
    {
        // Given
        var config = Config.ParseString(text, "c.conf");
        var parts = getter.Split(':');
        var path = parts.Length > 1 ? parts[1] : "a";

        // When
        var error = Should.Throw<ConfigException>(() => Call(config, parts[0], path));

        // Then
        error.Message.ShouldBe(expected);
    }

    [Fact]
    public void ParseFile_MissingFile_SaysSoInOneLine()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), "iommu-missing-" + Guid.NewGuid().ToString("N") + ".conf");

        // When
        var error = Should.Throw<ConfigException>(() => Config.ParseFile(path));

        // Then
        error.Message.ShouldBe($"{path}: configuration file not found");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void GetString_InvalidPathExpression_Throws()
    {
        // Given
        var config = Config.ParseString("a = 1");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetString("a..b"));

        // Then
        error.Message.ShouldBe("'a..b' is not a valid setting path: invalid key 'a..': empty path element before '.'");
    }

    private static object Call(Config config, string getter, string path) => getter switch
    {
        "GetString" => config.GetString(path),
        "GetInt" => config.GetInt(path),
        "GetBoolean" => config.GetBoolean(path),
        "GetDuration" => config.GetDuration(path),
        "GetBytes" => config.GetBytes(path),
        "GetDouble" => config.GetDouble(path),
        "GetStringList" => config.GetStringList(path),
        "GetConfigList" => config.GetConfigList(path),
        "GetConfig" => config.GetConfig(path),
        _ => throw new ArgumentOutOfRangeException(nameof(getter)),
    };
}
