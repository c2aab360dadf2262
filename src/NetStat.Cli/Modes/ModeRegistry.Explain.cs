using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>--explain [TERM] (placeholder until the explanations land).</summary>
    public static int Explain(NetstatOptions options, StandardStreams streams, ProcPaths proc) => NotYet(streams, "--explain");
}
