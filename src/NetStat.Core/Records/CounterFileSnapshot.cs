namespace NetStat.Records;

/// <summary>Everything read from one counter file, or why it could not be opened.</summary>
public sealed class CounterFileSnapshot
{
    /// <summary>Creates the snapshot of a file that was opened.</summary>
    public CounterFileSnapshot(CounterFile file, string path, IReadOnlyList<CounterTable> tables, IReadOnlyList<CounterProblem> problems)
    {
        File = file;
        Path = path;
        Tables = tables;
        Problems = problems;
    }

    private CounterFileSnapshot(CounterFile file, string path, int openErrno)
        : this(file, path, [], [])
    {
        OpenErrno = openErrno;
    }

    /// <summary>The snapshot of a file that could not be opened (ENOENT when the kernel lacks it, e.g. sctp/snmp without the sctp module).</summary>
    public static CounterFileSnapshot Unopened(CounterFile file, string path, int errno) => new(file, path, errno);

    /// <summary>Which file.</summary>
    public CounterFile File { get; }

    /// <summary>The path that was opened (below the configured procfs root).</summary>
    public string Path { get; }

    /// <summary>The C errno of the failed open; 0 when the file was opened.</summary>
    public int OpenErrno { get; }

    /// <summary>Whether the file could be opened.</summary>
    public bool Opened => OpenErrno == 0;

    /// <summary>The tables in file order.</summary>
    public IReadOnlyList<CounterTable> Tables { get; }

    /// <summary>What was wrong with the file's content, in file order.</summary>
    public IReadOnlyList<CounterProblem> Problems { get; }

    /// <summary>Whether reading stopped early at a malformed line (<see cref="CounterProblemKind.MissingColon"/>).</summary>
    public bool StoppedAtMalformedLine => Problems.Any(p => p.Kind == CounterProblemKind.MissingColon);

    /// <summary>The C errno of a failed read, or 0.</summary>
    public int ReadErrno => Problems.FirstOrDefault(p => p.Kind == CounterProblemKind.ReadError)?.Errno ?? 0;
}
