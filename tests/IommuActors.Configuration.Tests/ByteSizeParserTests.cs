namespace IommuActors.Configuration.Tests;

public sealed class ByteSizeParserTests
{
    [Theory]
    [InlineData("512", 512L)]
    [InlineData("10 B", 10L)]
    [InlineData("3 bytes", 3L)]
    [InlineData("1 KB", 1_000L)]
    [InlineData("1kB", 1_000L)]
    [InlineData("1 K", 1_024L)]
    [InlineData("1k", 1_024L)]
    [InlineData("1 KiB", 1_024L)]
    [InlineData("1.5 KiB", 1_536L)]
    [InlineData("2 MB", 2_000_000L)]
    [InlineData("2 MiB", 2_097_152L)]
    [InlineData("1 GB", 1_000_000_000L)]
    [InlineData("1 GiB", 1_073_741_824L)]
    [InlineData("1 TB", 1_000_000_000_000L)]
    [InlineData("1 TiB", 1_099_511_627_776L)]
    [InlineData("4 mebibytes", 4_194_304L)]
    public void GetBytes_NumberWithUnit_ConvertsToBytes(string written, long expected)
    {
        // Given
        var config = Config.ParseString($"size = {written}");

        // When
        var bytes = config.GetBytes("size");

        // Then
        bytes.ShouldBe(expected);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1 KIB")]
    [InlineData("16 EiB")]
    public void GetBytes_NotASize_Throws(string written)
    {
        // Given
        var config = Config.ParseString($"size = {written}", "s.conf");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetBytes("size"));

        // Then
        error.Message.ShouldBe($"size: expected a size in bytes such as '512 KiB' or '10 MB' but got string \"{written}\" (s.conf:1:8)");
    }
}
