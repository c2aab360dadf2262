using System.Buffers.Binary;

namespace NetStat.Parsing;

/// <summary>The address words of /proc/net/route and /proc/net/rt_cache.</summary>
internal static class RouteAddressText
{
    /// <summary>
    /// net-tools' INET_getsock: the first 8 characters are 4 hex byte pairs in memory order
    /// ("0100007F" is 127.0.0.1); anything shorter or not hex fails, and the caller keeps the
    /// address it had before. Returns the address as a big-endian number.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> word, out uint address)
    {
        address = 0;
        if (word.Length < 8)
            return false;
        uint memoryOrder = 0;
        for (int i = 0; i < 8; i++)
        {
            int d = word[i] switch
            {
                >= (byte)'0' and <= (byte)'9' => word[i] - '0',
                >= (byte)'a' and <= (byte)'f' => word[i] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => word[i] - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
                return false;
            memoryOrder = (memoryOrder << 4) | (uint)d;
        }
        address = BinaryPrimitives.ReverseEndianness(memoryOrder);
        return true;
    }
}
