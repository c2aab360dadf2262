using System.Buffers.Text;
using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Text;

/// <summary>
/// Numeric address text exactly as glibc's inet_ntoa / inet_ntop write it (lower-case hex, the
/// first longest run of two or more zero groups as "::", embedded IPv4 for ::a.b.c.d and
/// ::ffff:a.b.c.d), which is also RFC 5952's canonical form.
/// </summary>
public static class InetAddressText
{
    /// <summary>Longest text: "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".</summary>
    public const int MaxLength = 46;

    /// <summary>Formats into a new array.</summary>
    public static byte[] Format(InetAddress address)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        return buffer[..Format(address, buffer)].ToArray();
    }

    /// <summary>Formats into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns the length.</summary>
    public static int Format(InetAddress address, Span<byte> destination)
    {
        if (address.Family == AddressFamily.InterNetwork)
            return FormatIPv4(address.IPv4Value, destination);

        Span<ushort> words = stackalloc ushort[8];
        for (int i = 0; i < 8; i++)
            words[i] = address.GetIPv6Group(i);

        int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
        for (int i = 0; i < 8; i++)
        {
            if (words[i] == 0)
            {
                if (curBase < 0) { curBase = i; curLen = 1; }
                else curLen++;
            }
            else if (curBase >= 0)
            {
                if (bestBase < 0 || curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
                curBase = -1;
            }
        }
        if (curBase >= 0 && (bestBase < 0 || curLen > bestLen)) { bestBase = curBase; bestLen = curLen; }
        if (bestBase >= 0 && bestLen < 2) bestBase = -1;

        int pos = 0;
        for (int i = 0; i < 8; i++)
        {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen)
            {
                if (i == bestBase)
                    destination[pos++] = (byte)':';
                continue;
            }
            if (i != 0)
                destination[pos++] = (byte)':';
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff)))
            {
                pos += FormatIPv4(((uint)words[6] << 16) | words[7], destination[pos..]);
                return pos;
            }
            Utf8Formatter.TryFormat(words[i], destination[pos..], out int written, new System.Buffers.StandardFormat('x'));
            pos += written;
        }
        if (bestBase >= 0 && bestBase + bestLen == 8)
            destination[pos++] = (byte)':';
        return pos;
    }

    /// <summary>Dotted quad of a big-endian IPv4 value.</summary>
    public static int FormatIPv4(uint value, Span<byte> destination)
    {
        int pos = 0;
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            Utf8Formatter.TryFormat((byte)(value >> shift), destination[pos..], out int written);
            pos += written;
            if (shift != 0)
                destination[pos++] = (byte)'.';
        }
        return pos;
    }
}
