using System.Runtime.InteropServices;
using System.Text;
using NetStat.Parsing;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>Our inet_pton(AF_INET6) against the C library's own, on texts that probe its edges.</summary>
public partial class InetPtonTests
{
    [Theory]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001")]
    [InlineData("fe80:0000:0000:0000:0000:0000:0000:0001")]
    [InlineData("0000:0000:0000:0000:0000:ffff:c633:6407")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("1::")]
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData("1:2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1::2::3")]
    [InlineData("12345::")]
    [InlineData("zzzz:0db8:0000:0000:0000:0000:0000:0002")]
    [InlineData("::1.2.3.4")]
    [InlineData("::ffff:1.2.3.4")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("::01.2.3.4")]
    [InlineData("::1.2.3.256")]
    [InlineData("::1.2.3")]
    [InlineData("1:")]
    [InlineData("2001:db8:0000:0000000:0000:0000:0000:0006")]
    [InlineData("")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::2:3:4:5:6:7:8")]
    [InlineData("::0:2:3:4:5:6:7:8")]
    public void AgreesWithTheCLibrary(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Span<byte> ours = stackalloc byte[16];
        bool ok = InetPton.TryParseIPv6(bytes, ours);
        var theirs = new byte[16];
        int rc = LibcInetPton(10 /* AF_INET6 */, text, theirs);
        Assert.Equal(rc == 1, ok);
        if (ok)
            Assert.Equal(theirs, ours.ToArray());
    }

    [LibraryImport("libc", EntryPoint = "inet_pton", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LibcInetPton(int family, string text, byte[] destination);
}
