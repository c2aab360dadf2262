using NetStat.Cli.CommandLine;
using Xunit;

namespace NetStat.Tests.Unit;

public sealed class IntervalOptionTests
{
    [Theory]
    [InlineData(null, 1000)]
    [InlineData("0.5", 500)]
    [InlineData("2", 2000)]
    [InlineData(".25", 250)]
    [InlineData("3.", 3000)]
    [InlineData("0.001", 1)]
    [InlineData("0.0015", 2)]
    [InlineData("007", 7000)]
    [InlineData("86400", 86_400_000)]
    public void AcceptsDecimalSeconds(string? text, int milliseconds)
    {
        Assert.True(IntervalOption.TryParse(text, out var interval, out var error));
        Assert.Null(error);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), interval);
    }

    [Theory]
    [InlineData("", "invalid interval")]
    [InlineData(".", "invalid interval")]
    [InlineData("abc", "invalid interval")]
    [InlineData("1e3", "invalid interval")]
    [InlineData("-1", "invalid interval")]
    [InlineData("+1", "invalid interval")]
    [InlineData("1.2.3", "invalid interval")]
    [InlineData(" 1", "invalid interval")]
    [InlineData("1,5", "invalid interval")]
    [InlineData("NaN", "invalid interval")]
    [InlineData("0", "interval too short")]
    [InlineData("0.0004", "interval too short")]
    [InlineData("86400.1", "interval too long")]
    [InlineData("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "interval too long")]
    public void RefusesWithOneLineNamingTheValue(string text, string problem)
    {
        Assert.False(IntervalOption.TryParse(text, out _, out var error));
        Assert.StartsWith($"netstat: -c: {problem} '{text}'", error);
        Assert.EndsWith("\n", error);
        Assert.Single(error!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
