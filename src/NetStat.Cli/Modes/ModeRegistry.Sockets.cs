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
        if (options.Ext.Json)
            return JsonSockets(options, streams, proc, hosts);
        var endpoints = new EndpointText(options, new HostText(options, hosts), ServiceNames.Default);
        ISocketListingRenderer renderer = new TextSocketRenderer(options, streams.Out, endpoints, new UserNames());
        // -c --changes: the table once, then only the rows that came and went.
        var watch = options.Ext.Changes ? new SocketChangeWatch(renderer, new TextSocketChangeRenderer(streams.Out, renderer)) : null;
        var listing = new SocketListing(options, streams, new SocketTables(proc), new ProcessScanner(proc), watch ?? renderer,
            options.Groups > 0 ? Groups(options, streams, proc, hosts) : null, options.Ext.SocketFilter);
        return watch is null ? listing.RunPass : watch.Wrap(listing.RunPass);
    }

    /// <summary>
    /// --json: each pass is one document (one line under -c), closed even when the pass fails.
    /// With --changes only the first pass is a listing document; after it, each change is one.
    /// </summary>
    private static Func<int> JsonSockets(NetstatOptions options, StandardStreams streams, ProcPaths proc, HostNames hosts)
    {
        var json = NewJsonStream(streams);
        var hostText = new HostText(options, hosts);
        var renderer = new JsonSocketRenderer(options, json, hostText, ServiceNames.Default, new UserNames());
        GroupListing? groups = null;
        if (options.Groups > 0)
        {
            var groupRenderer = new JsonGroupRenderer(options, json, hostText);
            renderer.GroupSection = groupRenderer;
            groups = Groups(options, streams, proc, hosts, groupRenderer);
        }
        var watch = options.Ext.Changes ? new SocketChangeWatch(renderer, new JsonSocketChangeRenderer(json, renderer)) : null;
        var listing = new SocketListing(options, streams, new SocketTables(proc), new ProcessScanner(proc), watch ?? (ISocketListingRenderer)renderer, groups, options.Ext.SocketFilter);
        int Document()
        {
            renderer.BeginDocument();
            try
            {
                return listing.RunPass();
            }
            finally
            {
                renderer.EndDocument();
            }
        }
        if (watch is null)
            return Document;
        bool listed = false;
        return watch.Wrap(() =>
        {
            if (listed)
                return listing.RunPass();
            listed = true;
            return Document();
        });
    }

    /// <summary>The JSON sink of a run (its records carry the namespace RenderContext names).</summary>
    internal static JsonStream NewJsonStream(StandardStreams streams) => new(streams.Out);
}
