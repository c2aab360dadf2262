using NetStat.Cli.CommandLine;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>The protocol groups -s can be narrowed to (-w, -t, -u, -S).</summary>
internal readonly record struct StatisticsSelection(bool Raw, bool Tcp, bool Udp, bool Sctp)
{
    /// <summary>net-tools' flags after its derivations: no protocol option means all of them.</summary>
    public static StatisticsSelection From(NetstatOptions options) =>
        new(options.Raw > 0, options.Tcp > 0, options.Udp > 0, options.Sctp > 0);

    public bool Includes(StatisticsProtocol protocol) => protocol switch
    {
        StatisticsProtocol.Raw => Raw,
        StatisticsProtocol.Tcp => Tcp,
        StatisticsProtocol.Udp => Udp,
        _ => Sctp,
    };
}

/// <summary>
/// Turns counter tables into output for netstat -s. The mode hands over the tables file by file
/// in net-tools' reading order (only those net-tools would look at); the renderer decides what of
/// them is shown and how.
/// </summary>
internal interface IStatisticsRenderer
{
    /// <summary>One table, in file order.</summary>
    void Table(CounterTable table);
}
