using System.Text;

namespace NetStat.Tests.Support;

/// <summary>
/// Writes random but reproducible /proc/net/{snmp,netstat,snmp6,sctp/snmp} files for the -s
/// differential tests: every key of net-tools' tables (including those its lookup never finds)
/// plus every key of a real 6.x kernel, in random order, with random values (many zeros, some
/// near or beyond 2^64, some negative), sometimes a table or a whole file missing, sometimes tables
/// the kernel does not have (yet).
/// </summary>
public static class CounterFileGenerator
{
    // net-tools 2.10's table keys, found or not by its lookup.
    private static readonly Dictionary<string, string[]> NetToolsKeys = new()
    {
        ["Ip"] = Words("DefaultTTL Forwarding ForwDatagrams FragCreates FragFails FragOKs InAddrErrors InDelivers InDiscards InHdrErrors InReceives InUnknownProtos OutDiscards OutNoRoutes OutRequests ReasmFails ReasmOKs ReasmReqds ReasmTimeout"),
        ["Icmp"] = Words("InAddrMaskReps InAddrMasks InDestUnreachs InEchoReps InEchos InErrors InMsgs InParmProbs InRedirects InSrcQuenchs InTimeExcds InTimestampReps InTimestamps OutAddrMaskReps OutAddrMasks OutDestUnreachs OutEchoReps OutEchos OutErrors OutMsgs OutParmProbs OutRedirects OutSrcQuenchs OutTimeExcds OutTimestampReps OutTimestamps"),
        ["Tcp"] = Words("ActiveOpens AttemptFails CurrEstab EstabResets InErrs InSegs MaxConn OutRsts OutSegs PassiveOpens RetransSegs RtoAlgorithm RtoMax RtoMin"),
        ["Udp"] = Words("InDatagrams InErrors NoPorts OutDatagrams RcvbufErrors SndbufErrors"),
        ["TcpExt"] = Words("DelayedACKLocked DelayedACKLost DelayedACKs EmbryonicRsts ListenDrops ListenOverflows LockDroppedIcmps OfoPruned OutOfWindowIcmps PAWSActive PAWSEstab PAWSPassive PruneCalled RcvPruned SockMallocOOM SyncookiesFailed SyncookiesRecv SyncookiesSent TCPAbortFailed TCPAbortOnClose TCPAbortOnData TCPAbortOnLinger TCPAbortOnMemory TCPAbortOnSyn TCPAbortOnTimeout TCPDirectCopyFromBacklog TCPDirectCopyFromPrequeue TCPDSACKOfoRecv TCPDSACKOfoSent TCPDSACKOldSent TCPDSACKRecv TCPDSackUndo TCPDSACKUndo TCPFACKReorder TCPFastRetrans TCPForwardRetrans TCPFullUndo TCPHPAcks TCPHPHits TCPHPHitsToUser TCPLossFailures TCPLoss TCPLossUndo TCPLostRetransmits TCPMemoryPressures TCPPartialUndo TCPPrequeued TCPPrequeueDropped TCPPureAcks TCPRcvCollapsed TCPRenoFailures TCPRenoRecoveryFailed TCPRenoRecoveryFail TCPRenoRecovery TCPRenoReorder TCPSackFailures TCPSackRecoveryFail TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPSchedulerFailed TCPSlowStartRetrans TCPTimeouts TCPTSReorder TWKilled TW TWRecycled"),
        ["Sctp"] = Words("SctpAborteds SctpActiveEstabs SctpChecksumErrors SctpCurrEstab SctpFragUsrMsgs SctpInCtrlChunks SctpInOrderChunks SctpInSCTPPacks SctpInUnorderChunks SctpOutCtrlChunks SctpOutOfBlues SctpOutOrderChunks SctpOutSCTPPacks SctpOutUnorderChunks SctpPassiveEstabs SctpReasmUsrMsgs SctpShutdowns"),
        ["Ip6"] = Words("Ip6FragCreates Ip6FragFails Ip6FragOKs Ip6InAddrErrors Ip6InDelivers Ip6InDiscards Ip6InHdrErrors Ip6InMcastPkts Ip6InNoRoutes Ip6InReceives Ip6InTooBigErrors Ip6InTruncatedPkts Ip6InUnknownProtos Ip6OutDiscards Ip6OutForwDatagrams Ip6OutMcastPkts Ip6OutNoRoutes Ip6OutRequests Ip6ReasmFails Ip6ReasmOKs Ip6ReasmReqds Ip6ReasmTimeout"),
        ["Icmp6"] = Words("Icmp6InDestUnreachs Icmp6InEchoReplies Icmp6InEchos Icmp6InErrors Icmp6InGroupMembQueries Icmp6InGroupMembReductions Icmp6InGroupMembResponses Icmp6InMsgs Icmp6InNeighborAdvertisements Icmp6InNeighborSolicits Icmp6InParmProblems Icmp6InPktTooBigs Icmp6InRedirects Icmp6InRouterAdvertisements Icmp6InRouterSolicits Icmp6InTimeExcds Icmp6OutDestUnreachs Icmp6OutEchoReplies Icmp6OutEchos Icmp6OutGroupMembQueries Icmp6OutGroupMembReductions Icmp6OutGroupMembResponses Icmp6OutMsgs Icmp6OutNeighborAdvertisements Icmp6OutNeighborSolicits Icmp6OutParmProblems Icmp6OutPktTooBigs Icmp6OutRedirects Icmp6OutRouterAdvertisements Icmp6OutRouterSolicits Icmp6OutTimeExcds"),
        ["Udp6"] = Words("Udp6InDatagrams Udp6InErrors Udp6NoPorts Udp6OutDatagrams"),
    };

    // SCTP keys of the kernel (net/sctp/proc.c); the module is not loaded on the test machines.
    private static readonly string[] KernelSctpKeys = Words("SctpCurrEstab SctpActiveEstabs SctpPassiveEstabs SctpAborteds SctpShutdowns SctpOutOfBlues SctpChecksumErrors SctpOutCtrlChunks SctpOutOrderChunks SctpOutUnorderChunks SctpInCtrlChunks SctpInOrderChunks SctpInUnorderChunks SctpFragUsrMsgs SctpReasmUsrMsgs SctpOutSCTPPacks SctpInSCTPPacks SctpT1InitExpireds SctpT1CookieExpireds SctpT2ShutdownExpireds SctpT3RtxExpireds SctpT4RtoExpireds SctpT5ShutdownGuardExpireds SctpDelaySackExpireds SctpAutocloseExpireds SctpT3Retransmits SctpPmtudRetransmits SctpFastRetransmits SctpInPktSoftirq SctpInPktBacklog SctpInPktDiscards SctpInDataChunkDiscards");

    private static string[] Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes the files of case <paramref name="seed"/> below <paramref name="root"/>/net.</summary>
    public static void Write(string root, int seed)
    {
        var rng = new Random(seed);
        var kernel = KernelKeys();
        var net = Path.Combine(root, "net");
        Directory.CreateDirectory(Path.Combine(net, "sctp"));

        var snmp = new StringBuilder();
        if (rng.Next(8) == 0)
            snmp.Append('\n'); // as 2.6 kernels began the file
        foreach (var table in new[] { "Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite" })
        {
            if (rng.Next(12) == 0)
                continue; // a missing section
            if (table == "IcmpMsg")
            {
                IcmpMsg(snmp, rng);
                continue;
            }
            Pair(snmp, table, Keys(rng, kernel.GetValueOrDefault(table), NetToolsKeys.GetValueOrDefault(table)), rng);
            if (rng.Next(6) == 0)
                Pair(snmp, rng.Next(2) == 0 ? "Future" + table : "IpVirtual", Future(rng), rng);
        }
        File.WriteAllText(Path.Combine(net, "snmp"), snmp.ToString());

        if (rng.Next(8) != 0)
        {
            var netstat = new StringBuilder();
            foreach (var table in new[] { "TcpExt", "IpExt", "MPTcpExt" })
            {
                if (rng.Next(10) == 0)
                    continue;
                Pair(netstat, table, Keys(rng, kernel.GetValueOrDefault(table), NetToolsKeys.GetValueOrDefault(table)), rng);
            }
            if (rng.Next(4) == 0)
                Pair(netstat, "XfrmFutureExt", Future(rng), rng);
            File.WriteAllText(Path.Combine(net, "netstat"), netstat.ToString());
        }

        if (rng.Next(10) != 0)
        {
            var lines = new List<string>();
            foreach (var table in new[] { "Ip6", "Icmp6", "Udp6", "UdpLite6" })
            {
                var keys = Keys(rng, kernel.GetValueOrDefault(table), NetToolsKeys.GetValueOrDefault(table));
                if (table == "Icmp6")
                    keys.AddRange(Enumerable.Range(0, rng.Next(6)).Select(_ => (rng.Next(2) == 0 ? "Icmp6InType" : "Icmp6OutType") + rng.Next(256)).Distinct());
                lines.AddRange(keys);
            }
            if (rng.Next(4) == 0)
                lines.AddRange(["Mptcp6Joins", "Mptcp6Fallbacks"]);
            // Sometimes all names in one random order: the table then changes with nearly every line.
            if (rng.Next(3) == 0)
                Shuffle(lines, rng);
            var snmp6 = new StringBuilder();
            bool kernelLayout = rng.Next(3) != 0;
            foreach (var name in lines)
                snmp6.Append(kernelLayout ? $"{name,-32}\t{Value(rng)}\n" : $"{name} {Value(rng)}\n");
            File.WriteAllText(Path.Combine(net, "snmp6"), snmp6.ToString());
        }

        if (rng.Next(2) == 0)
        {
            var sctp = new StringBuilder();
            foreach (var name in Keys(rng, KernelSctpKeys, NetToolsKeys["Sctp"]))
                sctp.Append($"{name,-32}\t{Value(rng)}\n");
            File.WriteAllText(Path.Combine(net, "sctp", "snmp"), sctp.ToString());
        }
    }

    private static void IcmpMsg(StringBuilder text, Random rng)
    {
        var types = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => (rng.Next(2) == 0 ? "InType" : "OutType") + rng.Next(256)).Distinct().ToList();
        // The kernel writes one pair per 16 types.
        for (int i = 0; i < types.Count; i += 16)
            Pair(text, "IcmpMsg", types.Skip(i).Take(16).ToList(), rng);
    }

    private static List<string> Future(Random rng) =>
        Enumerable.Range(0, rng.Next(0, 5)).Select(i => "NewCounter" + i).ToList();

    private static void Pair(StringBuilder text, string table, List<string> keys, Random rng)
    {
        text.Append(table).Append(':');
        foreach (var k in keys)
            text.Append(' ').Append(k);
        text.Append('\n').Append(table).Append(':');
        foreach (var _ in keys)
            text.Append(' ').Append(Value(rng));
        text.Append('\n');
    }

    private static List<string> Keys(Random rng, string[]? kernel, string[]? netTools)
    {
        var keys = (kernel ?? []).Union(netTools ?? []).Where(_ => rng.Next(20) != 0).ToList();
        Shuffle(keys, rng);
        return keys;
    }

    private static void Shuffle<T>(List<T> list, Random rng)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static string Value(Random rng) => rng.Next(20) switch
    {
        < 8 => "0",
        < 13 => rng.Next(1, 1000).ToString(),
        < 16 => rng.NextInt64(1, long.MaxValue).ToString(),
        16 => (ulong.MaxValue - (ulong)rng.Next(0, 3)).ToString(),
        17 => "18446744073709551616",
        18 => "-1",
        _ => (1UL << 32).ToString(),
    };

    /// <summary>Table → keys of a real 6.18 kernel, from the committed capture.</summary>
    private static Dictionary<string, string[]> KernelKeys()
    {
        var dir = Repo.Fixture("statistics", "kernel618", "net");
        var keys = new Dictionary<string, string[]>();
        foreach (var file in new[] { "snmp", "netstat" })
        {
            var lines = File.ReadAllLines(Path.Combine(dir, file));
            for (int i = 0; i + 1 < lines.Length; i += 2)
            {
                int colon = lines[i].IndexOf(':');
                keys.TryAdd(lines[i][..colon], Words(lines[i][(colon + 1)..]));
            }
        }
        foreach (var group in File.ReadAllLines(Path.Combine(dir, "snmp6"))
                     .Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0])
                     .GroupBy(n => n[..(n.IndexOf('6') + 1)]))
            keys[group.Key] = group.ToArray();
        return keys;
    }
}
