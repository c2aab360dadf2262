using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    // Placeholder until the routes mode lands.
    public static int Routes(NetstatOptions options, StandardStreams streams, ProcPaths proc) => 0;
}
