using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>Socket inode → the process netstat shows for it (the first found).</summary>
public sealed class SocketOwners
{
    private readonly Dictionary<ulong, ProcessInfo> _byInode = new();

    /// <summary>Some /proc/PID/fd could not be opened for lack of permission.</summary>
    public bool AccessDenied { get; internal set; }

    /// <summary>/proc itself could not be opened.</summary>
    public bool ProcUnreadable { get; internal set; }

    /// <summary>Number of sockets mapped.</summary>
    public int Count => _byInode.Count;

    internal void Add(ulong inode, ProcessInfo process) => _byInode.TryAdd(inode, process);

    /// <summary>The process shown for <paramref name="inode"/>, or null.</summary>
    public ProcessInfo? Find(ulong inode) => inode != 0 && _byInode.TryGetValue(inode, out var p) ? p : null;
}
