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
    public SocketOwners Scan() => Scan(allHolders: false);

    /// <summary>
    /// Scans every process and returns the inode map; with <paramref name="allHolders"/> it also
    /// keeps every (process, fd) holding each socket (JSON lists them all), which costs memory
    /// per fd and is therefore off for the text output.
    /// </summary>
    public SocketOwners Scan(bool allHolders)
    {
        var owners = new SocketOwners(allHolders);
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
                for (int i = 0; i < pids.Count; i++)
                    worker.ScanProcess(i, pids[i], (inode, order, process, fd) => owners.Add(inode, process, order, fd));
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
        // Work is claimed in chunks of processes; a process with thousands of fds (a server
        // holding most of the sockets) is itself split into slices of its fd list, so that one
        // big process does not leave the other CPUs idle. Each worker keeps, per inode, the
        // index (in /proc order) of the process it saw; merging keeps the smallest index, which
        // is what a single pass would have kept.
        var shared = new SharedWork(pids);
        var found = new Dictionary<ulong, (int Order, ProcessInfo Process)>[workerCount];
        var holders = owners.KeepsAllHolders ? new List<(ulong Inode, int Order, ProcessInfo Process, int Fd)>[workerCount] : null;
        var workers = new Worker[workerCount];
        void Run(int w)
        {
            var map = found[w] = new Dictionary<ulong, (int, ProcessInfo)>();
            var all = holders is null ? null : holders[w] = new List<(ulong, int, ProcessInfo, int)>();
            var worker = workers[w] = new Worker(procFd) { Shared = shared };
            worker.RunShared((inode, order, process, fd) =>
            {
                if (!map.TryGetValue(inode, out var existing) || order < existing.Item1)
                    map[inode] = (order, process);
                all?.Add((inode, order, process, fd));
            });
        }
        var threads = new Thread[workerCount - 1];
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
        if (holders is not null)
            foreach (var list in holders)
                foreach (var (inode, order, process, fd) in list)
                    owners.AddHolder(inode, process, order, fd);
        foreach (var worker in workers)
            owners.AccessDenied |= worker.AccessDenied;
        return owners;
    }

    /// <summary>Processes to claim, and slices of big processes' fd lists for any worker to take.</summary>
    private sealed class SharedWork(List<int> pids)
    {
        public readonly List<int> Pids = pids;
        public int NextPid;
        public readonly System.Collections.Concurrent.ConcurrentQueue<Slice> Slices = new();
        public int PendingSlices;
        public int Claiming;
    }

    /// <summary>Part of one process's fd names; the directory is closed by whoever finishes the last slice.</summary>
    private sealed class Slice(BigProcess owner, int start, int count)
    {
        public readonly BigProcess Owner = owner;
        public readonly int Start = start;
        public readonly int Count = count;
    }

    private sealed class BigProcess(int dirFd, int order, ProcessInfo process, int[] fds, int slices)
    {
        public readonly int DirFd = dirFd;
        public readonly int Order = order;
        public readonly ProcessInfo Process = process;
        public readonly int[] Fds = fds;
        public int Remaining = slices;
    }

    /// <summary>The numeric entries of /proc, in directory order (ascending PID); also the namespace scan's walk.</summary>
    internal static List<int> ListProcesses(int procFd)
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
        /// <summary>A process with more fds than this is split into slices for all workers.</summary>
        private const int SliceSize = 2048;

        private readonly byte[] _dents = new byte[32 * 1024];
        private readonly byte[] _link = new byte[64];
        private readonly byte[] _cmdline = new byte[512];

        public bool AccessDenied { get; private set; }

        public SharedWork? Shared { get; init; }

        /// <summary>Takes slices first (they hold open directories), then processes, until both run out.</summary>
        public void RunShared(Action<ulong, int, ProcessInfo, int> add)
        {
            var work = Shared!;
            while (true)
            {
                if (work.Slices.TryDequeue(out var slice))
                {
                    ScanSlice(slice, add);
                    continue;
                }
                // Claiming counts workers inside a process: one of them may be about to split it.
                Interlocked.Increment(ref work.Claiming);
                int i = Interlocked.Increment(ref work.NextPid) - 1;
                if (i < work.Pids.Count)
                {
                    ScanProcess(i, work.Pids[i], add);
                    Interlocked.Decrement(ref work.Claiming);
                    continue;
                }
                Interlocked.Decrement(ref work.Claiming);
                if (Volatile.Read(ref work.PendingSlices) == 0 && Volatile.Read(ref work.Claiming) == 0)
                    return;
                Thread.Yield();
            }
        }

        /// <summary>
        /// Maps the sockets of one process. Without shared work (one thread) or for a process with
        /// few fds it reads them all; otherwise it queues slices of the fd list for every worker.
        /// </summary>
        public void ScanProcess(int order, int pid, Action<ulong, int, ProcessInfo, int> add)
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
            var fds = new List<int>();
            var entries = new DirectoryEntries(fdDir, _dents);
            while (entries.Next(out var fdName))
            {
                if (System.Buffers.Text.Utf8Parser.TryParse(fdName, out int fd, out int used) && used == fdName.Length)
                    fds.Add(fd);
            }
            if (Shared is null || fds.Count <= SliceSize)
            {
                ScanFds(fdDir, fds, 0, fds.Count, pid, path[..pidLength], order, null, add);
                Libc.Close(fdDir);
                return;
            }
            var process = ReadProcess(pid, path[..pidLength]);
            if (process is null)
            {
                Libc.Close(fdDir);
                return;
            }
            int slices = (fds.Count + SliceSize - 1) / SliceSize;
            var big = new BigProcess(fdDir, order, process, fds.ToArray(), slices);
            Interlocked.Add(ref Shared!.PendingSlices, slices);
            for (int start = 0; start < fds.Count; start += SliceSize)
                Shared.Slices.Enqueue(new Slice(big, start, Math.Min(SliceSize, fds.Count - start)));
        }

        private void ScanSlice(Slice slice, Action<ulong, int, ProcessInfo, int> add)
        {
            var big = slice.Owner;
            ScanFds(big.DirFd, big.Fds, slice.Start, slice.Count, big.Process.Pid, default, big.Order, big.Process, add);
            if (Interlocked.Decrement(ref big.Remaining) == 0)
                Libc.Close(big.DirFd);
            Interlocked.Decrement(ref Shared!.PendingSlices);
        }

        private void ScanFds(int fdDir, IReadOnlyList<int> fds, int start, int count, int pid, ReadOnlySpan<byte> pidName, int order, ProcessInfo? process, Action<ulong, int, ProcessInfo, int> add)
        {
            Span<byte> name = stackalloc byte[12];
            for (int i = start; i < start + count; i++)
            {
                System.Buffers.Text.Utf8Formatter.TryFormat(fds[i], name, out int n);
                int length = NativePath.ReadLinkAt(fdDir, name[..n], _link);
                if (length <= 0 || !TryParseSocketInode(_link.AsSpan(0, length), out ulong inode))
                    continue;
                if (process is null)
                {
                    process = ReadProcess(pid, pidName);
                    if (process is null)
                        return;
                }
                add(inode, order, process, fds[i]);
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
