namespace NetStat.Query;

/// <summary>A filter value that cannot be understood; says which field, what is wrong and with which text.</summary>
public sealed class FilterValueException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The filter the value was given for.</param>
    /// <param name="problem">What is wrong, in a few words ("port out of range").</param>
    /// <param name="value">The offending text (one item of a list, or the whole value).</param>
    public FilterValueException(FilterField field, string problem, string value)
        : base($"{problem} '{value}'")
    {
        Field = field;
        Problem = problem;
        Value = value;
    }

    /// <summary>The filter the value was given for.</summary>
    public FilterField Field { get; }

    /// <summary>What is wrong, in a few words.</summary>
    public string Problem { get; }

    /// <summary>The offending text.</summary>
    public string Value { get; }
}
