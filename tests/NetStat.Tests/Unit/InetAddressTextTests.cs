using System.Runtime.InteropServices;
using System.Text;
using NetStat.Records;
using NetStat.Text;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>Our address text against glibc's inet_ntop itself, the function net-tools calls.</summary>
public partial class InetAddressTextTests
{
    [LibraryImport("libc", EntryPoint = "inet_ntop")]
    private static unsafe partial byte* InetNtop(int family, byte* src, byte* dst, uint size);

    private static unsafe string Glibc(byte[] bytes)
    {
        byte* dst = stackalloc byte[64];
        fixed (byte* src = bytes)
        {
            var r = InetNtop(bytes.Length == 4 ? 2 : 10, src, dst, 64);
            return Marshal.PtrToStringUTF8((nint)r)!;
        }
    }

    private static string Ours(byte[] bytes) => Encoding.ASCII.GetString(InetAddressText.Format(InetAddress.FromBytes(bytes)));

    [Fact]
    public void MatchesGlibcOnAddressesWithZeroRuns()
    {
        var random = new Random(5952);
        for (int i = 0; i < 20000; i++)
        {
            var bytes = new byte[16];
            for (int g = 0; g < 8; g++)
            {
                int kind = random.Next(4);
                ushort v = kind switch { 0 or 1 => 0, 2 => (ushort)random.Next(1, 16), _ => (ushort)random.Next(65536) };
                bytes[2 * g] = (byte)(v >> 8);
                bytes[2 * g + 1] = (byte)v;
            }
            if (i % 7 == 0)
            {
                Array.Clear(bytes, 0, 10);
                bytes[10] = bytes[11] = (byte)(i % 14 == 0 ? 0xFF : 0);
            }
            Assert.Equal(Glibc(bytes), Ours(bytes));
        }
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("127.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::2")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::0.1.0.0")]
    [InlineData("::100")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:db8:0:1::")]
    [InlineData("1:0:0:2:0:0:0:3")]
    [InlineData("1:0:2:0:3:0:4:0")]
    public void MatchesGlibcOnKnownForms(string text)
    {
        var bytes = System.Net.IPAddress.Parse(text).GetAddressBytes();
        Assert.Equal(Glibc(bytes), Ours(bytes));
    }
}
