using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Socket inode → the process netstat shows for it (the first found), and, when asked for at
/// scan time, every (process, fd) holding it.
/// </summary>
public sealed class SocketOwners
{
    private readonly Dictionary<ulong, ProcessInfo> _byInode = new();
    private readonly Dictionary<ulong, List<(int Order, SocketHolder Holder)>>? _holders;
    private bool _sorted = true;

    /// <summary>An empty map; <paramref name="allHolders"/> keeps every holder of each socket.</summary>
    public SocketOwners(bool allHolders = false)
    {
        if (allHolders)
            _holders = new();
    }

    /// <summary>Some /proc/PID/fd could not be opened for lack of permission.</summary>
    public bool AccessDenied { get; internal set; }

    /// <summary>/proc itself could not be opened.</summary>
    public bool ProcUnreadable { get; internal set; }

    /// <summary>Number of sockets mapped.</summary>
    public int Count => _byInode.Count;

    /// <summary>Whether every holder was kept (see <see cref="FindAll"/>).</summary>
    public bool KeepsAllHolders => _holders is not null;

    internal void Add(ulong inode, ProcessInfo process) => _byInode.TryAdd(inode, process);

    /// <summary>One thread's find: the first process keeps the socket; with all holders, every fd counts.</summary>
    internal void Add(ulong inode, ProcessInfo process, int order, int fd)
    {
        _byInode.TryAdd(inode, process);
        AddHolder(inode, process, order, fd);
    }

    internal void AddHolder(ulong inode, ProcessInfo process, int order, int fd)
    {
        if (_holders is null)
            return;
        if (!_holders.TryGetValue(inode, out var list))
            _holders[inode] = list = new List<(int, SocketHolder)>(1);
        else
            _sorted = false;
        list.Add((order, new SocketHolder(process, fd)));
    }

    /// <summary>The process shown for <paramref name="inode"/>, or null.</summary>
    public ProcessInfo? Find(ulong inode) => inode != 0 && _byInode.TryGetValue(inode, out var p) ? p : null;

    /// <summary>
    /// Every process holding <paramref name="inode"/>, in /proc order (ascending PID), then by fd;
    /// empty unless the scan kept all holders.
    /// </summary>
    public IEnumerable<SocketHolder> FindAll(ulong inode)
    {
        if (_holders is null || inode == 0 || !_holders.TryGetValue(inode, out var list))
            yield break;
        if (!_sorted && list.Count > 1)
            list.Sort(static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Holder.Fd.CompareTo(b.Holder.Fd));
        foreach (var (_, holder) in list)
            yield return holder;
    }
}
