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
        if (ext.Listen is not null) return NotYet(streams, "--listen");
        return null;
    }

    private static string ExtensionName(ExtensionKind kind)
    {
        foreach (var o in ExtensionOptions.All)
            if (o.Kind == kind)
                return o.Name;
        return kind.ToString();
    }

    private static int NotYet(StandardStreams streams, string what)
    {
        streams.Error.Write($"netstat: {what} is not available in this build.\n");
        return 1;
    }
}
