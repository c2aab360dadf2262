using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

/// <summary>Entry points of the modes other than the socket listing.</summary>
internal static class ModeRegistry
{
    public static int Statistics(NetstatOptions options, StandardStreams streams, ProcPaths proc) => 0;

    public static int Routes(NetstatOptions options, StandardStreams streams, ProcPaths proc) => 0;

    public static int Interfaces(NetstatOptions options, StandardStreams streams, ProcPaths proc) => 0;

    public static GroupListing? Groups(NetstatOptions options, StandardStreams streams, ProcPaths proc, HostNames hosts) => null;
}
