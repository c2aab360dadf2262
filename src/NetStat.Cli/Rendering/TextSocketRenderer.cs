using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>The socket listing as net-tools 2.10 prints it, column for column.</summary>
internal sealed class TextSocketRenderer(NetstatOptions options, TextOutput output, EndpointText endpoints, UserNames users) : ISocketListingRenderer
{
    /// <summary>The Internet table's columns (net-tools' header, printf widths of its rows).</summary>
    internal static readonly Column[] InternetColumns =
    [
        new("Proto", 5), new("Recv-Q", 6, true), new("Send-Q", 6, true), new("Local Address", 23), new("Foreign Address", 23),
        new("State", 11), new("User", 10), new("Inode", 10), new("PID/Program name", 20), new("Timer", 0),
    ];

    /// <summary>The UNIX table's columns.</summary>
    internal static readonly Column[] UnixColumns =
    [
        new("Proto", 5), new("RefCnt", 6), new("Flags", 11), new("Type", 10), new("State", 13), new("I-Node", 8),
        new("PID/Program name", 20), new("Path", 0),
    ];

    /// <summary>Every Proto value of both tables.</summary>
    internal static readonly string[] ProtocolNames = ["tcp", "tcp6", "udp", "udp6", "udpl", "udpl6", "raw", "raw6", "unix"];

    /// <summary>The UNIX socket types by number (index 0 unused), then UNKNOWN.</summary>
    internal static readonly string[] UnixTypeNames = ["", "STREAM", "DGRAM", "RAW", "RDM", "SEQPACKET"];

    /// <summary>The UNIX socket states by number (1 prints LISTENING only with the ACC flag).</summary>
    internal static readonly string[] UnixStateNames = ["FREE", "LISTENING", "CONNECTING", "CONNECTED", "DISCONNECTING"];

    /// <summary>The UNIX flag words in the order they print inside "[ ]".</summary>
    internal static readonly (ulong Flag, string Name)[] UnixFlagNames = [(0x10000, "ACC"), (0x20000, "W"), (0x40000, "N")];

    /// <summary>The TCP state names by the kernel's number (0 unused).</summary>
    internal static IEnumerable<string> TcpStateNames => TcpStates.Skip(1).Select(b => System.Text.Encoding.ASCII.GetString(b));

    /// <summary>What the State column shows for a TCP state number.</summary>
    internal static string TcpStateName(int state) => state > 0 && state < TcpStates.Length ? System.Text.Encoding.ASCII.GetString(TcpStates[state]) : "UNKNOWN";

    /// <summary>What the State column shows for a UNIX socket ("" for an unaccepting bound one).</summary>
    internal static string UnixStateName(int state, ulong flags) =>
        state == 1 ? ((flags & 0x10000) != 0 ? "LISTENING" : "") : state >= 0 && state < UnixStateNames.Length ? UnixStateNames[state] : "UNKNOWN";

    /// <summary>What the Type column shows.</summary>
    internal static string UnixTypeName(int type) => type >= 1 && type < UnixTypeNames.Length ? UnixTypeNames[type] : "UNKNOWN";

    /// <summary>The timer names of the Timer column (-o), as WriteTimer prints them; others print as unkn-N.</summary>
    internal static readonly string[] TimerNames = ["off", "on", "keepalive", "timewait", "probe", "on1", "on2"];

    /// <summary>The timer name WriteTimer prints for a socket.</summary>
    internal static string TimerName(in InetSocket s) => (s.Protocol == SocketProtocol.Tcp, s.TimerCode) switch
    {
        (_, 0) => "off",
        (true, >= 1 and <= 4) => TimerNames[s.TimerCode],
        (false, 1) => "on1",
        (false, 2) => "on2",
        _ => "unkn-" + ((int)s.TimerCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The Proto column of an Internet socket.</summary>
    internal static string ProtocolName(in InetSocket s) => System.Text.Encoding.ASCII.GetString(ProtocolLabel(s));

    private readonly LocalizedColumns? _inetJa = Catalog.Current is { } c ? new LocalizedColumns(c, InternetColumns) : null;
    private readonly LocalizedColumns? _unixJa = Catalog.Current is { } c2 ? new LocalizedColumns(c2, UnixColumns) : null;

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
        if (_inetJa is not null)
        {
            BeginInternetTranslated(_inetJa);
            return;
        }
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


    private void BeginInternetTranslated(LocalizedColumns columns)
    {
        output.Write(options.All > 0 ? Catalog.T("Active Internet connections (servers and established)")
            : options.Listening > 0 ? Catalog.T("Active Internet connections (only servers)") : Catalog.T("Active Internet connections (w/o servers)"));
        output.WriteByte((byte)'\n');
        Span<int> shown = stackalloc int[10];
        int n = 0;
        for (int i = 0; i < 6; i++) shown[n++] = i;
        if (options.Extend > 1) { shown[n++] = 6; shown[n++] = 7; }
        if (options.Programs > 0) shown[n++] = 8;
        if (options.Timers > 0) shown[n++] = 9;
        output.Write(columns.Header(shown[..n]));
        output.WriteByte((byte)'\n');
    }

    /// <summary>Widening of column <paramref name="i"/> for a translated header (nothing in English).</summary>
    private void Pad(LocalizedColumns? columns, int i)
    {
        if (columns is not null)
            output.Spaces(columns.Extra[i]);
    }

    public void InternetRow(in InetSocket s, ProcessInfo? owner)
    {
        var ja = _inetJa;
        output.Left(ProtocolLabel(s), 5);
        Pad(ja, 0);
        output.WriteByte((byte)' ');
        Pad(ja, 1);
        output.RightNumber((long)s.ReceiveQueue, 6);
        output.WriteByte((byte)' ');
        Pad(ja, 2);
        output.RightNumber((long)s.SendQueue, 6);
        output.WriteByte((byte)' ');

        Span<byte> endpoint = stackalloc byte[256];
        int n = endpoints.Format(s.LocalAddress, s.LocalPort, s.Protocol, endpoint);
        output.LeftSafe(endpoint[..n], 23);
        Pad(ja, 3);
        output.WriteByte((byte)' ');
        n = endpoints.Format(s.RemoteAddress, s.RemotePort, s.Protocol, endpoint);
        output.LeftSafe(endpoint[..n], 23);
        Pad(ja, 4);
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
        Pad(ja, 5);

        if (options.Extend > 1)
        {
            output.WriteByte((byte)' ');
            var name = options.NumericUsers ? null : users.Find(s.Uid);
            if (name is not null)
                output.LeftSafe(name, 10);
            else
                output.LeftNumber((int)s.Uid, 10);
            Pad(ja, 6);
            output.WriteByte((byte)' ');
            output.LeftNumber(s.Inode, 10);
            Pad(ja, 7);
        }
        if (options.Programs > 0)
        {
            output.WriteByte((byte)' ');
            WriteProgram(owner);
            Pad(ja, 8);
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
        if (_unixJa is not null)
        {
            output.Write(options.All > 0 ? Catalog.T("Active UNIX domain sockets (servers and established)")
                : options.Listening > 0 ? Catalog.T("Active UNIX domain sockets (only servers)") : Catalog.T("Active UNIX domain sockets (w/o servers)"));
            output.WriteByte((byte)'\n');
            output.Write(options.Programs > 0 ? _unixJa.Header([0, 1, 2, 3, 4, 5, 6, 7]) : _unixJa.Header([0, 1, 2, 3, 4, 5, 7]));
            output.WriteByte((byte)'\n');
            return;
        }
        output.Write("Active UNIX domain sockets "u8);
        output.Write(Selection);
        output.Write("\nProto RefCnt Flags       Type       State         I-Node  "u8);
        if (options.Programs > 0)
            output.Write(" PID/Program name    "u8);
        output.Write(" Path\n"u8);
    }

    public void UnixRow(in UnixSocket s, ProcessInfo? owner)
    {
        var ja = _unixJa;
        output.Left(s.ProtocolField == 0 ? "unix"u8 : "??"u8, 5);
        Pad(ja, 0);
        output.WriteByte((byte)' ');
        output.LeftNumber((long)s.RefCount, 6); // %-6ld of an unsigned long
        Pad(ja, 1);
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
        Pad(ja, 2);
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
        Pad(ja, 3);
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
        Pad(ja, 4);
        output.WriteByte((byte)' ');
        output.LeftNumber(s.Inode, 8);
        Pad(ja, 5);
        if (options.Programs > 0)
        {
            output.WriteByte((byte)' ');
            WriteProgram(owner);
            Pad(ja, 6);
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
