using System.Runtime.InteropServices;
using System.Text;
using NetStat.Kernel;
using NetStat.Parsing;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// The C library is the oracle for the pieces of C the route readers emulate: glibc's
/// inet_pton, sscanf's conversions and fgets. Inputs are generated (fixed seeds) around the
/// edges that matter: signs, "0x", widths, overflow, stray characters.
/// </summary>
public static partial class RouteParsingOracleTests
{
    [LibraryImport("libc", EntryPoint = "inet_pton")]
    private static unsafe partial int CInetPton(int family, byte* src, byte* dst);

    // sscanf is variadic; with pointer arguments only, the fixed form works on Linux x86-64 and arm64.
    [LibraryImport("libc", EntryPoint = "sscanf")]
    private static unsafe partial int CScanf(byte* str, byte* format, void* a, void* b);

    [LibraryImport("libc", EntryPoint = "fopen")]
    private static unsafe partial nint CFopen(byte* path, byte* mode);

    [LibraryImport("libc", EntryPoint = "fgets")]
    private static unsafe partial byte* CFgets(byte* buffer, int size, nint file);

    [LibraryImport("libc", EntryPoint = "fclose")]
    private static partial int CFclose(nint file);

    private static byte[] Z(string s) => Encoding.UTF8.GetBytes(s + "\0");

    private static IEnumerable<string> Ipv6Candidates()
    {
        var rng = new Random(6);
        string[] atoms = ["0", "1", "a", "F", "ffff", "0000", "12345", ":", "::", ".", "1.2.3.4", "255", "256", "01", "g", "", "::ffff:", "0.0.0.0"];
        yield return "::";
        yield return "::1";
        yield return ":::";
        yield return "1::2::3";
        yield return "0000:0000:0000:0000:0000:0000:0000:0000";
        yield return "fd00:40:0000:0000:0000:0000:0000:0000";
        yield return "zzzz:0db8:0000:0000:0000:0000:0000:0009";
        yield return "0000:0000:0000:0000:0000:0000:0102.:3.4";
        yield return "0000:0000:0000:0000:0000:ffff:1.2.3.4";
        yield return "::1.2.3.04";
        yield return "1:2:3:4:5:6:7:8:9";
        yield return "1:2:3:4:5:6:7::";
        yield return "::2:3:4:5:6:7:8";
        for (int i = 0; i < 4000; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 12);
            for (int j = 0; j < n; j++)
                sb.Append(atoms[rng.Next(atoms.Length)]);
            yield return sb.ToString();
        }
    }

    [Fact]
    public static unsafe void InetPtonAgreesWithTheCLibrary()
    {
        foreach (var text in Ipv6Candidates())
        {
            var src = Z(text);
            var expected = new byte[16];
            int rc;
            fixed (byte* s = src)
            fixed (byte* d = expected)
                rc = CInetPton(10, s, d);
            var actual = new byte[16];
            bool ok = InetPton.TryParseIPv6(src.AsSpan(0, src.Length - 1), actual);
            Assert.True(ok == (rc == 1), $"inet_pton(\"{text}\"): libc {rc}, ours {ok}");
            if (ok)
                Assert.Equal(expected, actual);
        }
    }

    private static IEnumerable<string> NumberCandidates()
    {
        var rng = new Random(10);
        string[] atoms = ["0", "1", "7", "9", "a", "F", "x", "X", "0x", "-", "+", " ", "\t", "g", "99999999999999999999", "2147483648", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616", "ffffffff", "fffffffffffffffff", "\n"];
        foreach (var a in atoms)
            yield return a;
        for (int i = 0; i < 3000; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 5);
            for (int j = 0; j < n; j++)
                sb.Append(atoms[rng.Next(atoms.Length)]);
            yield return sb.ToString();
        }
    }

    /// <summary>One conversion through sscanf with %n after it: (assigned count, value, consumed).</summary>
    private static unsafe (int Count, int Value, int Consumed) C(string format, string text)
    {
        var f = Z(format + "%n");
        var s = Z(text);
        int value = unchecked((int)0xDEADBEEF), consumed = -1;
        int rc;
        fixed (byte* fp = f)
        fixed (byte* sp = s)
            rc = CScanf(sp, fp, &value, &consumed);
        return (rc, value, consumed);
    }

    [Theory]
    [InlineData("%d", 0)]
    [InlineData("%X", 0)]
    [InlineData("%02x", 2)]
    [InlineData("%08x", 8)]
    public static void NumberConversionsAgreeWithSscanf(string format, int width)
    {
        bool hex = format != "%d";
        foreach (var text in NumberCandidates())
        {
            var (count, value, consumed) = C(format, text);
            var input = new ScanfInput(Encoding.UTF8.GetBytes(text));
            bool ok;
            int ours;
            if (hex)
            {
                ok = input.UInt32Hex(width, out uint u);
                ours = unchecked((int)u);
            }
            else
            {
                ok = input.Int32(width, out ours);
            }
            Assert.True(ok == (count == 1), $"{format} on \"{Escape(text)}\": sscanf {count}, ours {ok}");
            if (ok)
            {
                Assert.True(value == ours, $"{format} on \"{Escape(text)}\": sscanf {value}, ours {ours}");
                // Where the next conversion starts: compare by scanning a word after it.
                var after = input.String(0, out var rest) ? Encoding.UTF8.GetString(rest) : "";
                var expectedRest = text[consumed..].TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
                int end = expectedRest.IndexOfAny([' ', '\t', '\n', '\v', '\f', '\r']);
                Assert.Equal(end < 0 ? expectedRest : expectedRest[..end], after);
            }
        }
    }

    [Fact]
    public static unsafe void StringConversionAgreesWithSscanf()
    {
        foreach (var text in NumberCandidates().Concat(["abcdefghijklmnopqrstuvwxyz", "  eth0  x", "averylongifname0100007F"]))
        {
            var f = Z("%15s%n");
            var s = Z(text);
            var buffer = new byte[64];
            int consumed = -1, rc;
            fixed (byte* fp = f)
            fixed (byte* sp = s)
            fixed (byte* bp = buffer)
                rc = CScanf(sp, fp, bp, &consumed);
            var input = new ScanfInput(Encoding.UTF8.GetBytes(text));
            bool ok = input.String(15, out var word);
            Assert.True(ok == (rc == 1), $"%15s on \"{Escape(text)}\": sscanf {rc}, ours {ok}");
            if (ok)
                Assert.Equal(Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0)), Encoding.UTF8.GetString(word));
        }
    }

    [Fact]
    public static unsafe void FgetsPiecesAgreeWithTheCLibrary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"netstat-fgets-{Environment.ProcessId}.txt");
        var content = new StringBuilder();
        var rng = new Random(3);
        for (int i = 0; i < 300; i++)
        {
            content.Append(new string((char)('a' + i % 26), rng.Next(0, 1500)));
            if (rng.Next(4) > 0)
                content.Append('\n');
        }
        content.Append(new string('z', 1022));
        File.WriteAllText(path, content.ToString());
        try
        {
            foreach (int size in new[] { 511, 1023, 256, 2 })
            {
                var expected = new List<string>();
                var p = Z(path);
                var m = Z("r");
                var buffer = new byte[size];
                nint file;
                fixed (byte* pp = p)
                fixed (byte* mp = m)
                    file = CFopen(pp, mp);
                Assert.NotEqual(0, file);
                fixed (byte* bp = buffer)
                    while (CFgets(bp, size, file) != null)
                        expected.Add(Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0)));
                CFclose(file);

                var actual = new List<string>();
                using var reader = FgetsReader.TryOpen(path, out int errno)!;
                Assert.Equal(0, errno);
                while (reader.TryGets(size, out var piece))
                    actual.Add(Encoding.UTF8.GetString(piece));
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Escape(string s) => s.Replace("\t", "\\t").Replace("\n", "\\n");
}
