using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>netstat completions bash|zsh|fish: prints the completion script for that shell.</summary>
    public static int Completions(NetstatOptions options, StandardStreams streams)
    {
        var words = options.Ext.CommandArguments;
        var script = words.Count == 1 ? CompletionScripts.For(words[0]) : null;
        if (script is null)
        {
            var shells = CompletionScripts.Shells;
            var choice = Catalog.T("{0} or {1}", string.Join(", ", shells, 0, shells.Length - 1), shells[^1]);
            streams.Error.Write(words.Count == 0
                ? Catalog.T("netstat: completions: name a shell ({0})\n", choice)
                : Catalog.T("netstat: completions: unknown shell '{0}' ({1})\n", EchoedValue.Of(string.Join(' ', words)), choice));
            return 1;
        }
        streams.Out.Write(script);
        return 0;
    }
}
