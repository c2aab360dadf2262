using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>netstat -s (no -c loop: net-tools prints the counters once).</summary>
    public static int Statistics(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        if (options.Ext.Json)
        {
            var json = new JsonStatisticsRenderer(NewJsonStream(streams), StatisticsSelection.From(options));
            return new JsonStatisticsMode(options, streams, new ProtocolCounters(proc), json).Run();
        }
        var renderer = new TextStatisticsRenderer(streams.Out, StatisticsSelection.From(options));
        return new StatisticsMode(options, streams, new ProtocolCounters(proc), renderer).Run();
    }
}
