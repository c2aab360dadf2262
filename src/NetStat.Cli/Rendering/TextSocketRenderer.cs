using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>The socket listing as net-tools 2.10 prints it, column for column.</summary>
internal sealed class TextSocketRenderer(NetstatOptions options, TextOutput output, EndpointText endpoints, UserNames users) : ISocketListingRenderer
{
    private static readonly byte[][] TcpStates =
    [
        ""u8.ToArray(), "ESTABLISHED"u8.ToArray(), "SYN_SENT"u8.ToArray(), "SYN_RECV"u8.ToArray(),
        "FIN_WAIT1"u8.ToArray(), "FIN_WAIT2"u8.ToArray(), "TIME_WAIT"u8.ToArray(), "CLOSE"u8.ToArray(),
        "CLOSE_WAIT"u8.ToArray(), "LAST_ACK"u8.ToArray(), "LISTEN"u8.ToArray(), "CLOSING"u8.ToArray(),
    ];

    private ReadOnlySpan<byte> Selection =>
        options.All > 0 ? "(servers and established)"u8 : options.Listening > 0 ? "(only servers)"u8 : "(w/o servers)"u8;

    public void BeginInternet()
    {
        output.Write("Active Internet connections "u8);
        output.Write(Selection);
        output.Write("\nProto Recv-Q Send-Q Local Address           Foreign Address         State      "u8);
        if (options.Extend > 1)
            output.Write(" User       Inode     "u8);
        if (options.Programs > 0)
            output.Write(" PID/Program name    "u8);
        if (options.Timers > 0)
            output.Write(" Timer"u8);
        output.WriteByte((byte)'\n');
    }

    public void InternetRow(in InetSocket s, ProcessInfo? owner)
    {
        output.Left(ProtocolLabel(s), 5);
        output.WriteByte((byte)' ');
        output.RightNumber((long)s.ReceiveQueue, 6);
        output.WriteByte((byte)' ');
        output.RightNumber((long)s.SendQueue, 6);
        output.WriteByte((byte)' ');

        Span<byte> endpoint = stackalloc byte[256];
        int n = endpoints.Format(s.LocalAddress, s.LocalPort, s.Protocol, endpoint);
        output.LeftSafe(endpoint[..n], 23);
        output.WriteByte((byte)' ');
        n = endpoints.Format(s.RemoteAddress, s.RemotePort, s.Protocol, endpoint);
        output.LeftSafe(endpoint[..n], 23);
        output.WriteByte((byte)' ');

        switch (s.Protocol)
        {
            case SocketProtocol.Tcp:
                output.Left(s.State < TcpStates.Length ? TcpStates[s.State] : "UNKNOWN"u8, 11);
                break;
            case SocketProtocol.Raw:
                output.LeftNumber(s.State, 11);
                break;
            default:
                output.Left(s.State switch { 1 => "ESTABLISHED"u8, 7 => ""u8, _ => "UNKNOWN"u8 }, 11);
                break;
        }

        if (options.Extend > 1)
        {
            output.WriteByte((byte)' ');
            var name = options.NumericUsers ? null : users.Find(s.Uid);
            if (name is not null)
                output.LeftSafe(name, 10);
            else
                output.LeftNumber((int)s.Uid, 10);
            output.WriteByte((byte)' ');
            output.LeftNumber(s.Inode, 10);
        }
        if (options.Programs > 0)
        {
            output.WriteByte((byte)' ');
            WriteProgram(owner);
        }
        if (options.Timers > 0)
        {
            output.WriteByte((byte)' ');
            WriteTimer(s);
        }
        output.WriteByte((byte)'\n');
    }

    private static ReadOnlySpan<byte> ProtocolLabel(in InetSocket s)
    {
        bool v6 = s.Family == System.Net.Sockets.AddressFamily.InterNetworkV6;
        return s.Protocol switch
        {
            SocketProtocol.Tcp => v6 ? "tcp6"u8 : "tcp"u8,
            SocketProtocol.Udp => v6 ? "udp6"u8 : "udp"u8,
            SocketProtocol.UdpLite => v6 ? "udpl6"u8 : "udpl"u8,
            _ => v6 ? "raw6"u8 : "raw"u8,
        };
    }

    private void WriteTimer(in InetSocket s)
    {
        bool tcp = s.Protocol == SocketProtocol.Tcp;
        // net-tools zeroes the retransmit count of UDP sockets (not of raw ones).
        ulong retransmits = s.Protocol is SocketProtocol.Udp or SocketProtocol.UdpLite ? 0 : s.Retransmits;
        if (s.TimerCode == 0)
        {
            output.Write("off (0.00/"u8);
        }
        else
        {
            ReadOnlySpan<byte> name = (tcp, s.TimerCode) switch
            {
                (true, 1) => "on"u8,
                (true, 2) => "keepalive"u8,
                (true, 3) => "timewait"u8,
                (true, 4) => "probe"u8,
                (false, 1) => "on1"u8,
                (false, 2) => "on2"u8,
                _ => default,
            };
            if (name.IsEmpty)
            {
                output.Write("unkn-"u8);
                output.Number((long)(int)s.TimerCode);
            }
            else
            {
                output.Write(name);
            }
            output.Write(" ("u8);
            // time_len / HZ printed with "%2.2f"; exact in integers for every value the kernel gives.
            output.Number(s.TimerTicks / 100);
            output.WriteByte((byte)'.');
            ulong cents = s.TimerTicks % 100;
            output.WriteByte((byte)('0' + cents / 10));
            output.WriteByte((byte)('0' + cents % 10));
            output.WriteByte((byte)'/');
        }
        output.Number(retransmits);
        output.WriteByte((byte)'/');
        output.Number(s.Timeout);
        output.WriteByte((byte)')');
    }

    public void BeginUnix()
    {
        output.Write("Active UNIX domain sockets "u8);
        output.Write(Selection);
        output.Write("\nProto RefCnt Flags       Type       State         I-Node  "u8);
        if (options.Programs > 0)
            output.Write(" PID/Program name    "u8);
        output.Write(" Path\n"u8);
    }

    public void UnixRow(in UnixSocket s, ProcessInfo? owner)
    {
        output.Left(s.ProtocolField == 0 ? "unix"u8 : "??"u8, 5);
        output.WriteByte((byte)' ');
        output.LeftNumber((long)s.RefCount, 6); // %-6ld of an unsigned long
        output.WriteByte((byte)' ');
        Span<byte> flags = stackalloc byte[16];
        int f = 0;
        "[ "u8.CopyTo(flags);
        f = 2;
        if ((s.Flags & 0x10000) != 0) { "ACC "u8.CopyTo(flags[f..]); f += 4; }
        if ((s.Flags & 0x20000) != 0) { "W "u8.CopyTo(flags[f..]); f += 2; }
        if ((s.Flags & 0x40000) != 0) { "N "u8.CopyTo(flags[f..]); f += 2; }
        flags[f++] = (byte)']';
        output.Left(flags[..f], 11);
        output.WriteByte((byte)' ');
        output.Left(s.Type switch
        {
            1 => "STREAM"u8,
            2 => "DGRAM"u8,
            3 => "RAW"u8,
            4 => "RDM"u8,
            5 => "SEQPACKET"u8,
            _ => "UNKNOWN"u8,
        }, 10);
        output.WriteByte((byte)' ');
        output.Left(s.State switch
        {
            0 => "FREE"u8,
            1 => (s.Flags & 0x10000) != 0 ? "LISTENING"u8 : ""u8,
            2 => "CONNECTING"u8,
            3 => "CONNECTED"u8,
            4 => "DISCONNECTING"u8,
            _ => "UNKNOWN"u8,
        }, 13);
        output.WriteByte((byte)' ');
        output.LeftNumber(s.Inode, 8);
        if (options.Programs > 0)
        {
            output.WriteByte((byte)' ');
            WriteProgram(owner);
        }
        output.WriteByte((byte)' ');
        output.LeftSafe(s.Path.Span, 0);
        output.WriteByte((byte)'\n');
    }

    /// <summary>"PID/name" cut to 19 bytes as net-tools does, then escaped, in a 20-column field.</summary>
    private void WriteProgram(ProcessInfo? owner)
    {
        if (owner is null)
        {
            output.Left("-"u8, 20);
            return;
        }
        Span<byte> text = stackalloc byte[32];
        System.Buffers.Text.Utf8Formatter.TryFormat(owner.Pid, text, out int n);
        text[n++] = (byte)'/';
        int take = Math.Min(owner.Program.Length, 19 - n);
        if (take > 0)
        {
            owner.Program.AsSpan(0, take).CopyTo(text[n..]);
            n += take;
        }
        output.LeftSafe(text[..Math.Min(n, 19)], 20);
    }
}
