using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Kernel.Netlink;

/// <summary>
/// TCP, UDP and UDP-Lite sockets from NETLINK_SOCK_DIAG (inet_diag), mapped to the same records
/// /proc/net/tcp gives, so that both sources print the same bytes. Differences from the procfs
/// text, corrected here: a listener's send queue is its backlog limit in inet_diag but 0 in procfs.
/// </summary>
internal sealed class InetDiagCursor : ITableCursor<InetSocket>
{
    private const int NETLINK_SOCK_DIAG = 4;
    private const ushort SOCK_DIAG_BY_FAMILY = 20;
    private const ushort NLM_F_REQUEST = 1, NLM_F_DUMP = 0x300;

    // The legacy request (struct inet_diag_req, 60 bytes): the kernel reads it as AF_UNSPEC, so
    // one walk of the TCP hash tables answers for both families.
    private const ushort TCPDIAG_GETSOCK = 18;

    private readonly NetlinkDump _dump;
    private readonly SocketProtocol _protocol;
    private readonly ushort _replyType;
    private readonly InetDiagStash? _stash;

    private InetDiagCursor(NetlinkDump dump, SocketProtocol protocol, ushort replyType, InetDiagStash? stash)
    {
        _dump = dump;
        _protocol = protocol;
        _replyType = replyType;
        _stash = stash;
    }

    /// <summary>Starts a dump; null when netlink (or this protocol's handler) is unavailable.</summary>
    /// <param name="protocol">TCP, UDP, UDP-Lite or raw.</param>
    /// <param name="family">IPv4 or IPv6.</param>
    /// <param name="states">The idiag_states mask: bit N asks for sockets in TCP state N.</param>
    /// <param name="bytecode">An inet_diag filter program to send as INET_DIAG_REQ_BYTECODE, or null.</param>
    public static InetDiagCursor? TryStart(SocketProtocol protocol, AddressFamily family, uint states, byte[]? bytecode = null)
    {
        byte ipProtocol = protocol switch
        {
            SocketProtocol.Tcp => 6,
            SocketProtocol.Udp => 17,
            SocketProtocol.UdpLite => 136,
            _ => 0,
        };
        if (ipProtocol == 0)
            return null;
        // nlmsghdr (16) + inet_diag_req_v2 (56) [+ nlattr (4) + program]
        int length = 72 + (bytecode is null ? 0 : 4 + bytecode.Length);
        Span<byte> request = length <= 1024 ? stackalloc byte[length] : new byte[length];
        request.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(request, (uint)length);
        if (bytecode is not null)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(request[72..], (ushort)(4 + bytecode.Length));
            BinaryPrimitives.WriteUInt16LittleEndian(request[74..], 1 /* INET_DIAG_REQ_BYTECODE */);
            bytecode.CopyTo(request[76..]);
        }
        BinaryPrimitives.WriteUInt16LittleEndian(request[4..], SOCK_DIAG_BY_FAMILY);
        BinaryPrimitives.WriteUInt16LittleEndian(request[6..], NLM_F_REQUEST | NLM_F_DUMP);
        const uint seq = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(request[8..], seq);
        request[16] = family == AddressFamily.InterNetworkV6 ? (byte)10 : (byte)2;
        request[17] = ipProtocol;
        BinaryPrimitives.WriteUInt32LittleEndian(request[20..], states);
        return Begin(request, protocol, SOCK_DIAG_BY_FAMILY, null);
    }

    /// <summary>
    /// Starts one dump of the TCP sockets of both families: the IPv4 rows come out of this
    /// cursor, the IPv6 ones go to <paramref name="stash"/> (complete once this cursor has ended
    /// without error). Null when the kernel does not take the legacy request.
    /// </summary>
    public static InetDiagCursor? TryStartBothTcp(uint states, InetDiagStash stash)
    {
        // nlmsghdr (16) + inet_diag_req (60): family, src_len, dst_len, ext, id (48), states, dbs.
        Span<byte> request = stackalloc byte[76];
        request.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(request, 76);
        BinaryPrimitives.WriteUInt16LittleEndian(request[4..], TCPDIAG_GETSOCK);
        BinaryPrimitives.WriteUInt16LittleEndian(request[6..], NLM_F_REQUEST | NLM_F_DUMP);
        BinaryPrimitives.WriteUInt32LittleEndian(request[8..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(request[(16 + 52)..], states);
        return Begin(request, SocketProtocol.Tcp, TCPDIAG_GETSOCK, stash);
    }

    private static InetDiagCursor? Begin(ReadOnlySpan<byte> request, SocketProtocol protocol, ushort replyType, InetDiagStash? stash)
    {
        var dump = NetlinkDump.Start(NETLINK_SOCK_DIAG, request, 1);
        if (dump is null)
            return null;
        var cursor = new InetDiagCursor(dump, protocol, replyType, stash);
        // A missing handler ends the dump at once with an error: let the caller fall back to procfs.
        if (!cursor.Peek())
        {
            dump.Dispose();
            return null;
        }
        return cursor;
    }

    private bool _peeked;
    private bool _peekHasRow;
    private InetSocket _peekRow;

    private bool Peek()
    {
        _peekHasRow = ReadRow(out _peekRow);
        _peeked = true;
        return _peekHasRow || _dump.Error == 0;
    }

    public ReadOutcome Next(out InetSocket row)
    {
        if (_peeked)
        {
            _peeked = false;
            row = _peekRow;
            return _peekHasRow ? ReadOutcome.Row : ReadOutcome.End;
        }
        return ReadRow(out row) ? ReadOutcome.Row : ReadOutcome.End;
    }

    private bool ReadRow(out InetSocket row)
    {
        while (_dump.TryNext(out ushort type, out var m))
        {
            if (type != _replyType || m.Length < MessageLength)
                continue;
            if (_stash is not null && m[0] == AF_INET6)
            {
                _stash.Add(m[..MessageLength]);
                continue;
            }
            row = Map(m, _protocol);
            return true;
        }
        if (_stash is not null && _dump.Error == 0)
            _stash.Complete = true;
        row = default;
        return false;
    }

    private const byte AF_INET6 = 10;

    /// <summary>The bytes of struct inet_diag_msg, all that <see cref="Map"/> reads.</summary>
    internal const int MessageLength = 72;

    // struct inet_diag_msg: family, state, timer, retrans, id { sport, dport, src[16], dst[16], if, cookie[8] },
    // expires, rqueue, wqueue, uid, inode.
    internal static InetSocket Map(ReadOnlySpan<byte> m, SocketProtocol protocol)
    {
        bool v4 = m[0] != AF_INET6;
        byte state = m[1];
        InetAddress local = v4 ? InetAddress.FromBytes(m.Slice(8, 4)) : InetAddress.FromBytes(m.Slice(8, 16));
        InetAddress remote = v4 ? InetAddress.FromBytes(m.Slice(24, 4)) : InetAddress.FromBytes(m.Slice(24, 16));
        uint expiresMs = BinaryPrimitives.ReadUInt32LittleEndian(m[52..]);
        uint rqueue = BinaryPrimitives.ReadUInt32LittleEndian(m[56..]);
        uint wqueue = BinaryPrimitives.ReadUInt32LittleEndian(m[60..]);
        bool listener = protocol == SocketProtocol.Tcp && state == (byte)TcpState.Listen;
        return new InetSocket
        {
            Protocol = protocol,
            Family = v4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6,
            LocalAddress = local,
            LocalPort = BinaryPrimitives.ReadUInt16BigEndian(m[4..]),
            RemoteAddress = remote,
            RemotePort = BinaryPrimitives.ReadUInt16BigEndian(m[6..]),
            State = state,
            ReceiveQueue = rqueue,
            SendQueue = listener ? 0 : wqueue,
            // For listeners idiag_wqueue is sk_max_ack_backlog; /proc prints 0 there, so it is kept apart.
            AcceptQueueLimit = listener ? wqueue : null,
            TimerCode = m[2],
            TimerTicks = expiresMs / 10,
            Retransmits = m[3],
            Uid = BinaryPrimitives.ReadUInt32LittleEndian(m[64..]),
            Inode = BinaryPrimitives.ReadUInt32LittleEndian(m[68..]),
        };
    }

    public void Dispose() => _dump.Dispose();
}
