using NetStat.Interop;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Maps socket inodes to the processes holding them by walking /proc/PID/fd, as netstat -p does:
/// PIDs in directory order, the first process seen for an inode keeps it. Each fd costs the
/// kernel a few microseconds (path walk, permission check, name generation), so on a busy host
/// the walk is split over the CPUs, and the results are merged so that the lowest PID still wins.
/// </summary>
public sealed class ProcessScanner(ProcPaths paths)
{
    /// <summary>Below this many processes one thread is faster than starting others.</summary>
    private const int ParallelThreshold = 64;

    /// <summary>Processes a worker claims at a time.</summary>
    private const int Chunk = 8;

    /// <summary>Scans the running system.</summary>
    public static ProcessScanner Default { get; } = new(ProcPaths.Default);

    /// <summary>Scans every process and returns the inode map.</summary>
    public SocketOwners Scan()
    {
        var owners = new SocketOwners();
        int procFd = NativePath.OpenAt(-100 /* AT_FDCWD */, System.Text.Encoding.UTF8.GetBytes(paths.Root), Libc.O_RDONLY | Libc.O_DIRECTORY, out _);
        if (procFd < 0)
        {
            owners.ProcUnreadable = true;
            return owners;
        }
        try
        {
            var pids = ListProcesses(procFd);
            int workers = Math.Min(Environment.ProcessorCount, 4);
            if (pids.Count < ParallelThreshold || workers < 2)
            {
                var worker = new Worker(procFd);
                foreach (int pid in pids)
                    worker.ScanProcess(pid, owners.Add);
                owners.AccessDenied = worker.AccessDenied;
                return owners;
            }
            return ScanInParallel(procFd, pids, workers, owners);
        }
        finally
        {
            Libc.Close(procFd);
        }
    }

    private static SocketOwners ScanInParallel(int procFd, List<int> pids, int workerCount, SocketOwners owners)
    {
        // Each worker keeps, per inode, the index (in /proc order) of the first process it saw;
        // merging keeps the smallest index, which is what a single pass would have kept.
        var found = new Dictionary<ulong, (int Order, ProcessInfo Process)>[workerCount];
        var workers = new Worker[workerCount];
        int next = 0;
        var threads = new Thread[workerCount - 1];
        void Run(int w)
        {
            var map = found[w] = new Dictionary<ulong, (int, ProcessInfo)>();
            var worker = workers[w] = new Worker(procFd);
            int order = 0;
            void Add(ulong inode, ProcessInfo p) => map.TryAdd(inode, (order, p));
            while (true)
            {
                int start = Interlocked.Add(ref next, Chunk) - Chunk;
                if (start >= pids.Count)
                    return;
                for (int i = start; i < Math.Min(start + Chunk, pids.Count); i++)
                {
                    order = i;
                    worker.ScanProcess(pids[i], Add);
                }
            }
        }
        for (int t = 0; t < threads.Length; t++)
        {
            int w = t + 1;
            threads[t] = new Thread(() => Run(w), 256 * 1024) { IsBackground = true };
            threads[t].Start();
        }
        Run(0);
        foreach (var t in threads)
            t.Join();

        var merged = found[0];
        for (int w = 1; w < workerCount; w++)
        {
            foreach (var (inode, entry) in found[w])
            {
                if (!merged.TryGetValue(inode, out var existing) || entry.Order < existing.Order)
                    merged[inode] = entry;
            }
        }
        foreach (var (inode, entry) in merged)
            owners.Add(inode, entry.Process);
        foreach (var worker in workers)
            owners.AccessDenied |= worker.AccessDenied;
        return owners;
    }

    /// <summary>The numeric entries of /proc, in directory order (ascending PID).</summary>
    private static List<int> ListProcesses(int procFd)
    {
        var pids = new List<int>(512);
        Span<byte> dents = new byte[32 * 1024];
        var entries = new DirectoryEntries(procFd, dents);
        while (entries.Next(out var name))
        {
            if (name.IsEmpty || name.Length > 10)
                continue;
            long pid = 0;
            foreach (byte b in name)
            {
                if (b < '0' || b > '9')
                {
                    pid = -1;
                    break;
                }
                pid = pid * 10 + (b - '0');
            }
            if (pid >= 0 && pid <= int.MaxValue)
                pids.Add((int)pid);
        }
        return pids;
    }

    /// <summary>One thread's buffers; reused for every process it scans.</summary>
    private sealed class Worker(int procFd)
    {
        private readonly byte[] _dents = new byte[32 * 1024];
        private readonly byte[] _link = new byte[64];
        private readonly byte[] _cmdline = new byte[512];

        public bool AccessDenied { get; private set; }

        public void ScanProcess(int pid, Action<ulong, ProcessInfo> add)
        {
            Span<byte> path = stackalloc byte[24];
            System.Buffers.Text.Utf8Formatter.TryFormat(pid, path, out int n);
            int pidLength = n;
            "/fd"u8.CopyTo(path[n..]);
            n += 3;
            int fdDir = NativePath.OpenAt(procFd, path[..n], Libc.O_RDONLY | Libc.O_DIRECTORY, out int errno);
            if (fdDir < 0)
            {
                if (errno == Libc.EACCES)
                    AccessDenied = true;
                return;
            }
            try
            {
                ProcessInfo? process = null;
                var entries = new DirectoryEntries(fdDir, _dents);
                while (entries.Next(out var fdName))
                {
                    int length = NativePath.ReadLinkAt(fdDir, fdName, _link);
                    if (length <= 0 || !TryParseSocketInode(_link.AsSpan(0, length), out ulong inode))
                        continue;
                    if (process is null)
                    {
                        process = ReadProcess(pid, path[..pidLength]);
                        if (process is null)
                            return; // gone, or its cmdline unreadable: net-tools skips it too
                    }
                    add(inode, process);
                }
            }
            finally
            {
                Libc.Close(fdDir);
            }
        }

        private ProcessInfo? ReadProcess(int pid, ReadOnlySpan<byte> pidName)
        {
            Span<byte> path = stackalloc byte[pidName.Length + 8];
            pidName.CopyTo(path);
            "/cmdline"u8.CopyTo(path[pidName.Length..]);
            int fd = NativePath.OpenAt(procFd, path, Libc.O_RDONLY, out _);
            if (fd < 0)
                return null;
            // net-tools reads 511 bytes once; argv[0] ends at the first NUL.
            int n = NativePath.ReadOnce(fd, _cmdline.AsSpan(0, 511));
            Libc.Close(fd);
            if (n < 0)
                return null;
            var argv0 = _cmdline.AsSpan(0, n);
            int nul = argv0.IndexOf((byte)0);
            if (nul >= 0)
                argv0 = argv0[..nul];
            if (argv0.Length > 0 && argv0[0] == (byte)'/')
                argv0 = argv0[(argv0.LastIndexOf((byte)'/') + 1)..];
            return new ProcessInfo(pid, argv0.ToArray());
        }
    }

    /// <summary>Recognises "socket:[12345]" (and the ancient "[0000]:12345").</summary>
    internal static bool TryParseSocketInode(ReadOnlySpan<byte> link, out ulong inode)
    {
        inode = 0;
        ReadOnlySpan<byte> digits;
        if (link.StartsWith("socket:["u8) && link.Length > 9 && link[^1] == (byte)']')
            digits = link[8..^1];
        else if (link.StartsWith("[0000]:"u8) && link.Length > 7)
            digits = link[7..];
        else
            return false;
        foreach (byte b in digits)
        {
            if (b < '0' || b > '9')
                return false;
            inode = inode * 10 + (ulong)(b - '0');
        }
        return true;
    }
}
