using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Parses one line of /proc/net/{tcp,udp,udplite,raw}[6]:
/// <c>sl: local:port remote:port st tx:rx tr:when retr uid timeout inode ...</c>.
/// </summary>
public static class InetSocketLine
{
    /// <summary>
    /// Parses <paramref name="line"/>. Returns false when fewer fields convert than net-tools
    /// requires (11 for TCP, 10 for the others): such a line is reported as bogus and skipped.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> line, SocketProtocol protocol, out InetSocket socket)
    {
        var c = new ScanCursor(line);
        int fields = 0;
        long localPort = 0, remotePort = 0, state = 0, tx = 0, rx = 0, timer = 0, when = 0, retr = 0, uid = 0, timeout = 0, inode = 0;
        ReadOnlySpan<byte> local = default, remote = default;

        // "%d: %64[0-9A-Fa-f]:%X %64[0-9A-Fa-f]:%X %X %lX:%lX %X:%lX %lX %d %d %lu"
        if (c.Decimal(out _))
        {
            fields++;
            if (c.Literal((byte)':'))
            {
                c.SkipSpace();
                if (c.HexString(64, out local))
                {
                    fields++;
                    if (c.Literal((byte)':') && c.Hex(out localPort))
                    {
                        fields++;
                        c.SkipSpace();
                        if (c.HexString(64, out remote))
                        {
                            fields++;
                            if (c.Literal((byte)':') && c.Hex(out remotePort))
                            {
                                fields++;
                                fields += ScanTail(ref c, out state, out tx, out rx, out timer, out when, out retr, out uid, out timeout, out inode);
                            }
                        }
                    }
                }
            }
        }

        int required = protocol == SocketProtocol.Tcp ? 11 : 10;
        if (fields < required)
        {
            socket = default;
            return false;
        }

        bool v6 = local.Length > 8;
        var localAddress = ParseAddress(local, v6, default);
        socket = new InetSocket
        {
            Protocol = protocol,
            Family = v6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork,
            LocalAddress = localAddress,
            LocalPort = (ushort)localPort,
            // The local address alone decides the family, and the words a short remote address
            // lacks keep the local address's values (net-tools reuses one buffer for both).
            RemoteAddress = ParseAddress(remote, v6, localAddress),
            RemotePort = (ushort)remotePort,
            State = (byte)state,
            SendQueue = (ulong)tx,
            ReceiveQueue = (ulong)rx,
            TimerCode = (uint)timer,
            TimerTicks = (ulong)when,
            Retransmits = (uint)retr,
            Uid = (uint)uid,
            Timeout = (int)timeout,
            Inode = (ulong)inode,
        };
        return true;
    }

    private static int ScanTail(ref ScanCursor c, out long state, out long tx, out long rx, out long timer, out long when, out long retr, out long uid, out long timeout, out long inode)
    {
        state = tx = rx = timer = when = retr = uid = timeout = inode = 0;
        if (!c.Hex(out state)) return 0;
        if (!c.Hex(out tx)) return 1;
        if (!c.Literal((byte)':') || !c.Hex(out rx)) return 2;
        if (!c.Hex(out timer)) return 3;
        if (!c.Literal((byte)':') || !c.Hex(out when)) return 4;
        if (!c.Hex(out retr)) return 5;
        if (!c.Decimal(out uid)) return 6;
        if (!c.Decimal(out timeout)) return 7;
        if (!c.Decimal(out inode)) return 8;
        return 9;
    }

    /// <summary>
    /// The kernel prints each 32-bit word of the address as a host-order (little-endian) number:
    /// "0100007F" is 127.0.0.1. Short or odd digit strings convert as sscanf("%X") would.
    /// </summary>
    internal static InetAddress ParseAddress(ReadOnlySpan<byte> hex, bool v6, InetAddress previous)
    {
        if (!v6)
            return InetAddress.FromIPv4(BinaryPrimitives.ReverseEndianness(HexWord(hex)));
        Span<byte> bytes = stackalloc byte[16];
        if (previous.Family == System.Net.Sockets.AddressFamily.InterNetworkV6)
            previous.WriteBytes(bytes);
        else
            bytes.Clear();
        for (int i = 0; i < 4 && hex.Length > i * 8; i++)
        {
            var word = hex.Slice(i * 8, Math.Min(8, hex.Length - i * 8));
            BinaryPrimitives.WriteUInt32LittleEndian(bytes[(i * 4)..], HexWord(word));
        }
        return InetAddress.FromBytes(bytes);
    }

    private static uint HexWord(ReadOnlySpan<byte> digits)
    {
        ulong v = 0;
        foreach (byte b in digits)
        {
            v = (v << 4) | (uint)ScanCursor.DigitValue(b);
            if (v > uint.MaxValue)
                return uint.MaxValue;
        }
        return (uint)v;
    }
}
