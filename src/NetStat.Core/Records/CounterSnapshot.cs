namespace NetStat.Records;

/// <summary>
/// The kernel's protocol counters at one moment: every file read (or why not), every table and
/// counter in file order, including tables and counters no tool knows yet.
/// </summary>
/// <param name="files">The files in the order they were read.</param>
public sealed class CounterSnapshot(IReadOnlyList<CounterFileSnapshot> files)
{
    /// <summary>The files in the order they were read.</summary>
    public IReadOnlyList<CounterFileSnapshot> Files { get; } = files;

    /// <summary>All tables of all files, in order.</summary>
    public IEnumerable<CounterTable> Tables => Files.SelectMany(f => f.Tables);

    /// <summary>The snapshot of one file, if it was read.</summary>
    public CounterFileSnapshot? this[CounterFile file] => Files.FirstOrDefault(f => f.File == file);

    /// <summary>Looks a counter up by table and counter name ("TcpExt", "TCPTimeouts"); the first occurrence wins.</summary>
    public bool TryGetValue(string table, string counter, out ulong value)
    {
        foreach (var t in Tables)
        {
            if (t.Name == table && t.TryGetValue(counter, out value))
                return true;
        }
        value = 0;
        return false;
    }
}
