using NetStat.Cli.CommandLine;
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
            streams.Error.Write(words.Count == 0
                ? "netstat: completions: name a shell (bash, zsh or fish)\n"
                : $"netstat: completions: unknown shell '{string.Join(' ', words)}' (bash, zsh or fish)\n");
            return 1;
        }
        streams.Out.Write(script);
        return 0;
    }
}
