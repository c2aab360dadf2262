namespace NetStat.Cli.CommandLine;

/// <summary>
/// What our own options asked for, kept apart from net-tools' flags. Values are stored as given
/// (the parser has already refused any that is not UTF-8); each feature parses and checks its
/// own (a bad value is a one-line error, status 1).
/// </summary>
internal sealed class ExtensionSettings
{
    public bool Json;

    /// <summary>The filter options in command-line order (kind, raw value); repeats are kept.</summary>
    public List<(ExtensionKind Kind, string Value)> Filters { get; } = [];

    public string? Netns;
    public string? NetnsPid;
    public bool AllNetns;

    public bool Changes;

    /// <summary>The interval given after -c or as --continuous=SECONDS, unparsed; null means one second.</summary>
    public string? Interval;

    /// <summary>The sleep between -c passes: <see cref="Interval"/> parsed once, by NetstatCommand, before any mode runs.</summary>
    public TimeSpan IntervalTime = IntervalOption.Default;

    /// <summary>
    /// <see cref="Filters"/> built once, by NetstatCommand, before any namespace is entered or
    /// table read; null when no filter option was given.
    /// </summary>
    public NetStat.Query.SocketFilter? SocketFilter;

    public bool Prometheus;
    public string? PrometheusTextfile;
    public string? Listen;

    public bool Explain;
    public string? ExplainTerm;

    /// <summary>A sub-command given as the first word ("completions", "serve"), and the words after it.</summary>
    public string? Command;
    public IReadOnlyList<string> CommandArguments { get; set; } = [];

    /// <summary>True when any of our options was given (net-tools' behaviour is untouched otherwise).</summary>
    public bool Any => Json || Filters.Count > 0 || Netns is not null || NetnsPid is not null || AllNetns || Changes
        || Interval is not null || Prometheus || PrometheusTextfile is not null || Listen is not null || Explain || Command is not null;

    public void Apply(ExtensionKind kind, string? value)
    {
        switch (kind)
        {
            case ExtensionKind.Json: Json = true; break;
            case ExtensionKind.Netns: Netns = value; break;
            case ExtensionKind.NetnsPid: NetnsPid = value; break;
            case ExtensionKind.AllNetns: AllNetns = true; break;
            case ExtensionKind.Changes: Changes = true; break;
            case ExtensionKind.Prometheus: Prometheus = true; break;
            case ExtensionKind.PrometheusTextfile: PrometheusTextfile = value; break;
            case ExtensionKind.Listen: Listen = value; break;
            case ExtensionKind.Explain: Explain = true; ExplainTerm = value; break;
            default: Filters.Add((kind, value ?? "")); break;
        }
    }
}
