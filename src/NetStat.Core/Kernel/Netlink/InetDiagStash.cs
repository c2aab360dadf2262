using NetStat.Records;

namespace NetStat.Kernel.Netlink;

/// <summary>
/// The IPv6 half of a TCP dump that walked both families at once, kept (72 bytes a socket)
/// until netstat's order reaches the IPv6 table. Bounded: past <see cref="Limit"/> bytes it gives
/// up, and the IPv6 table is dumped on its own as before, so memory stays flat at any size.
/// </summary>
internal sealed class InetDiagStash
{
    /// <summary>4 MiB: about 58,000 IPv6 sockets.</summary>
    public const int Limit = 4 << 20;

    private byte[]? _bytes = [];
    private int _length;

    /// <summary>Set by the dump when it ended without error; only a complete stash may stand for the IPv6 table.</summary>
    public bool Complete { get; set; }

    /// <summary>Whether the IPv6 rows can be read from here (complete, and not given up).</summary>
    public bool Usable => Complete && _bytes is not null;

    public void Add(ReadOnlySpan<byte> message)
    {
        if (_bytes is null)
            return;
        if (_length + message.Length > _bytes.Length)
        {
            if (_length + message.Length > Limit)
            {
                _bytes = null; // too many: the IPv6 table will be dumped on its own
                return;
            }
            Array.Resize(ref _bytes, Math.Min(Limit, Math.Max(64 * 1024, _bytes.Length * 2)));
        }
        message.CopyTo(_bytes.AsSpan(_length));
        _length += message.Length;
    }

    /// <summary>The kept rows, in the kernel's order.</summary>
    public ITableCursor<InetSocket> Rows(SocketProtocol protocol) => new Cursor(_bytes ?? [], _length, protocol);

    private sealed class Cursor(byte[] bytes, int length, SocketProtocol protocol) : ITableCursor<InetSocket>
    {
        private int _pos;

        public ReadOutcome Next(out InetSocket row)
        {
            if (_pos + InetDiagCursor.MessageLength > length)
            {
                row = default;
                return ReadOutcome.End;
            }
            row = InetDiagCursor.Map(bytes.AsSpan(_pos, InetDiagCursor.MessageLength), protocol);
            _pos += InetDiagCursor.MessageLength;
            return ReadOutcome.Row;
        }

        public void Dispose()
        {
        }
    }
}
