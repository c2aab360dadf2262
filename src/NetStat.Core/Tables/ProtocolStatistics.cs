using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>
/// The kernel's protocol counters (netstat -s): every table and counter of /proc/net/snmp,
/// /proc/net/netstat, /proc/net/snmp6 and /proc/net/sctp/snmp, under the kernel's names.
/// </summary>
/// <example>
/// <code>
/// var counters = new ProtocolStatistics().Read();
/// if (counters.TryGetValue("Tcp", "ActiveOpens", out ulong opens)) Console.WriteLine(opens);
/// </code>
/// </example>
public sealed class ProtocolStatistics
{
    private readonly ProtocolCounters _counters;

    /// <summary>The counters of the caller's network namespace.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public ProtocolStatistics()
        : this(ProcPaths.Default)
    {
    }

    /// <summary>The counters as seen through the procfs mounted at <paramref name="proc"/>.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public ProtocolStatistics(ProcPaths proc)
    {
        ArgumentNullException.ThrowIfNull(proc);
        LinuxOnly.Ensure(nameof(ProtocolStatistics));
        _counters = new ProtocolCounters(proc);
    }

    /// <summary>
    /// Reads all four files. Never throws for a missing or malformed file: each
    /// <see cref="CounterFileSnapshot"/> says whether it was opened and what was wrong.
    /// </summary>
    public CounterSnapshot Read() => _counters.ReadAll();

    /// <summary>Reads all four files on the thread pool.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the read started.</exception>
    public Task<CounterSnapshot> ReadAsync(CancellationToken cancellationToken = default) =>
        Task.Run(_counters.ReadAll, cancellationToken);
}
