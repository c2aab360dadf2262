using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>Socket inode → the process netstat shows for it (the first found), and optionally every holder.</summary>
public sealed class SocketOwners
{
    private readonly Dictionary<ulong, ProcessInfo> _byInode = new();

    // Only when every holder was asked for: a socket shared by a pre-forking server's workers has many.
    private Dictionary<ulong, List<(int Order, ProcessInfo Process)>>? _holders;

    /// <summary>Some /proc/PID/fd could not be opened for lack of permission.</summary>
    public bool AccessDenied { get; internal set; }

    /// <summary>/proc itself could not be opened.</summary>
    public bool ProcUnreadable { get; internal set; }

    /// <summary>Number of sockets mapped.</summary>
    public int Count => _byInode.Count;

    internal void Add(ulong inode, ProcessInfo process) => _byInode.TryAdd(inode, process);

    internal void CollectHolders() => _holders ??= new();

    /// <summary>Records one more holder; <paramref name="order"/> is the process's place in /proc order.</summary>
    internal void AddHolder(ulong inode, int order, ProcessInfo process)
    {
        if (_holders is null)
            return;
        if (!_holders.TryGetValue(inode, out var list))
            _holders[inode] = list = new List<(int, ProcessInfo)>(1);
        foreach (var (_, p) in list)
        {
            // Several fds of one process (dup, fork without exec) name the same socket once.
            if (p.Pid == process.Pid)
                return;
        }
        list.Add((order, process));
    }

    /// <summary>Whether <see cref="FindAll"/> knows every holder (the scan was asked for them).</summary>
    public bool HasAllHolders => _holders is not null;

    /// <summary>
    /// Every process holding <paramref name="inode"/> in ascending /proc order (the first is the one
    /// <see cref="Find"/> returns); empty when none was found. Without
    /// <see cref="ProcessScanner.Scan(bool)"/>'s allHolders, at most the first.
    /// </summary>
    public IReadOnlyList<ProcessInfo> FindAll(ulong inode)
    {
        if (inode == 0)
            return [];
        if (_holders is null)
            return Find(inode) is { } first ? [first] : [];
        if (!_holders.TryGetValue(inode, out var list))
            return [];
        if (list.Count == 1)
            return [list[0].Process];
        list.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        var result = new ProcessInfo[list.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = list[i].Process;
        return result;
    }

    /// <summary>The process shown for <paramref name="inode"/>, or null.</summary>
    public ProcessInfo? Find(ulong inode) => inode != 0 && _byInode.TryGetValue(inode, out var p) ? p : null;
}
