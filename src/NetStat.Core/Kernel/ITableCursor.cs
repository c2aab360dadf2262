namespace NetStat.Kernel;

/// <summary>
/// Streams the rows of one kernel table in the kernel's order without materializing the table.
/// A row may point into the cursor's buffer: it is valid until the next call.
/// </summary>
public interface ITableCursor<T> : IDisposable
{
    /// <summary>Reads the next row.</summary>
    ReadOutcome Next(out T row);

    /// <summary>
    /// errno of a read that failed after the table was opened (for example EISDIR), 0 when the
    /// table ended normally. Valid once <see cref="Next"/> returned <see cref="ReadOutcome.End"/>.
    /// </summary>
    int ReadError => 0;
}
