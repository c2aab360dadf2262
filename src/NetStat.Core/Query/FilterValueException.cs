namespace NetStat.Query;

/// <summary>A filter value that cannot be understood; says which field, what is wrong and with which text.</summary>
public sealed class FilterValueException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The filter the value was given for.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="value">The offending text (one item of a list, or the whole value).</param>
    public FilterValueException(FilterField field, FilterProblem kind, string value)
        : base($"{Describe(kind)} '{value}'")
    {
        Field = field;
        Kind = kind;
        Problem = Describe(kind);
        Value = value;
    }

    /// <summary>The filter the value was given for.</summary>
    public FilterField Field { get; }

    /// <summary>What is wrong, as a kind (for a message in another language, say).</summary>
    public FilterProblem Kind { get; }

    /// <summary>What is wrong, in a few English words ("port out of range").</summary>
    public string Problem { get; }

    /// <summary>The offending text.</summary>
    public string Value { get; }

    /// <summary>The English words for <paramref name="kind"/>.</summary>
    internal static string Describe(FilterProblem kind) => kind switch
    {
        FilterProblem.EmptyList => "empty list",
        FilterProblem.EmptyItemInList => "empty item in list",
        FilterProblem.PortOutOfRange => "port out of range",
        FilterProblem.PortRangeRunsBackwards => "port range runs backwards",
        FilterProblem.MalformedPortRange => "malformed port range",
        FilterProblem.UnknownService => "unknown service",
        FilterProblem.UnknownState => "unknown state",
        FilterProblem.NotAProcessId => "not a process id",
        FilterProblem.EmptyProgramName => "empty program name",
        FilterProblem.UserIdOutOfRange => "user id out of range",
        FilterProblem.UnknownUser => "unknown user",
        FilterProblem.MalformedIPv4Address => "malformed IPv4 address",
        FilterProblem.MalformedIPv6Address => "malformed IPv6 address",
        FilterProblem.MalformedPrefixLength => "malformed prefix length",
        FilterProblem.PrefixLengthAbove32 => "prefix length above 32",
        FilterProblem.PrefixLengthAbove128 => "prefix length above 128",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
