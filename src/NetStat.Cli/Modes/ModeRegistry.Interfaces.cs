using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>-i / --interfaces: the kernel interface table (--json: one document per pass).</summary>
    public static int Interfaces(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        using var source = new IoctlInterfaceSource(proc);
        return new InterfaceListing(options, streams, source, InterfaceRenderer(options, streams)).Run();
    }

    /// <summary>
    /// The renderer of the -i table, text or --json: the one choice both -i and each --all-netns
    /// section make, so the two cannot drift apart.
    /// </summary>
    public static IInterfaceRenderer InterfaceRenderer(NetstatOptions options, StandardStreams streams) =>
        options.Ext.Json ? new JsonInterfaceRenderer(NewJsonStream(streams)) : new TextInterfaceRenderer(options, streams.Out);
}
