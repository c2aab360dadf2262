using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>The default mode: the socket tables (with the -g section inside). Returns one pass.</summary>
    public static Func<int> Sockets(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        var hosts = new HostNames();
        var endpoints = new EndpointText(options, new HostText(options, hosts), ServiceNames.Default);
        ISocketListingRenderer renderer = new TextSocketRenderer(options, streams.Out, endpoints, new UserNames());
        // -c --changes: the table once, then only the rows that came and went.
        var watch = options.Ext.Changes ? new SocketChangeWatch(renderer, new TextSocketChangeRenderer(streams.Out, renderer)) : null;
        var listing = new SocketListing(options, streams, new SocketTables(proc), new ProcessScanner(proc), watch ?? renderer,
            options.Groups > 0 ? Groups(options, streams, proc, hosts) : null);
        return watch is null ? listing.RunPass : watch.Wrap(listing.RunPass);
    }
}
