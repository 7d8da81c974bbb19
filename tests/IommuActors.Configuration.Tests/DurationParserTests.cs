namespace IommuActors.Configuration.Tests;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("250", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("250 ms", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("\"10 milliseconds\"", 10 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1.5s", 15_000_000L)]
    [InlineData("1 second", TimeSpan.TicksPerSecond)]
    [InlineData("2 minutes", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("3m", 3 * TimeSpan.TicksPerMinute)]
    [InlineData("1 h", TimeSpan.TicksPerHour)]
    [InlineData("2 days", 2 * TimeSpan.TicksPerDay)]
    [InlineData("500 us", 5_000L)]
    [InlineData("300ns", 3L)]
    [InlineData("-5 s", -5 * TimeSpan.TicksPerSecond)]
    public void GetDuration_NumberWithUnit_ConvertsToTimeSpan(string written, long expectedTicks)
    {
        // Given
        var config = Config.ParseString($"timeout = {written}");

        // When
        var duration = config.GetDuration("timeout");

        // Then
        duration.ShouldBe(TimeSpan.FromTicks(expectedTicks));
    }

    [Theory]
    [InlineData("ten seconds")]
    [InlineData("10 fortnights")]
    [InlineData("1.2.3 s")]
    [InlineData("99999999999999999 d")]
    public void GetDuration_NotADuration_Throws(string written)
    {
        // Given
        var config = Config.ParseString($"timeout = {written}");

        // When
        var error = Should.Throw<ConfigException>(() => config.GetDuration("timeout"));

        // Then
        error.Message.ShouldStartWith("timeout: expected a duration such as '250 ms' or '10 s' but got ");
    }
}
