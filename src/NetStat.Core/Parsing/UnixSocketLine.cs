using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Parses one line of /proc/net/unix:
/// <c>Num: RefCount Protocol Flags Type St Inode [Path]</c>.
/// </summary>
public static class UnixSocketLine
{
    /// <summary>
    /// Parses <paramref name="line"/>; false when fewer than six fields convert (net-tools then
    /// warns about a bogus line). The path is everything after the inode and one blank, so a path
    /// with spaces stays whole; it points into <paramref name="line"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out UnixSocket socket, out Range path)
    {
        var c = new ScanCursor(line);
        int fields = 0;
        long refCount = 0, protocol = 0, flags = 0, type = 0, state = 0, inode = 0;
        path = default;
        // "%p: %lX %lX %lX %X %X %lu %s"
        if (c.Hex(out _))
        {
            fields++;
            if (c.Literal((byte)':')
                && c.Hex(out refCount) && ++fields > 0
                && c.Hex(out protocol) && ++fields > 0
                && c.Hex(out flags) && ++fields > 0
                && c.Hex(out type) && ++fields > 0
                && c.Hex(out state) && ++fields > 0
                && c.Decimal(out inode))
            {
                fields++;
            }
        }
        if (fields < 6)
        {
            socket = default;
            return false;
        }
        var rest = c.Rest;
        int start = line.Length - rest.Length;
        if (rest.Length > 0 && rest[0] == (byte)' ')
        {
            start++;
            // Old kernels padded; the path begins at the first non-blank.
            while (start < line.Length && line[start] == (byte)' ')
                start++;
        }
        path = start < line.Length && fields == 7 ? new Range(start, line.Length) : new Range(line.Length, line.Length);
        socket = new UnixSocket
        {
            RefCount = (ulong)refCount,
            ProtocolField = (uint)protocol,
            Flags = (ulong)flags,
            Type = (ushort)type,
            State = (byte)state,
            Inode = (ulong)inode,
        };
        return true;
    }
}
