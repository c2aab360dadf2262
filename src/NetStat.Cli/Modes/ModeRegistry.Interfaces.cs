using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>-i / --interfaces: the kernel interface table.</summary>
    public static int Interfaces(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        using var source = new IoctlInterfaceSource(proc);
        return new InterfaceListing(options, streams, source, new TextInterfaceRenderer(options, streams.Out)).Run();
    }
}
