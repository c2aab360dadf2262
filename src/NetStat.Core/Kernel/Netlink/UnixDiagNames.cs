using System.Buffers.Binary;

namespace NetStat.Kernel.Netlink;

/// <summary>
/// The bound names of UNIX sockets that contain a newline, from NETLINK_SOCK_DIAG (unix_diag),
/// keyed by inode. /proc/net/unix prints such a name raw, so it spills over several lines and a
/// hostile name could even imitate a row; with the exact name the reader knows how many lines
/// belong to it. Only those rare names are kept, so memory stays flat however many sockets exist.
/// </summary>
internal static class UnixDiagNames
{
    private const int NETLINK_SOCK_DIAG = 4;
    private const ushort SOCK_DIAG_BY_FAMILY = 20;
    private const ushort UNIX_DIAG_NAME = 0;
    private const uint UDIAG_SHOW_NAME = 1;

    /// <summary>
    /// Sends the dump request. The socket belongs to the calling thread's network namespace, so
    /// <see cref="Collect"/> may then run on any thread.
    /// </summary>
    public static NetlinkDump? Start()
    {
        // nlmsghdr (16) + unix_diag_req (24): family, protocol, pad, states, ino, show, cookie[2]
        Span<byte> request = stackalloc byte[40];
        request.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(request, 40);
        BinaryPrimitives.WriteUInt16LittleEndian(request[4..], SOCK_DIAG_BY_FAMILY);
        BinaryPrimitives.WriteUInt16LittleEndian(request[6..], 0x301); // NLM_F_REQUEST | NLM_F_DUMP
        BinaryPrimitives.WriteUInt32LittleEndian(request[8..], 1);
        request[16] = 1; // AF_UNIX
        BinaryPrimitives.WriteUInt32LittleEndian(request[20..], uint.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(request[28..], UDIAG_SHOW_NAME);
        return NetlinkDump.Start(NETLINK_SOCK_DIAG, request, 1);
    }

    /// <summary>Reads the reply of <see cref="Start"/>: the names with newlines; null when the dump failed.</summary>
    public static Dictionary<ulong, byte[]>? Collect(NetlinkDump dump)
    {
        var names = new Dictionary<ulong, byte[]>();
        while (dump.TryNext(out ushort type, out var message))
        {
            // unix_diag_msg: family, type, state, pad, u32 ino, u32 cookie[2]; attributes follow.
            if (type != SOCK_DIAG_BY_FAMILY || message.Length < 16)
                continue;
            uint inode = BinaryPrimitives.ReadUInt32LittleEndian(message[4..]);
            var attributes = message[16..];
            while (attributes.Length >= 4)
            {
                int length = BinaryPrimitives.ReadUInt16LittleEndian(attributes);
                int attrType = BinaryPrimitives.ReadUInt16LittleEndian(attributes[2..]) & 0x3FFF;
                if (length < 4 || length > attributes.Length)
                    break;
                var value = attributes[4..length];
                if (attrType == UNIX_DIAG_NAME && value.Contains((byte)'\n'))
                    names[inode] = AsProcText(value);
                attributes = attributes[Math.Min(attributes.Length, (length + 3) & ~3)..];
            }
        }
        return dump.Error == 0 ? names : null;
    }

    /// <summary>
    /// As the kernel's unix_seq_show prints a name: an abstract name (leading NUL) gets '@' for
    /// every NUL; a path loses its terminating NUL.
    /// </summary>
    internal static byte[] AsProcText(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
            return [];
        if (name[0] != 0)
        {
            int nul = name.IndexOf((byte)0);
            return (nul >= 0 ? name[..nul] : name).ToArray();
        }
        var text = name.ToArray();
        for (int i = 0; i < text.Length; i++)
            if (text[i] == 0)
                text[i] = (byte)'@';
        return text;
    }
}
