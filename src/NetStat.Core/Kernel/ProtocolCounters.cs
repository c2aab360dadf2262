using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Reads the kernel's protocol counter files (/proc/net/snmp, netstat, snmp6, sctp/snmp) into
/// snapshots. Never throws for a missing, unreadable or malformed file: it says so in the snapshot.
/// </summary>
public sealed class ProtocolCounters(ProcPaths paths)
{
    /// <summary>Counters of the running kernel.</summary>
    public static ProtocolCounters Default { get; } = new(ProcPaths.Default);

    /// <summary>Where the files are read from.</summary>
    public ProcPaths Proc => paths;

    /// <summary>The path of a counter file below the procfs root.</summary>
    public string PathOf(CounterFile file) => paths.Net(file switch
    {
        CounterFile.Snmp => "snmp",
        CounterFile.Netstat => "netstat",
        CounterFile.Snmp6 => "snmp6",
        CounterFile.SctpSnmp => "sctp/snmp",
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    });

    /// <summary>Reads one file.</summary>
    public CounterFileSnapshot Read(CounterFile file)
    {
        string path = PathOf(file);
        using var proc = ProcFile.TryOpen(path, out int errno);
        if (proc is null)
            return CounterFileSnapshot.Unopened(file, path, errno);
        // These files are a few kilobytes; reading them whole lets the parsers see them as net-tools' stdio does.
        var text = proc.ReadToEnd();
        var tables = new List<CounterTable>();
        var problems = new List<CounterProblem>();
        switch (file)
        {
            case CounterFile.Snmp:
            case CounterFile.Netstat:
                PairedCounterText.Parse(text, file, tables, problems);
                break;
            case CounterFile.Snmp6:
                Snmp6CounterText.Parse(text, tables, problems);
                break;
            case CounterFile.SctpSnmp:
                tables.Add(SctpCounterText.Parse(text, problems));
                break;
        }
        if (proc.ReadError != 0)
            problems.Add(new(file, CounterProblemKind.ReadError, 0, null, proc.ReadError));
        return new CounterFileSnapshot(file, path, tables, problems);
    }

    /// <summary>Reads all four files, in the order above.</summary>
    public CounterSnapshot ReadAll() =>
        new([Read(CounterFile.Snmp), Read(CounterFile.Netstat), Read(CounterFile.Snmp6), Read(CounterFile.SctpSnmp)]);
}
