using NetStat.Kernel;

namespace NetStat.Tables;

/// <summary>The facade's one way of draining a kernel cursor.</summary>
internal static class CursorRows
{
    /// <summary>
    /// The well-formed rows of <paramref name="cursor"/> (which this disposes): nothing when the
    /// table is absent, an <see cref="IOException"/> naming <paramref name="path"/> when it exists
    /// but cannot be read, and a check for cancellation before every row.
    /// </summary>
    public static IEnumerable<T> Read<T>(ITableCursor<T>? cursor, int errno, string path, CancellationToken cancellationToken)
    {
        if (cursor is null)
        {
            TableErrors.ThrowUnlessAbsent(path, errno);
            yield break;
        }
        using (cursor)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = cursor.Next(out var row);
                if (outcome == ReadOutcome.End)
                    break;
                if (outcome == ReadOutcome.Row)
                    yield return row;
            }
            if (cursor.ReadError != 0)
                throw TableErrors.ReadFailed(path, cursor.ReadError);
        }
    }
}
