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
        IInterfaceRenderer renderer = options.Ext.Json
            ? new JsonInterfaceRenderer(NewJsonStream(options, streams))
            : new TextInterfaceRenderer(options, streams.Out);
        return new InterfaceListing(options, streams, source, renderer).Run();
    }
}
