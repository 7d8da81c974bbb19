namespace IommuActors.Configuration.Tests;

public sealed partial class HoconParserTests
{
    [Fact]
    public void ParseFile_Include_IsRelativeToTheIncludingFileAndMergedAtThatPoint()
    {
        // Given
        using var temp = new TempDirectory();
        temp.Write("conf/parts/base.conf", "a = 1\nb = 2\nobj { x = 1 }");
        var main = temp.Write("conf/main.conf", "a = 0\ninclude \"parts/base.conf\"\nb = 3\nobj { y = 2 }");

        // When
        var config = Config.ParseFile(main);

        // Then
        config.GetInt("a").ShouldBe(1);
        config.GetInt("b").ShouldBe(3);
        config.GetConfig("obj").Keys.ShouldBe(["x", "y"]);
        config.OriginOf("obj.x").File.ShouldBe(Path.Combine(temp.Root, "conf", "parts/base.conf"));
    }

    [Fact]
    public void ParseFile_IncludeFileSyntaxInsideObject_NestsFieldsAndFixesSubstitutions()
    {
        // Given
        using var temp = new TempDirectory();
        temp.Write("inner.conf", "x = 10\ny = ${x}\nz = ${top}");
        var main = temp.Write("main.conf", "top = 7\nnested {\n  include file(\"inner.conf\")\n}");

        // When
        var config = Config.ParseFile(main);

        // Then
        config.GetInt("nested.x").ShouldBe(10);
        config.GetInt("nested.y").ShouldBe(10);
        config.GetInt("nested.z").ShouldBe(7);
        config.HasPath("x").ShouldBeFalse();
    }

    [Fact]
    public void ParseFile_IncludeRequiredFile_IsAccepted()
    {
        // Given
        using var temp = new TempDirectory();
        temp.Write("inner.conf", "x = 1");
        var main = temp.Write("main.conf", "include required(file(\"inner.conf\"))");

        // When
        var config = Config.ParseFile(main);

        // Then
        config.GetInt("x").ShouldBe(1);
    }

    [Fact]
    public void ParseFile_IncludedFileMissing_ReportsPositionOfTheInclude()
    {
        // Given
        using var temp = new TempDirectory();
        var main = temp.Write("main.conf", "a = 1\nb {\n  include \"nope.conf\"\n}");

        // When
        var error = Should.Throw<ConfigException>(() => Config.ParseFile(main));

        // Then
        error.Message.ShouldBe($"{main}:3:3: included file '{Path.Combine(temp.Root, "nope.conf")}' not found");
        error.Origin.ShouldBe(new ConfigOrigin(main, 3, 3));
    }

    [Fact]
    public void ParseFile_IncludeCycle_ReportsTheChainAtTheClosingInclude()
    {
        // Given
        using var temp = new TempDirectory();
        var a = temp.Write("a.conf", "include \"b.conf\"\nx = 1");
        var b = temp.Write("b.conf", "y = 2\n  include \"a.conf\"");

        // When
        var error = Should.Throw<ConfigException>(() => Config.ParseFile(a));

        // Then
        error.Message.ShouldBe($"{b}:2:3: include cycle: {a} -> {b} -> {a}");
    }
}
