namespace NetStat.Records;

/// <summary>The kernel files that hold protocol counters (what netstat -s reads).</summary>
public enum CounterFile : byte
{
    /// <summary>/proc/net/snmp: the SNMP MIB tables (Ip, Icmp, IcmpMsg, Tcp, Udp, UdpLite ...), as header/value line pairs.</summary>
    Snmp,
    /// <summary>/proc/net/netstat: Linux extensions (TcpExt, IpExt, MPTcpExt ...), as header/value line pairs.</summary>
    Netstat,
    /// <summary>/proc/net/snmp6: IPv6 counters, one "Name value" per line (Ip6..., Icmp6..., Udp6..., UdpLite6...).</summary>
    Snmp6,
    /// <summary>/proc/net/sctp/snmp: SCTP counters, one "Name value" per line (only with the sctp module loaded).</summary>
    SctpSnmp,
}
