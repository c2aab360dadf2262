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
            var shells = CompletionScripts.Shells;
            var choice = string.Join(", ", shells[..^1]) + " or " + shells[^1];
            streams.Error.Write(words.Count == 0
                ? $"netstat: completions: name a shell ({choice})\n"
                : $"netstat: completions: unknown shell '{EchoedValue.Of(string.Join(' ', words))}' ({choice})\n");
            return 1;
        }
        streams.Out.Write(script);
        return 0;
    }
}
