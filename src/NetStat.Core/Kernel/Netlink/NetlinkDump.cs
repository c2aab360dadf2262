using System.Buffers.Binary;
using System.Runtime.InteropServices;
using NetStat.Interop;

namespace NetStat.Kernel.Netlink;

/// <summary>
/// One netlink dump: sends a request and hands out the reply messages one at a time from a
/// reusable 64 KiB receive buffer (the kernel builds dump datagrams of at most ~32 KiB, so a
/// bigger buffer buys nothing). Messages are parsed in place; nothing is allocated per message.
/// </summary>
internal sealed class NetlinkDump : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const ushort NLMSG_ERROR = 2;
    private const ushort NLMSG_DONE = 3;

    private int _fd;
    // Pinned only while recv runs (fixed): a pinned allocation would set up the pinned-object
    // heap, which costs a start-up more than the whole dump of an empty table.
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(BufferSize);
    private int _pos;
    private int _len;
    private readonly uint _seq;
    private bool _done;

    /// <summary>0, or the negative errno the kernel ended the dump with (for example -ENOENT: no handler).</summary>
    public int Error { get; private set; }

    private NetlinkDump(int fd, uint seq)
    {
        _fd = fd;
        _seq = seq;
    }

    /// <summary>Opens a socket of <paramref name="protocol"/> and sends <paramref name="request"/> (a full message); null when netlink is unavailable.</summary>
    public static unsafe NetlinkDump? Start(int protocol, ReadOnlySpan<byte> request, uint seq)
    {
        int fd = Libc.Socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, protocol);
        if (fd < 0)
            return null;
        Span<byte> address = stackalloc byte[12]; // sockaddr_nl: family, pad, pid 0 (the kernel), groups 0
        address.Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(address, Libc.AF_NETLINK);
        nint sent;
        fixed (byte* r = request)
        fixed (byte* a = address)
        {
            do
            {
                sent = Libc.SendTo(fd, r, (nuint)request.Length, 0, a, 12);
            }
            while (sent < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR);
        }
        if (sent != request.Length)
        {
            Libc.Close(fd);
            return null;
        }
        return new NetlinkDump(fd, seq);
    }

    /// <summary>
    /// The next message of type <c>SOCK_DIAG_BY_FAMILY</c>/<c>RTM_NEW*</c> (its payload after the
    /// 16-byte header), or false at the end of the dump (check <see cref="Error"/>).
    /// </summary>
    public unsafe bool TryNext(out ushort type, out ReadOnlySpan<byte> payload)
    {
        while (!_done)
        {
            if (_pos + 16 > _len)
            {
                nint n;
                fixed (byte* b = _buffer)
                {
                    do
                    {
                        n = Libc.Recv(_fd, b, BufferSize, 0);
                    }
                    while (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR);
                }
                if (n <= 0)
                {
                    Error = n < 0 ? -Marshal.GetLastPInvokeError() : -5 /* EIO */;
                    _done = true;
                    break;
                }
                _pos = 0;
                _len = (int)n;
            }
            var header = _buffer.AsSpan(_pos, _len - _pos);
            int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (length < 16 || length > header.Length)
            {
                _pos = _len; // truncated datagram: drop the rest
                continue;
            }
            type = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
            uint seq = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
            payload = header[16..length];
            _pos += (length + 3) & ~3;
            if (seq != _seq)
                continue;
            if (type == NLMSG_DONE)
            {
                Error = payload.Length >= 4 ? Math.Min(0, BinaryPrimitives.ReadInt32LittleEndian(payload)) : 0;
                _done = true;
                break;
            }
            if (type == NLMSG_ERROR)
            {
                Error = payload.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(payload) : -5;
                if (Error == 0)
                    continue; // an ACK
                _done = true;
                break;
            }
            if (type < 16)
                continue; // NOOP, OVERRUN
            return true;
        }
        type = 0;
        payload = default;
        return false;
    }

    public void Dispose()
    {
        if (_fd >= 0)
        {
            Libc.Close(_fd);
            _fd = -1;
        }
    }
}
