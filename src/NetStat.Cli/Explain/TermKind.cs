namespace NetStat.Cli.Explain;

/// <summary>What a term of --explain is: a column of some table, or one of the values a column shows.</summary>
internal enum TermKind : byte
{
    InternetColumn,
    UnixColumn,
    RouteColumn,
    InterfaceColumn,
    GroupColumn,
    Protocol,
    TcpState,
    UdpState,
    Timer,
    UnixType,
    UnixState,
    UnixFlag,
    RouteFlag,
    Ipv6RouteFlag,
    InterfaceFlag,
    StatisticsSection,
}
