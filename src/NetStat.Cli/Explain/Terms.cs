using NetStat.Cli.Rendering;

namespace NetStat.Cli.Explain;

/// <summary>
/// Every term --explain knows, taken from the renderers' own tables (headers, state names, flag
/// letters), so that a column or value a renderer can print cannot lack an explanation unnoticed.
/// </summary>
internal static class Terms
{
    /// <summary>
    /// The -s sections: the tables net-tools knows (NetToolsCounterCatalog.Find) and those the
    /// kernel adds that it prints as they come.
    /// </summary>
    public static readonly string[] StatisticsSections =
        ["Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite", "TcpExt", "IpExt", "MPTcpExt", "Sctp", "Ip6", "Icmp6", "Udp6", "UdpLite6", "Tcp6"];

    /// <summary>The terms of one kind, in the order their renderer prints them.</summary>
    public static IEnumerable<string> Of(TermKind kind) => kind switch
    {
        TermKind.InternetColumn => TextSocketRenderer.InternetColumns.Select(c => c.Name),
        TermKind.UnixColumn => TextSocketRenderer.UnixColumns.Select(c => c.Name),
        TermKind.RouteColumn => ColumnNames(TextRouteRenderer.ColumnTables),
        TermKind.InterfaceColumn => TextInterfaceRenderer.Columns.Select(c => c.Name),
        TermKind.GroupColumn => TextGroupRenderer.Columns.Select(c => c.Name),
        TermKind.Protocol => TextSocketRenderer.ProtocolNames,
        TermKind.TcpState => TextSocketRenderer.TcpStateNames,
        TermKind.UdpState => ["ESTABLISHED"],
        TermKind.Timer => TextSocketRenderer.TimerNames,
        TermKind.UnixType => TextSocketRenderer.UnixTypeNames.Skip(1),
        TermKind.UnixState => TextSocketRenderer.UnixStateNames,
        TermKind.UnixFlag => TextSocketRenderer.UnixFlagNames.Select(f => f.Name),
        TermKind.RouteFlag => TextRouteRenderer.FibFlagLetters.Select(f => f.Letter.ToString()).Distinct(),
        TermKind.Ipv6RouteFlag => TextRouteRenderer.Ipv6FlagLetters.Select(f => f.Letter.ToString()).Distinct(),
        TermKind.InterfaceFlag => TextInterfaceRenderer.FlagLetters.Select(f => f.Letter.ToString()).Distinct(),
        TermKind.StatisticsSection => StatisticsSections,
        _ => [],
    };

    /// <summary>Every (kind, term) pair.</summary>
    public static IEnumerable<(TermKind Kind, string Term)> All() =>
        Enum.GetValues<TermKind>().SelectMany(k => Of(k).Select(t => (k, t)));

    /// <summary>The names of the columns of several tables, each once, in order.</summary>
    public static IEnumerable<string> ColumnNames(IEnumerable<Column[]> tables) => tables.SelectMany(t => t).Select(c => c.Name).Distinct();
}
