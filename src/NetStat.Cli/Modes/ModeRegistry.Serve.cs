using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>netstat serve: /metrics over HTTP (placeholder until the metrics land).</summary>
    public static int Serve(NetstatOptions options, StandardStreams streams, ProcPaths proc) => NotYet(streams, "serve");
}
