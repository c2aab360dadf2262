using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>
    /// Our options whose feature has not landed yet: a clear refusal rather than silently
    /// ignoring them. Each feature removes its line when it lands.
    /// </summary>
    public static int? Unavailable(NetstatOptions options, StandardStreams streams)
    {
        var ext = options.Ext;
        if (ext.Listen is not null) return ListenWithoutServe(streams);
        return null;
    }

    /// <summary>--listen outside "netstat serve" would be ignored: say so instead.</summary>
    private static int ListenWithoutServe(StandardStreams streams)
    {
        streams.Error.Write(Catalog.T("netstat: --listen applies only to 'netstat serve'\n"));
        return 1;
    }
}
