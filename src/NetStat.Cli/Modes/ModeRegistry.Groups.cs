using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    // Placeholder until the groups mode lands.
    public static GroupListing? Groups(NetstatOptions options, StandardStreams streams, ProcPaths proc, HostNames hosts) => null;
}
