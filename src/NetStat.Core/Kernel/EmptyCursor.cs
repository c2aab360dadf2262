namespace NetStat.Kernel;

/// <summary>A table known to be empty without reading it.</summary>
internal sealed class EmptyCursor<T> : ITableCursor<T>
{
    public static EmptyCursor<T> Instance { get; } = new();

    public ReadOutcome Next(out T row)
    {
        row = default!;
        return ReadOutcome.End;
    }

    public void Dispose()
    {
    }
}
