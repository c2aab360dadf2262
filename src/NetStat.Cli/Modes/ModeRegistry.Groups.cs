using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>The -g section of the socket listing; text unless <paramref name="renderer"/> says otherwise (JSON).</summary>
    public static GroupListing? Groups(NetstatOptions options, StandardStreams streams, ProcPaths proc, HostNames hosts, IGroupListingRenderer? renderer = null) =>
        new MulticastGroupListing(options, streams, new GroupTables(proc), renderer ?? new TextGroupRenderer(streams.Out, new HostText(options, hosts)));
}
