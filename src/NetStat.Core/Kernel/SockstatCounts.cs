using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Whether the kernel's own socket counts say a protocol's tables are empty in this network
/// namespace, so that no dump needs to walk them. A sock_diag dump walks every bucket of hash
/// tables that the kernel sizes by memory and shares among all namespaces (262,144 TCP buckets
/// on a 24 GB machine: a quarter of a millisecond, most of an empty listing's time), while
/// /proc/net/sockstat and sockstat6 carry the namespace's counts and cost a few microseconds.
/// </summary>
/// <remarks>
/// "inuse" counts the sockets in a protocol's hash tables (listeners and connections, including
/// orphans); TCP's "tw" counts the namespace's TIME_WAIT sockets of both families. A SYN_RECV
/// request needs a listener, which "inuse" counts, of either family (a dual-stack IPv6 listener
/// makes IPv4 requests), so TCP is judged on both files. Anything unreadable or unexpected answers
/// "not known to be empty", and the tables are walked as before.
/// </remarks>
internal static class SockstatCounts
{
    /// <summary>True only when the counts of <paramref name="protocol"/> in the chosen families are all zero.</summary>
    public static bool Empty(ProcPaths paths, SocketProtocol protocol, bool ipv4, bool ipv6)
    {
        ReadOnlySpan<byte> v4Key = protocol switch
        {
            SocketProtocol.Tcp => "TCP:"u8,
            SocketProtocol.Udp => "UDP:"u8,
            SocketProtocol.UdpLite => "UDPLITE:"u8,
            _ => default,
        };
        if (v4Key.IsEmpty)
            return false;
        bool tcp = protocol == SocketProtocol.Tcp;
        // An IPv4 connection to a dual-stack IPv6 listener is an IPv4 SYN_RECV row while its
        // listener counts only as TCP6: an IPv4 TCP table is known empty only when both are.
        if (tcp)
            ipv6 = true;
        Span<byte> buffer = stackalloc byte[1024];
        // TIME_WAIT sockets of both families are counted in the IPv4 file only.
        if (ipv4 || tcp)
        {
            if (!TryRead(paths.Net("sockstat"), buffer, out int length))
                return false;
            var text = buffer[..length];
            if (ipv4 && Count(text, v4Key, "inuse"u8) != 0 || tcp && Count(text, v4Key, "tw"u8) != 0)
                return false;
        }
        if (ipv6)
        {
            ReadOnlySpan<byte> v6Key = protocol switch
            {
                SocketProtocol.Tcp => "TCP6:"u8,
                SocketProtocol.Udp => "UDP6:"u8,
                _ => "UDPLITE6:"u8,
            };
            if (!TryRead(paths.Net("sockstat6"), buffer, out int length) || Count(buffer[..length], v6Key, "inuse"u8) != 0)
                return false;
        }
        return true;
    }

    /// <summary>The value after <paramref name="field"/> on the line that starts with <paramref name="key"/>; null when absent or malformed.</summary>
    internal static long? Count(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key, ReadOnlySpan<byte> field)
    {
        while (!text.IsEmpty)
        {
            int end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            if (!line.StartsWith(key))
                continue;
            var rest = line[key.Length..];
            while (!rest.IsEmpty)
            {
                rest = rest.TrimStart((byte)' ');
                int space = rest.IndexOf((byte)' ');
                var name = space < 0 ? rest : rest[..space];
                rest = space < 0 ? default : rest[(space + 1)..].TrimStart((byte)' ');
                space = rest.IndexOf((byte)' ');
                var number = space < 0 ? rest : rest[..space];
                rest = space < 0 ? default : rest[space..];
                if (name.SequenceEqual(field))
                    return System.Buffers.Text.Utf8Parser.TryParse(number, out long value, out int used) && used == number.Length ? value : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>The whole file in one buffer; false when it cannot be read or does not fit.</summary>
    private static bool TryRead(string path, Span<byte> buffer, out int length)
    {
        length = 0;
        int fd = NativePath.OpenReadOnly(path, out _);
        if (fd < 0)
            return false;
        try
        {
            while (length < buffer.Length)
            {
                int n = NativePath.ReadOnce(fd, buffer[length..]);
                if (n < 0)
                    return false;
                if (n == 0)
                    return true;
                length += n;
            }
            return false;
        }
        finally
        {
            Interop.Libc.Close(fd);
        }
    }
}
