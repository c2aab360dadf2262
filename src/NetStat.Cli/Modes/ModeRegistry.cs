namespace NetStat.Cli.Modes;

/// <summary>
/// Entry points of the modes other than the socket listing. Each mode implements its partial
/// method in its own file (ModeRegistry.Statistics.cs ...), so modes can be added independently.
/// </summary>
internal static partial class ModeRegistry
{
}
