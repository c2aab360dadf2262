using NetStat.Cli.CommandLine;
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
        if (ext.Json) return NotYet(streams, "--json");
        if (ext.Filters.Count > 0) return NotYet(streams, "--" + ExtensionName(ext.Filters[0].Kind));
        if (ext.Netns is not null) return NotYet(streams, "--netns");
        if (ext.NetnsPid is not null) return NotYet(streams, "--netns-pid");
        if (ext.AllNetns) return NotYet(streams, "--all-netns");
        if (ext.Changes) return NotYet(streams, "--changes");
        if (ext.Listen is not null) return ListenWithoutServe(streams);
        return null;
    }

    private static string ExtensionName(ExtensionKind kind)
    {
        foreach (var o in ExtensionOptions.All)
            if (o.Kind == kind)
                return o.Name;
        return kind.ToString();
    }

    /// <summary>--listen outside "netstat serve" would be ignored: say so instead.</summary>
    private static int ListenWithoutServe(StandardStreams streams)
    {
        streams.Error.Write("netstat: --listen applies only to 'netstat serve'\n");
        return 1;
    }

    private static int NotYet(StandardStreams streams, string what)
    {
        streams.Error.Write($"netstat: {what} is not available in this build.\n");
        return 1;
    }
}
