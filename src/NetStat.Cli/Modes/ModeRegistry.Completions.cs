using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>netstat completions bash|zsh|fish (placeholder until the completions land).</summary>
    public static int Completions(NetstatOptions options, StandardStreams streams) => NotYet(streams, "completions");
}
