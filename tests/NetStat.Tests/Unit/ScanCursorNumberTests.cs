using System.Numerics;
using System.Text;
using NetStat.Parsing;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// %lX / %ld conversions as glibc's sscanf makes them (strtoul underneath: optional sign, 0x for
/// hex, saturation at ULONG_MAX), checked against an independent big-integer reading, around the
/// lengths where the fast path hands over to the saturating one. The values of the out-of-range
/// negative cases were checked against glibc's own sscanf (-1: ULONG_MAX, not negated).
/// </summary>
public sealed class ScanCursorNumberTests
{
    public static TheoryData<string, int> Numbers()
    {
        var data = new TheoryData<string, int>();
        foreach (var text in new[]
        {
            "0", "7", "00000001", "ffffffff", "FFFFFFFFFFFFFFFF", "7fffffffffffffff", "10000000000000000",
            "0000000000000000000000001", "fffffffffffffffff", "0x1f", "0X1F", "-1", "+ff", "-ffffffffffffffff",
            "123456789abcdef0", "0x", "g", "", "-10000000000000000", "-ffffffffffffffffff",
        })
            data.Add(text, 16);
        foreach (var text in new[]
        {
            "0", "42", "9999999999999999999", "18446744073709551615", "18446744073709551616", "99999999999999999999",
            "00000000000000000000042", "-5", "+5", "-18446744073709551615", "-18446744073709551616", "12a", "a", "",
        })
            data.Add(text, 10);
        return data;
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void ReadsAsStrtoul(string text, int radix)
    {
        var cursor = new ScanCursor(Encoding.ASCII.GetBytes(text + " rest"));
        bool ok = radix == 16 ? cursor.Hex(out long value) : cursor.Decimal(out value);
        var expected = Strtoul(text, radix);
        Assert.Equal(expected is not null, ok);
        if (expected is { } e)
            Assert.Equal(e, value);
    }

    /// <summary>The long sscanf stores: strtoul's value negated after a minus, or ULONG_MAX (-1) whatever the sign when it does not fit; null when no digit.</summary>
    private static long? Strtoul(string text, int radix)
    {
        int p = 0;
        bool negative = false;
        if (p < text.Length && text[p] is '-' or '+')
            negative = text[p++] == '-';
        if (radix == 16 && p + 2 < text.Length && text[p] == '0' && (text[p + 1] | 0x20) == 'x' && Uri.IsHexDigit(text[p + 2]))
            p += 2;
        BigInteger acc = 0;
        int start = p;
        while (p < text.Length && (radix == 16 ? Uri.IsHexDigit(text[p]) : char.IsAsciiDigit(text[p])))
            acc = acc * radix + Convert.ToInt32(text[p++].ToString(), radix);
        if (p == start)
            return null;
        if (acc > ulong.MaxValue)
            return -1;
        return negative ? -(long)(ulong)acc : (long)(ulong)acc;
    }
}
