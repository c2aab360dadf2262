using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>
    /// The routing table mode (-r): one listing for the whole -c loop, because net-tools' name
    /// cache (and the errno its lookups leave) lives as long as the process. Returns one pass.
    /// </summary>
    public static Func<int> Routes(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        var hosts = new HostNames();
        bool numeric = options.NumericHosts || options.Symbolic;
        if (options.Ext.Json)
        {
            // One document per pass (one line per -c interval), closed even when the pass fails.
            var json = new JsonRouteRenderer(NewJsonStream(streams), hosts, numeric);
            var jsonListing = new RouteListing(options, streams, new ProcRouteTables(proc), proc, hosts, json, () => streams.Error.HasWritten);
            return () =>
            {
                json.BeginDocument();
                try
                {
                    return jsonListing.RunPass();
                }
                finally
                {
                    json.EndDocument();
                }
            };
        }
        var renderer = new TextRouteRenderer(streams.Out, hosts, numeric);
        // glibc's perror() behaves differently on a stream already written to (see RouteListing.Netrom).
        var listing = new RouteListing(options, streams, new ProcRouteTables(proc), proc, hosts, renderer, () => streams.Error.HasWritten);
        return listing.RunPass;
    }
}
