namespace NetStat.Kernel;

/// <summary>What one step of a table cursor produced.</summary>
public enum ReadOutcome
{
    /// <summary>A row was read.</summary>
    Row,
    /// <summary>A line could not be parsed and was skipped (net-tools warns about it).</summary>
    Malformed,
    /// <summary>No more rows.</summary>
    End,
}
