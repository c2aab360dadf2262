using NetStat.Cli.Rendering;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

/// <summary>
/// One namespace's part of --all-netns: the selected mode, built on its first pass inside the
/// namespace (the -i query socket belongs to the namespace it is opened in, and the -i title and
/// the route name cache last for the whole -c run, as in one net-tools process per namespace).
/// Every mode comes from the ModeRegistry entry the plain run uses, so text or --json is chosen
/// in one place for both.
/// </summary>
/// <param name="header">The section's heading, built once for every -c round.</param>
internal sealed class NamespaceSection(NetworkNamespace ns, NetstatOptions options, StandardStreams streams, byte[] header) : IDisposable
{
    private Func<int>? _pass;
    private IDisposable? _resource;

    public NetworkNamespace Namespace => ns;

    /// <summary>The heading of the text output (net-tools' output follows it).</summary>
    public byte[] Header => header;

    /// <summary>The label JSON records carry; one object for every round, so JsonStream's encoding of it is reused.</summary>
    public NamespaceLabel Label { get; } = NamespaceLabel.Of(ns);

    /// <summary>Set once a pass failed: net-tools would have ended in this namespace.</summary>
    public bool Finished { get; set; }

    /// <summary>One pass, run inside the namespace with its /proc paths; the exit status.</summary>
    public int Pass(ProcPaths proc)
    {
        if (_pass is null)
        {
            if (options.Statistics > 0)
            {
                _pass = () => ModeRegistry.Statistics(options, streams, proc);
            }
            else if (options.Route > 0)
            {
                _pass = ModeRegistry.Routes(options, streams, proc);
            }
            else if (options.Interfaces > 0)
            {
                var source = new IoctlInterfaceSource(proc);
                _resource = source;
                var listing = new InterfaceListing(options, streams, source, ModeRegistry.InterfaceRenderer(options, streams));
                if (listing.Begin() is int failed)
                    return failed;
                _pass = listing.Pass;
            }
            else
            {
                _pass = ModeRegistry.Sockets(options, streams, proc);
            }
        }
        return _pass();
    }

    public void Dispose()
    {
        _resource?.Dispose();
        ns.Dispose();
    }
}
