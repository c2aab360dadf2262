using System.Text;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>The flag (-w, -t, -u, -S) a known table belongs to.</summary>
internal enum StatisticsProtocol : byte { Raw, Tcp, Udp, Sctp }

/// <summary>How net-tools prints a counter it recognises.</summary>
internal enum SentenceKind : byte
{
    /// <summary>Always printed, 4 spaces in.</summary>
    Number,
    /// <summary>Printed when not 0, 4 spaces in.</summary>
    OptionalNumber,
    /// <summary>A line of the "ICMP input histogram:", printed when not 0, 8 spaces in.</summary>
    InputHistogram,
    /// <summary>A line of the "ICMP output histogram:", printed when not 0, 8 spaces in.</summary>
    OutputHistogram,
    /// <summary>Recognised and never printed (static settings, empty sentences); leaves the state alone.</summary>
    Hidden,
}

/// <summary>A sentence with the counter's value between <see cref="Before"/> and <see cref="After"/>.</summary>
internal sealed class Sentence(SentenceKind kind, string format)
{
    public SentenceKind Kind { get; } = kind;

    /// <summary>net-tools' printf format, "%llu" standing for the value: the key of its translation.</summary>
    public string Format { get; } = format;
    public byte[] Before { get; } = Encoding.UTF8.GetBytes(Split(format).Before);
    public byte[] After { get; } = Encoding.UTF8.GetBytes(Split(format).After);

    private static (string Before, string After) Split(string format)
    {
        int at = format.IndexOf("%llu", StringComparison.Ordinal);
        return at < 0 ? (format, "") : (format[..at], format[(at + 4)..]);
    }
}

/// <summary>A table net-tools knows: its flag and the counters it can find in it.</summary>
internal sealed class KnownTable(StatisticsProtocol protocol, Dictionary<string, Sentence> sentences)
{
    public StatisticsProtocol Protocol { get; } = protocol;

    public bool TryGetSentence(string counter, out Sentence sentence) => sentences.TryGetValue(counter, out sentence!);

    /// <summary>The table's sentences.</summary>
    public IEnumerable<Sentence> Sentences => sentences.Values;
}

/// <summary>
/// net-tools 2.10's counter tables for -s. They hold only the counters its lookup can actually
/// find: its tables are binary-searched but several are not sorted, so some keys listed there
/// (Forwarding, TCPTimeouts, TWKilled, the TCPSack*/TCPDSACK* family ...) are never found and come
/// out as "Name: value" like counters it does not know at all. Icmp6OutRouterAdvertisements
/// has a trailing space in its key and is never found either.
/// </summary>
internal static class NetToolsCounterCatalog
{
    private const SentenceKind N = SentenceKind.Number;
    private const SentenceKind O = SentenceKind.OptionalNumber;
    private const SentenceKind HI = SentenceKind.InputHistogram;
    private const SentenceKind HO = SentenceKind.OutputHistogram;
    private const SentenceKind Hidden = SentenceKind.Hidden;

    private static KnownTable Table(StatisticsProtocol protocol, params (string Key, SentenceKind Kind, string Format)[] rows)
    {
        var map = new Dictionary<string, Sentence>(rows.Length, StringComparer.Ordinal);
        foreach (var (key, kind, format) in rows)
            map.Add(key, new Sentence(kind, format));
        return new KnownTable(protocol, map);
    }

    private static readonly KnownTable Ip = Table(StatisticsProtocol.Raw,
        ("DefaultTTL", Hidden, "Default TTL is %llu"),
        ("ForwDatagrams", N, "%llu forwarded"),
        ("FragCreates", O, "%llu fragments created"),
        ("FragFails", O, "%llu outgoing packets failed fragmentation"),
        ("FragOKs", O, "%llu outgoing packets fragmented ok"),
        ("InAddrErrors", O, "%llu with invalid addresses"),
        ("InDelivers", N, "%llu incoming packets delivered"),
        ("InDiscards", N, "%llu incoming packets discarded"),
        ("InHdrErrors", O, "%llu with invalid headers"),
        ("InReceives", N, "%llu total packets received"),
        ("InUnknownProtos", O, "%llu with unknown protocol"),
        ("OutDiscards", O, "%llu outgoing packets dropped"),
        ("OutNoRoutes", O, "%llu dropped because of missing route"),
        ("OutRequests", N, "%llu requests sent out"),
        ("ReasmFails", O, "%llu packet reassemblies failed"),
        ("ReasmOKs", O, "%llu packets reassembled ok"),
        ("ReasmReqds", O, "%llu reassemblies required"),
        ("ReasmTimeout", O, "%llu fragments dropped after timeout"));

    private static readonly KnownTable Icmp = Table(StatisticsProtocol.Raw,
        ("InAddrMaskReps", HI, "address mask replies: %llu"),
        ("InAddrMasks", HI, "address mask request: %llu"),
        ("InDestUnreachs", HI, "destination unreachable: %llu"),
        ("InEchoReps", HI, "echo replies: %llu"),
        ("InEchos", HI, "echo requests: %llu"),
        ("InErrors", N, "%llu input ICMP message failed"),
        ("InMsgs", N, "%llu ICMP messages received"),
        ("InParmProbs", HI, "wrong parameters: %llu"),
        ("InRedirects", HI, "redirects: %llu"),
        ("InSrcQuenchs", HI, "source quenches: %llu"),
        ("InTimeExcds", HI, "timeout in transit: %llu"),
        ("InTimestampReps", HI, "timestamp reply: %llu"),
        ("InTimestamps", HI, "timestamp request: %llu"),
        ("OutAddrMaskReps", HO, "address mask replies: %llu"),
        ("OutAddrMasks", HO, "address mask requests: %llu"),
        ("OutDestUnreachs", HO, "destination unreachable: %llu"),
        ("OutEchoReps", HO, "echo replies: %llu"),
        ("OutEchos", HO, "echo requests: %llu"),
        ("OutErrors", N, "%llu ICMP messages failed"),
        ("OutMsgs", N, "%llu ICMP messages sent"),
        ("OutParmProbs", HO, "wrong parameters: %llu"),
        ("OutRedirects", HO, "redirect: %llu"),
        ("OutSrcQuenchs", HO, "source quench: %llu"),
        ("OutTimeExcds", HO, "time exceeded: %llu"),
        ("OutTimestampReps", HO, "timestamp replies: %llu"),
        ("OutTimestamps", HO, "timestamp requests: %llu"));

    private static readonly (string, SentenceKind, string)[] TcpRows =
    [
        ("ActiveOpens", N, "%llu active connection openings"),
        ("AttemptFails", N, "%llu failed connection attempts"),
        ("CurrEstab", N, "%llu connections established"),
        ("EstabResets", N, "%llu connection resets received"),
        ("InErrs", N, "%llu bad segments received"),
        ("InSegs", N, "%llu segments received"),
        ("MaxConn", Hidden, ""),
        ("OutRsts", N, "%llu resets sent"),
        ("OutSegs", N, "%llu segments sent out"),
        ("PassiveOpens", N, "%llu passive connection openings"),
        ("RetransSegs", N, "%llu segments retransmitted"),
        ("RtoAlgorithm", Hidden, "RTO algorithm is %s"),
        ("RtoMax", Hidden, ""),
        ("RtoMin", Hidden, ""),
    ];

    private static readonly KnownTable Tcp = Table(StatisticsProtocol.Tcp, TcpRows);

    private static readonly KnownTable Udp = Table(StatisticsProtocol.Udp,
        ("InDatagrams", N, "%llu packets received"),
        ("InErrors", N, "%llu packet receive errors"),
        ("NoPorts", N, "%llu packets to unknown port received"),
        ("OutDatagrams", N, "%llu packets sent"),
        ("RcvbufErrors", N, "%llu receive buffer errors"),
        ("SndbufErrors", N, "%llu send buffer errors"));

    private static readonly KnownTable TcpExt = Table(StatisticsProtocol.Tcp,
        ("DelayedACKLocked", O, "%llu delayed acks further delayed because of locked socket"),
        ("DelayedACKLost", O, "Quick ack mode was activated %llu times"),
        ("DelayedACKs", O, "%llu delayed acks sent"),
        ("EmbryonicRsts", O, "%llu resets received for embryonic SYN_RECV sockets"),
        ("ListenDrops", O, "%llu SYNs to LISTEN sockets dropped"),
        ("ListenOverflows", O, "%llu times the listen queue of a socket overflowed"),
        ("LockDroppedIcmps", O, "%llu ICMP packets dropped because socket was locked"),
        ("OfoPruned", O, "%llu packets dropped from out-of-order queue because of socket buffer overrun"),
        ("OutOfWindowIcmps", O, "%llu ICMP packets dropped because they were out-of-window"),
        ("PAWSActive", O, "%llu active connections rejected because of time stamp"),
        ("PAWSEstab", O, "%llu packets rejected in established connections because of timestamp"),
        ("PAWSPassive", O, "%llu passive connections rejected because of time stamp"),
        ("PruneCalled", O, "%llu packets pruned from receive queue because of socket buffer overrun"),
        ("RcvPruned", O, "%llu packets pruned from receive queue"),
        ("SockMallocOOM", O, "Ran %llu times out of system memory during packet sending"),
        ("SyncookiesFailed", O, "%llu invalid SYN cookies received"),
        ("SyncookiesRecv", O, "%llu SYN cookies received"),
        ("SyncookiesSent", O, "%llu SYN cookies sent"),
        ("TCPAbortFailed", O, "%llu times unable to send RST due to no memory"),
        ("TCPAbortOnClose", O, "%llu connections reset due to early user close"),
        ("TCPAbortOnData", O, "%llu connections reset due to unexpected data"),
        ("TCPAbortOnLinger", O, "%llu connections aborted after user close in linger timeout"),
        ("TCPAbortOnMemory", O, "%llu connections aborted due to memory pressure"),
        ("TCPAbortOnSyn", O, "%llu connections reset due to unexpected SYN"),
        ("TCPAbortOnTimeout", O, "%llu connections aborted due to timeout"),
        ("TCPDirectCopyFromBacklog", O, "%llu bytes directly in process context from backlog"),
        ("TCPFACKReorder", O, "Detected reordering %llu times using FACK"),
        ("TCPFastRetrans", O, "%llu fast retransmits"),
        ("TCPForwardRetrans", O, "%llu forward retransmits"),
        ("TCPFullUndo", O, "%llu congestion windows fully recovered without slow start"),
        ("TCPHPAcks", O, "%llu predicted acknowledgments"),
        ("TCPHPHits", N, "%llu packet headers predicted"),
        ("TCPHPHitsToUser", O, "%llu packet headers predicted and directly queued to user"),
        ("TCPLossFailures", O, "%llu timeouts in loss state"),
        ("TCPLossUndo", O, "%llu congestion windows recovered without slow start after partial ack"),
        ("TCPLostRetransmits", O, "%llu retransmits lost"),
        ("TCPMemoryPressures", O, "TCP ran low on memory %llu times"),
        ("TCPPartialUndo", O, "%llu congestion windows partially recovered using Hoe heuristic"),
        ("TCPPrequeued", O, "%llu packets directly queued to recvmsg prequeue"),
        ("TCPPureAcks", O, "%llu acknowledgments not containing data payload received"),
        ("TCPRcvCollapsed", O, "%llu packets collapsed in receive queue due to low socket buffer"),
        ("TCPRenoFailures", O, "%llu timeouts after reno fast retransmit"),
        ("TCPRenoRecovery", O, "%llu times recovered from packet loss due to fast retransmit"),
        ("TCPRenoReorder", O, "Detected reordering %llu times using reno fast retransmit"),
        ("TCPSACKReorder", O, "Detected reordering %llu times using SACK"),
        ("TCPSchedulerFailed", O, "%llu times receiver scheduled too late for direct processing"),
        ("TCPSlowStartRetrans", O, "%llu retransmits in slow start"),
        ("TCPTSReorder", O, "Detected reordering %llu times using time stamp"),
        ("TW", O, "%llu TCP sockets finished time wait in fast timer"),
        ("TWRecycled", O, "%llu time wait sockets recycled by time stamp"));

    private static readonly KnownTable Sctp = Table(StatisticsProtocol.Sctp,
        ("SctpAborteds", N, "%llu Number of Aborteds "),
        ("SctpActiveEstabs", N, "%llu Active Associations"),
        ("SctpChecksumErrors", N, "%llu Number of Packets with invalid Checksum"),
        ("SctpCurrEstab", N, "%llu Current Associations"),
        ("SctpFragUsrMsgs", N, "%llu Number of messages fragmented"),
        ("SctpInCtrlChunks", N, "%llu Number of control chunks received"),
        ("SctpInOrderChunks", N, "%llu Number of ordered chunks received"),
        ("SctpInSCTPPacks", N, "%llu Number of SCTP packets received"),
        ("SctpInUnorderChunks", N, "%llu Number of Unordered chunks received"),
        ("SctpOutCtrlChunks", N, "%llu Number of control chunks sent"),
        ("SctpOutOfBlues", N, "%llu Number of Out of Blue packets"),
        ("SctpOutOrderChunks", N, "%llu Number of ordered chunks sent"),
        ("SctpOutSCTPPacks", N, "%llu Number of SCTP packets sent"),
        ("SctpOutUnorderChunks", N, "%llu Number of Unordered chunks sent"),
        ("SctpPassiveEstabs", N, "%llu Passive Associations"),
        ("SctpReasmUsrMsgs", N, "%llu Number of messages reassembled "),
        ("SctpShutdowns", N, "%llu Number of Graceful Terminations"));

    private static readonly KnownTable Ip6 = Table(StatisticsProtocol.Raw,
        ("Ip6FragCreates", O, "%llu fragments created"),
        ("Ip6FragFails", O, "%llu outgoing packets failed fragmentation"),
        ("Ip6FragOKs", O, "%llu outgoing packets fragmented ok"),
        ("Ip6InAddrErrors", O, "%llu with invalid addresses"),
        ("Ip6InDelivers", N, "%llu incoming packets delivered"),
        ("Ip6InDiscards", N, "%llu incoming packets discarded"),
        ("Ip6InHdrErrors", O, "%llu with invalid headers"),
        ("Ip6InMcastPkts", O, "%llu incoming multicast packets"),
        ("Ip6InNoRoutes", O, "%llu incoming packets with no route"),
        ("Ip6InReceives", N, "%llu total packets received"),
        ("Ip6InTooBigErrors", O, "%llu with packets too big"),
        ("Ip6InTruncatedPkts", O, "%llu with truncated packets"),
        ("Ip6InUnknownProtos", O, "%llu with unknown protocol"),
        ("Ip6OutDiscards", O, "%llu outgoing packets dropped"),
        ("Ip6OutForwDatagrams", N, "%llu forwarded"),
        ("Ip6OutMcastPkts", O, "%llu outgoing multicast packets"),
        ("Ip6OutNoRoutes", O, "%llu dropped because of missing route"),
        ("Ip6OutRequests", N, "%llu requests sent out"),
        ("Ip6ReasmFails", O, "%llu packet reassemblies failed"),
        ("Ip6ReasmOKs", O, "%llu packets reassembled ok"),
        ("Ip6ReasmReqds", O, "%llu reassemblies required"),
        ("Ip6ReasmTimeout", O, "%llu fragments dropped after timeout"));

    private static readonly KnownTable Icmp6 = Table(StatisticsProtocol.Raw,
        ("Icmp6InDestUnreachs", HI, "destination unreachable: %llu"),
        ("Icmp6InEchoReplies", HI, "echo replies: %llu"),
        ("Icmp6InEchos", HI, "echo requests: %llu"),
        ("Icmp6InErrors", N, "%llu input ICMP message failed"),
        ("Icmp6InGroupMembQueries", HI, "group member queries: %llu"),
        ("Icmp6InGroupMembReductions", HI, "group member reductions: %llu"),
        ("Icmp6InGroupMembResponses", HI, "group member responses: %llu"),
        ("Icmp6InMsgs", N, "%llu ICMP messages received"),
        ("Icmp6InNeighborAdvertisements", HI, "neighbour advertisement: %llu"),
        ("Icmp6InNeighborSolicits", HI, "neighbour solicits: %llu"),
        ("Icmp6InParmProblems", HI, "parameter problem: %llu"),
        ("Icmp6InPktTooBigs", HI, "packets too big: %llu"),
        ("Icmp6InRedirects", HI, "redirects: %llu"),
        ("Icmp6InRouterAdvertisements", HI, "router advertisement: %llu"),
        ("Icmp6InRouterSolicits", HI, "router solicits: %llu"),
        ("Icmp6InTimeExcds", HI, "received ICMPv6 time exceeded: %llu"),
        ("Icmp6OutDestUnreachs", HO, "destination unreachable: %llu"),
        ("Icmp6OutEchoReplies", HO, "echo replies: %llu"),
        ("Icmp6OutEchos", HO, "echo requests: %llu"),
        ("Icmp6OutGroupMembQueries", HO, "group member queries: %llu"),
        ("Icmp6OutGroupMembReductions", HO, "group member reductions: %llu"),
        ("Icmp6OutGroupMembResponses", HO, "group member responses: %llu"),
        ("Icmp6OutMsgs", N, "%llu ICMP messages sent"),
        ("Icmp6OutNeighborAdvertisements", HO, "neighbor advertisements: %llu"),
        ("Icmp6OutNeighborSolicits", HO, "neighbor solicits: %llu"),
        ("Icmp6OutParmProblems", HO, "parameter problem: %llu"),
        ("Icmp6OutPktTooBigs", HO, "packets too big: %llu"),
        ("Icmp6OutRedirects", HO, "redirects: %llu"),
        ("Icmp6OutRouterSolicits", HO, "router solicits: %llu"),
        ("Icmp6OutTimeExcds", HO, "sent ICMPv6 time exceeded: %llu"));

    private static readonly KnownTable Udp6 = Table(StatisticsProtocol.Udp,
        ("Udp6InDatagrams", N, "%llu packets received"),
        ("Udp6InErrors", N, "%llu packet receive errors"),
        ("Udp6NoPorts", N, "%llu packets to unknown port received"),
        ("Udp6OutDatagrams", N, "%llu packets sent"));

    // net-tools lists Tcp6 with the Tcp sentences; no name in a "Tcp6" table can match them.
    private static readonly KnownTable Tcp6 = Table(StatisticsProtocol.Tcp, TcpRows);

    /// <summary>Every sentence net-tools can print (hidden ones are never printed): the texts the catalogs translate.</summary>
    public static IEnumerable<Sentence> PrintedSentences =>
        new[] { Ip, Icmp, Tcp, Udp, TcpExt, Sctp, Ip6, Icmp6, Udp6, Tcp6 }.SelectMany(t => t.Sentences).Where(s => s.Kind != SentenceKind.Hidden);

    /// <summary>
    /// The known table of this name for a table read from <paramref name="source"/>: net-tools
    /// uses one list for /proc/net/snmp6 (Ip6, Icmp6, Udp6, Tcp6) and another for the other files
    /// (Ip, Icmp, Tcp, Udp, Sctp, TcpExt). Null for tables it does not know.
    /// </summary>
    public static KnownTable? Find(CounterFile source, string table) => source == CounterFile.Snmp6
        ? table switch { "Ip6" => Ip6, "Icmp6" => Icmp6, "Udp6" => Udp6, "Tcp6" => Tcp6, _ => null }
        : table switch { "Ip" => Ip, "Icmp" => Icmp, "Tcp" => Tcp, "Udp" => Udp, "Sctp" => Sctp, "TcpExt" => TcpExt, _ => null };
}
