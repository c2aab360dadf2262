using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    // One listing for the whole -c loop: net-tools' name cache (and the errno its lookups leave)
    // lives as long as the process.
    private static RouteListing? _routes;

    // Whether anything went to stderr yet: glibc's perror() behaves differently on a stream that
    // has been written to (see RouteListing.Netrom), and option warnings come before any mode.
    private static bool _stderrUsed;

    /// <summary>Starts noting stderr writes; called before the options are parsed.</summary>
    public static void WatchStderr(StandardStreams streams)
    {
        var before = streams.Error.BeforeWrite;
        streams.Error.BeforeWrite = () =>
        {
            _stderrUsed = true;
            before?.Invoke();
        };
    }

    /// <summary>One pass of the routing table mode (-r); the exit status.</summary>
    public static int Routes(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        if (_routes is null || _routes.Options != options)
        {
            var hosts = new HostNames();
            var renderer = new TextRouteRenderer(streams.Out, hosts, numeric: options.NumericHosts || options.Symbolic);
            _routes = new RouteListing(options, streams, new ProcRouteTables(proc), proc, hosts, renderer, () => _stderrUsed);
        }
        return _routes.RunPass();
    }
}
