using NetStat.Cli.CommandLine;
using NetStat.Cli.Explain;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>
    /// --explain: with a TERM, that term's explanation; without, the mode the other options select
    /// runs for real (its rows go to collectors, not to the screen) and every column it would
    /// print and every value its rows hold is explained.
    /// </summary>
    public static int Explain(NetstatOptions options, StandardStreams streams, ProcPaths proc) =>
        new Explainer(options, streams, proc).Run();
}
