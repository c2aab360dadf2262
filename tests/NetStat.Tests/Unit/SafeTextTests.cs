using System.Text;
using NetStat.Text;
using Xunit;

namespace NetStat.Tests.Unit;

public class SafeTextTests
{
    private static string Escape(byte[] bytes) => Encoding.UTF8.GetString(SafeText.Escape(bytes));

    [Theory]
    [InlineData("plain-name_1.2", "plain-name_1.2")]
    [InlineData("日本語のソケット", "日本語のソケット")]
    [InlineData("tab\there", "tab\\x09here")]
    [InlineData("esc\u001b[2Jclear", "esc\\x1b[2Jclear")]
    [InlineData("line\nbreak", "line\\x0abreak")]
    [InlineData("del\u007f", "del\\x7f")]
    [InlineData("c1\u0085next", "c1\\xc2\\x85next")]
    public void EscapesOnlyControls(string input, string expected)
    {
        Assert.Equal(expected, Escape(Encoding.UTF8.GetBytes(input)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "\\xff")]
    [InlineData(new byte[] { (byte)'a', 0xC3 }, "a\\xc3")]
    [InlineData(new byte[] { 0xE3, 0x81 }, "\\xe3\\x81")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\\xed\\xa0\\x80")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "\\xc0\\xaf")]
    public void EscapesInvalidUtf8ByteByByte(byte[] input, string expected)
    {
        Assert.Equal(expected, Escape(input));
        Assert.False(SafeText.IsSafe(input));
    }
}
