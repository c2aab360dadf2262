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

    // The one copy of every name the rows print, as UTF-8: the text rows index these tables, the
    // JSON renderer uses the same helpers, and --explain reads the string views decoded below.

    // Proto: tcp, tcp6, udp, udp6, udpl, udpl6, raw, raw6 (protocol * 2 + IPv6), then unix.
    private static readonly byte[][] Protocols =
        ["tcp"u8.ToArray(), "tcp6"u8.ToArray(), "udp"u8.ToArray(), "udp6"u8.ToArray(), "udpl"u8.ToArray(), "udpl6"u8.ToArray(),
         "raw"u8.ToArray(), "raw6"u8.ToArray(), "unix"u8.ToArray()];

    // The kernel's TCP states by number; net-tools' table stops at CLOSING and has no name for 0.
    private static readonly byte[][] TcpStates =
    [
        "UNKNOWN"u8.ToArray(), "ESTABLISHED"u8.ToArray(), "SYN_SENT"u8.ToArray(), "SYN_RECV"u8.ToArray(),
        "FIN_WAIT1"u8.ToArray(), "FIN_WAIT2"u8.ToArray(), "TIME_WAIT"u8.ToArray(), "CLOSE"u8.ToArray(),
        "CLOSE_WAIT"u8.ToArray(), "LAST_ACK"u8.ToArray(), "LISTEN"u8.ToArray(), "CLOSING"u8.ToArray(),
        "NEW_SYN_RECV"u8.ToArray(),
    ];

    private const int LastNetToolsTcpState = 11;

    // Timer names: off, then TCP's 1..4, then UDP/raw's 1..2.
    private static readonly byte[][] Timers =
        ["off"u8.ToArray(), "on"u8.ToArray(), "keepalive"u8.ToArray(), "timewait"u8.ToArray(), "probe"u8.ToArray(), "on1"u8.ToArray(), "on2"u8.ToArray()];

    // UNIX socket types by number (0 unused).
    private static readonly byte[][] UnixTypes =
        [""u8.ToArray(), "STREAM"u8.ToArray(), "DGRAM"u8.ToArray(), "RAW"u8.ToArray(), "RDM"u8.ToArray(), "SEQPACKET"u8.ToArray()];

    // UNIX socket states by number (1 is LISTENING only with the ACC flag).
    private static readonly byte[][] UnixStates =
        ["FREE"u8.ToArray(), "LISTENING"u8.ToArray(), "CONNECTING"u8.ToArray(), "CONNECTED"u8.ToArray(), "DISCONNECTING"u8.ToArray()];

    /// <summary>The ACC flag of a UNIX socket (a listening one).</summary>
    internal const ulong UnixAcceptFlag = 0x10000;

    /// <summary>The UNIX flag words in the order they print inside "[ ]".</summary>
    internal static readonly (ulong Flag, byte[] Name)[] UnixFlagLabels =
        [(UnixAcceptFlag, "ACC"u8.ToArray()), (0x20000, "W"u8.ToArray()), (0x40000, "N"u8.ToArray())];

    private static string Decode(byte[] b) => System.Text.Encoding.UTF8.GetString(b);

    /// <summary>Every Proto value of both tables.</summary>
    internal static readonly string[] ProtocolNames = Array.ConvertAll(Protocols, Decode);

    /// <summary>The UNIX socket types by number (index 0 unused), then UNKNOWN.</summary>
    internal static readonly string[] UnixTypeNames = Array.ConvertAll(UnixTypes, Decode);

    /// <summary>The UNIX socket states by number (1 prints LISTENING only with the ACC flag).</summary>
    internal static readonly string[] UnixStateNames = Array.ConvertAll(UnixStates, Decode);

    /// <summary>The UNIX flag words in the order they print inside "[ ]".</summary>
    internal static readonly (ulong Flag, string Name)[] UnixFlagNames = Array.ConvertAll(UnixFlagLabels, f => (f.Flag, Decode(f.Name)));

    // Decoded once: index 0 is UNKNOWN, 1..LastNetToolsTcpState the kernel's numbers.
    private static readonly string[] TcpStateStrings = Array.ConvertAll(TcpStates[..(LastNetToolsTcpState + 1)], Decode);

    /// <summary>The TCP state names net-tools prints, by the kernel's number from 1.</summary>
    internal static IEnumerable<string> TcpStateNames => TcpStateStrings.Skip(1);

    /// <summary>What the State column shows for a TCP state number.</summary>
    internal static string TcpStateName(int state) => TcpStateStrings[state > 0 && state <= LastNetToolsTcpState ? state : 0];

    /// <summary>What the State column shows for a UNIX socket ("" for an unaccepting bound one), from the shared table.</summary>
    internal static string UnixStateName(int state, ulong flags) => UnixStateIndex(state, flags) switch
    {
        UnixUnconnected => "",
        UnixUnknown => Unknown,
        var i => UnixStateNames[i],
    };

    /// <summary>What the Type column shows, from the shared table.</summary>
    internal static string UnixTypeName(int type) => UnixTypeIndex(type) is int i and >= 0 ? UnixTypeNames[i] : Unknown;

    /// <summary>The timer names of the Timer column (-o), as WriteTimer prints them; others print as unkn-N.</summary>
    internal static readonly string[] TimerNames = Array.ConvertAll(Timers, Decode);

    /// <summary>The timer name WriteTimer prints for a socket, from the shared table; null for a code it prints as unkn-N.</summary>
    internal static string? TimerName(in InetSocket s) =>
        TimerIndex(s.Protocol == SocketProtocol.Tcp, s.TimerCode) is int i and >= 0 ? TimerNames[i] : null;

    private const string Unknown = "UNKNOWN";

    /// <summary>The Proto column of an Internet socket, as a string (decoded once, shared).</summary>
    internal static string ProtocolName(in InetSocket s) => ProtocolNames[ProtocolIndex(s)];

    /// <summary>The Proto column of an Internet socket.</summary>
    internal static ReadOnlySpan<byte> ProtocolLabel(in InetSocket s) => Protocols[ProtocolIndex(s)];

    private static int ProtocolIndex(in InetSocket s) => s.Protocol switch
    {
        SocketProtocol.Tcp => 0,
        SocketProtocol.Udp => 2,
        SocketProtocol.UdpLite => 4,
        _ => 6,
    } + (s.Family == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 1 : 0);

    /// <summary>The Proto name of a UNIX socket.</summary>
    internal static ReadOnlySpan<byte> UnixProtocolLabel => Protocols[8];

    /// <summary>What the State column shows for a TCP socket (net-tools: "" for 0, UNKNOWN past CLOSING).</summary>
    internal static ReadOnlySpan<byte> TcpStateLabel(byte state) =>
        state == 0 ? ""u8 : state <= LastNetToolsTcpState ? TcpStates[state] : TcpStates[0];

    /// <summary>The kernel's name of a TCP state (NEW_SYN_RECV too), UNKNOWN for 0 and unknown numbers.</summary>
    internal static ReadOnlySpan<byte> TcpStateKernelLabel(byte state) => state < TcpStates.Length ? TcpStates[state] : TcpStates[0];

    /// <summary>
    /// The name of a timer code (off; TCP on, keepalive, timewait, probe; UDP/raw on1, on2), or
    /// empty for a code net-tools prints as unkn-N.
    /// </summary>
    internal static ReadOnlySpan<byte> TimerLabel(bool tcp, uint code) => TimerIndex(tcp, code) is int i and >= 0 ? Timers[i] : default;

    // The index in Timers of a timer code, -1 for one net-tools prints as unkn-N.
    private static int TimerIndex(bool tcp, uint code) => (tcp, code) switch
    {
        (_, 0) => 0,
        (true, >= 1 and <= 4) => (int)code,
        (false, 1 or 2) => 4 + (int)code,
        _ => -1,
    };

    /// <summary>The room <see cref="TimerText"/> needs.</summary>
    internal const int TimerTextLength = 16;

    /// <summary>The timer's name as the Timer column prints it, "unkn-N" (built in <paramref name="scratch"/>) included.</summary>
    internal static ReadOnlySpan<byte> TimerText(bool tcp, uint code, Span<byte> scratch)
    {
        var label = TimerLabel(tcp, code);
        if (!label.IsEmpty)
            return label;
        "unkn-"u8.CopyTo(scratch);
        System.Buffers.Text.Utf8Formatter.TryFormat((int)code, scratch[5..], out int n);
        return scratch[..(5 + n)];
    }

    /// <summary>What the Type column shows for a UNIX socket type.</summary>
    internal static ReadOnlySpan<byte> UnixTypeLabel(int type) => UnixTypeIndex(type) is int i and >= 0 ? UnixTypes[i] : "UNKNOWN"u8;

    // The index in UnixTypes of a type, -1 for one the Type column shows as UNKNOWN.
    private static int UnixTypeIndex(int type) => type >= 1 && type < UnixTypes.Length ? type : -1;

    /// <summary>
    /// The State of a UNIX socket; a bound socket without ACC (state 1) shows
    /// <paramref name="unconnectedText"/> (net-tools prints nothing, JSON says UNCONNECTED).
    /// </summary>
    internal static ReadOnlySpan<byte> UnixStateLabel(int state, ulong flags, ReadOnlySpan<byte> unconnectedText) => UnixStateIndex(state, flags) switch
    {
        UnixUnconnected => unconnectedText,
        UnixUnknown => "UNKNOWN"u8,
        var i => UnixStates[i],
    };

    private const int UnixUnconnected = -2, UnixUnknown = -1;

    // The index in UnixStates of a UNIX socket's state, UnixUnconnected for a bound socket
    // without ACC, UnixUnknown for a number past the table.
    private static int UnixStateIndex(int state, ulong flags) =>
        state == 1 && (flags & UnixAcceptFlag) == 0 ? UnixUnconnected
        : state >= 0 && state < UnixStates.Length ? state : UnixUnknown;

    /// <summary>Writes the names of the flags set in <paramref name="flags"/>, each followed by <paramref name="separator"/>.</summary>
    internal static int UnixFlagText(ulong flags, byte separator, Span<byte> destination)
    {
        int n = 0;
        foreach (var (flag, name) in UnixFlagLabels)
        {
            if ((flags & flag) == 0)
                continue;
            name.CopyTo(destination[n..]);
            n += name.Length;
            destination[n++] = separator;
        }
        return n;
    }

    private readonly LocalizedColumns? _inetJa = Catalog.Current is { } c ? new LocalizedColumns(c, InternetColumns) : null;
    private readonly LocalizedColumns? _unixJa = Catalog.Current is { } c2 ? new LocalizedColumns(c2, UnixColumns) : null;

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
    private void Pad(LocalizedColumns? columns, int i) => LocalizedColumns.Pad(output, columns, i);

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
                output.Left(TcpStateLabel(s.State), 11);
                break;
            case SocketProtocol.Raw:
                output.LeftNumber(s.State, 11);
                break;
            default:
                // net-tools names only a connected UDP socket's state (TCP's ESTABLISHED); CLOSE is blank.
                output.Left(s.State switch { 1 => TcpStates[1], 7 => ""u8, _ => TcpStates[0] }, 11);
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
            Span<byte> scratch = stackalloc byte[TimerTextLength];
            output.Write(TimerText(tcp, s.TimerCode, scratch));
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
        output.Left(s.ProtocolField == 0 ? UnixProtocolLabel : "??"u8, 5);
        Pad(ja, 0);
        output.WriteByte((byte)' ');
        output.LeftNumber((long)s.RefCount, 6); // %-6ld of an unsigned long
        Pad(ja, 1);
        output.WriteByte((byte)' ');
        Span<byte> flags = stackalloc byte[16];
        "[ "u8.CopyTo(flags);
        int f = 2 + UnixFlagText(s.Flags, (byte)' ', flags[2..]);
        flags[f++] = (byte)']';
        output.Left(flags[..f], 11);
        Pad(ja, 2);
        output.WriteByte((byte)' ');
        output.Left(UnixTypeLabel(s.Type), 10);
        Pad(ja, 3);
        output.WriteByte((byte)' ');
        output.Left(UnixStateLabel(s.State, s.Flags, ""u8), 13);
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
