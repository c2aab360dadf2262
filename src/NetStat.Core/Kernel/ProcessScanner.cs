using NetStat.Interop;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Maps socket inodes to the processes holding them by walking /proc/PID/fd, as netstat -p does:
/// PIDs in directory order, the first process seen for an inode keeps it.
/// </summary>
public sealed class ProcessScanner(ProcPaths paths)
{
    /// <summary>Scans the running system.</summary>
    public static ProcessScanner Default { get; } = new(ProcPaths.Default);

    /// <summary>Scans every process and returns the inode map.</summary>
    public SocketOwners Scan()
    {
        var owners = new SocketOwners();
        Span<byte> procDents = new byte[32 * 1024];
        Span<byte> fdDents = new byte[32 * 1024];
        Span<byte> link = stackalloc byte[256];
        Span<byte> cmdline = stackalloc byte[512];
        Span<byte> fdPathBuffer = stackalloc byte[64];

        int procFd = NativePath.OpenAt(-100 /* AT_FDCWD */, System.Text.Encoding.UTF8.GetBytes(paths.Root), Libc.O_RDONLY | Libc.O_DIRECTORY, out _);
        if (procFd < 0)
        {
            owners.ProcUnreadable = true;
            return owners;
        }
        try
        {
            var procEntries = new DirectoryEntries(procFd, procDents);
            while (procEntries.Next(out var pidName))
            {
                if (!IsAllDigits(pidName))
                    continue;
                if (pidName.Length > 32)
                    continue;
                var fdPath = fdPathBuffer[..(pidName.Length + 3)];
                pidName.CopyTo(fdPath);
                "/fd"u8.CopyTo(fdPath[pidName.Length..]);
                int fdDir = NativePath.OpenAt(procFd, fdPath, Libc.O_RDONLY | Libc.O_DIRECTORY, out int errno);
                if (fdDir < 0)
                {
                    if (errno == Libc.EACCES)
                        owners.AccessDenied = true;
                    continue;
                }
                try
                {
                    ScanProcess(owners, procFd, pidName, fdDir, fdDents, link, cmdline);
                }
                finally
                {
                    Libc.Close(fdDir);
                }
            }
        }
        finally
        {
            Libc.Close(procFd);
        }
        return owners;
    }

    private static void ScanProcess(SocketOwners owners, int procFd, ReadOnlySpan<byte> pidName, int fdDir, Span<byte> dents, Span<byte> link, Span<byte> cmdline)
    {
        ProcessInfo? process = null;
        var entries = new DirectoryEntries(fdDir, dents);
        while (entries.Next(out var fdName))
        {
            int n = NativePath.ReadLinkAt(fdDir, fdName, link);
            if (n <= 0 || !TryParseSocketInode(link[..n], out ulong inode))
                continue;
            if (process is null)
            {
                process = ReadProcess(procFd, pidName, cmdline);
                if (process is null)
                    return; // gone, or its cmdline unreadable: net-tools skips it too
            }
            owners.Add(inode, process);
        }
    }

    private static ProcessInfo? ReadProcess(int procFd, ReadOnlySpan<byte> pidName, Span<byte> buffer)
    {
        Span<byte> path = stackalloc byte[pidName.Length + 8];
        pidName.CopyTo(path);
        "/cmdline"u8.CopyTo(path[pidName.Length..]);
        int fd = NativePath.OpenAt(procFd, path, Libc.O_RDONLY, out _);
        if (fd < 0)
            return null;
        // net-tools reads 511 bytes once; argv[0] ends at the first NUL.
        int n = NativePath.ReadOnce(fd, buffer[..511]);
        Libc.Close(fd);
        if (n < 0)
            return null;
        var argv0 = buffer[..n];
        int nul = argv0.IndexOf((byte)0);
        if (nul >= 0)
            argv0 = argv0[..nul];
        if (argv0.Length > 0 && argv0[0] == (byte)'/')
            argv0 = argv0[(argv0.LastIndexOf((byte)'/') + 1)..];
        return new ProcessInfo(ParsePid(pidName), argv0.ToArray());
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

    private static bool IsAllDigits(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty)
            return false;
        foreach (byte b in s)
            if (b < '0' || b > '9')
                return false;
        return true;
    }

    private static int ParsePid(ReadOnlySpan<byte> s)
    {
        int v = 0;
        foreach (byte b in s)
            v = v * 10 + (b - '0');
        return v;
    }
}
