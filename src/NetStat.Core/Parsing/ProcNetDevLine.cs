using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Parses /proc/net/dev the way net-tools 2.10 does: the layout is guessed from the second header
/// line, the name is everything up to the ':' (or an old-style "eth0:1:" alias), and the counters
/// are read with sscanf, so a short or garbled line keeps the values it had before.
/// </summary>
public static class ProcNetDevLine
{
    /// <summary>The column layout announced by the second header line (3, 2 or 1; see <see cref="InterfaceStatistics.Layout"/>).</summary>
    public static int LayoutOf(ReadOnlySpan<byte> header)
    {
        header = CString(header);
        if (header.IndexOf("compressed"u8) >= 0)
            return 3;
        if (header.IndexOf("bytes"u8) >= 0)
            return 2;
        return 1;
    }

    /// <summary>
    /// Splits a line into the interface name and the text after it (net-tools' get_name):
    /// leading white space is skipped; the name ends at white space or at a ':' that is not part
    /// of a ":digits:" alias.
    /// </summary>
    public static ReadOnlySpan<byte> SplitName(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> rest)
    {
        line = CString(line);
        int p = 0;
        while (p < line.Length && ScanCursor.IsSpace(line[p]))
            p++;
        int start = p;
        while (p < line.Length)
        {
            byte c = line[p];
            if (ScanCursor.IsSpace(c))
                break;
            if (c == ':')
            {
                int q = p + 1;
                while (q < line.Length && IsDigit(line[q]))
                    q++;
                if (q < line.Length && line[q] == ':')
                {
                    rest = line[(q + 1)..];
                    return line[start..q];
                }
                rest = line[(p + 1)..];
                return line[start..p];
            }
            p++;
        }
        rest = line[p..];
        return line[start..p];
    }

    // Which of the 16 kernel columns each layout's sscanf format fills, in order.
    private static ReadOnlySpan<byte> Layout3Columns => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    private static ReadOnlySpan<byte> Layout2Columns => [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14];
    private static ReadOnlySpan<byte> Layout1Columns => [1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14];

    /// <summary>
    /// Reads the counters after the name for <paramref name="layout"/>, starting from
    /// <paramref name="previous"/> (the values a repeated name already had): fields after the
    /// first one that does not convert keep their previous value, as with sscanf.
    /// </summary>
    public static InterfaceStatistics ParseCounters(ReadOnlySpan<byte> rest, int layout, InterfaceStatistics previous)
    {
        Span<ulong> v =
        [
            previous.ReceiveBytes, previous.ReceivePackets, previous.ReceiveErrors, previous.ReceiveDropped,
            previous.ReceiveFifoErrors, previous.ReceiveFrameErrors, previous.ReceiveCompressed, previous.ReceiveMulticast,
            previous.TransmitBytes, previous.TransmitPackets, previous.TransmitErrors, previous.TransmitDropped,
            previous.TransmitFifoErrors, previous.Collisions, previous.TransmitCarrierErrors, previous.TransmitCompressed,
        ];
        var columns = layout switch { 3 => Layout3Columns, 2 => Layout2Columns, _ => Layout1Columns };
        var text = CString(rest);
        int pos = 0;
        foreach (byte column in columns)
        {
            if (!Next(text, ref pos, out ulong value))
                break;
            v[column] = value;
        }
        // net-tools clears what the older layouts do not have, whatever the line held.
        if (layout != 3)
            v[7] = 0;
        if (layout == 1)
            v[0] = v[8] = 0;
        return new InterfaceStatistics
        {
            Layout = layout,
            ReceiveBytes = v[0], ReceivePackets = v[1], ReceiveErrors = v[2], ReceiveDropped = v[3],
            ReceiveFifoErrors = v[4], ReceiveFrameErrors = v[5], ReceiveCompressed = v[6], ReceiveMulticast = v[7],
            TransmitBytes = v[8], TransmitPackets = v[9], TransmitErrors = v[10], TransmitDropped = v[11],
            TransmitFifoErrors = v[12], Collisions = v[13], TransmitCarrierErrors = v[14], TransmitCompressed = v[15],
        };
    }

    /// <summary>
    /// One %lu / %Lu conversion: white space, an optional sign, decimal digits; the value as
    /// strtoull gives it (a '-' negates modulo 2^64, overflow gives the maximum even with '-').
    /// </summary>
    internal static bool Next(ReadOnlySpan<byte> text, ref int pos, out ulong value)
    {
        value = 0;
        int p = pos;
        while (p < text.Length && ScanCursor.IsSpace(text[p]))
            p++;
        bool negative = false;
        if (p < text.Length && (text[p] == '-' || text[p] == '+'))
        {
            negative = text[p] == '-';
            p++;
        }
        int digits = p;
        bool overflow = false;
        ulong acc = 0;
        while (p < text.Length && IsDigit(text[p]))
        {
            ulong d = (ulong)(text[p] - '0');
            if (acc > (ulong.MaxValue - d) / 10)
                overflow = true;
            else
                acc = acc * 10 + d;
            p++;
        }
        if (p == digits)
            return false;
        pos = p;
        value = overflow ? ulong.MaxValue : negative ? 0UL - acc : acc;
        return true;
    }

    /// <summary>The text up to the first NUL: C string functions see no further.</summary>
    internal static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> text)
    {
        int nul = text.IndexOf((byte)0);
        return nul < 0 ? text : text[..nul];
    }

    private static bool IsDigit(byte c) => c >= '0' && c <= '9';
}
