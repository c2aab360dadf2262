using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>--prometheus / --prometheus-textfile (placeholder until the metrics land).</summary>
    public static int Prometheus(NetstatOptions options, StandardStreams streams, ProcPaths proc) => NotYet(streams, "--prometheus");
}
