using System.Runtime.InteropServices;
using System.Text;
using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>Why a network namespace could not be opened or entered.</summary>
public enum NetworkNamespaceError
{
    /// <summary>No namespace of that name, or no process with that ID.</summary>
    NotFound,
    /// <summary>The caller may not open or enter it (entering needs CAP_SYS_ADMIN).</summary>
    PermissionDenied,
    /// <summary>The file exists but is not a network namespace (for example a stale file in /run/netns).</summary>
    NotANamespace,
    /// <summary>The name cannot be a namespace name (empty, ".", "..", or holding '/').</summary>
    InvalidName,
    /// <summary>The process ID is not a positive number.</summary>
    InvalidProcessId,
    /// <summary>Any other failure; <see cref="NetworkNamespaceException.Errno"/> says which.</summary>
    Failed,
}

/// <summary>A network namespace could not be opened or entered.</summary>
public sealed class NetworkNamespaceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NetworkNamespaceException(string message, NetworkNamespaceError error, int errno) : this(message, error, errno, null)
    {
    }

    /// <summary>Creates the exception, naming the namespace file involved (see <see cref="Path"/>).</summary>
    public NetworkNamespaceException(string message, NetworkNamespaceError error, int errno, string? path) : base(message)
    {
        Error = error;
        Errno = errno;
        Path = path;
    }

    /// <summary>What went wrong.</summary>
    public NetworkNamespaceError Error { get; }

    /// <summary>The errno of the failed call (0 when no call failed).</summary>
    public int Errno { get; }

    /// <summary>
    /// The file that could not be opened or is not a network namespace (/run/netns/NAME,
    /// /proc/PID/ns/net, /proc/thread-self/ns/net); null when no file was at fault: an invalid
    /// name or process ID, or a namespace that was opened but could not be entered (setns).
    /// </summary>
    public string? Path { get; }
}

/// <summary>
/// An open network namespace: one named by <c>ip netns</c> (a file under /run/netns), the one a
/// process lives in (/proc/PID/ns/net), or one of all those found on the system. The object
/// holds a file descriptor, which keeps the namespace alive until it is disposed.
/// <para>
/// <see cref="Run{T}"/> enters it on the calling thread only (setns affects one thread), runs a
/// read and returns to the thread's previous namespace. Everything that depends on the namespace
/// must happen inside the callback and on that thread: netlink and ioctl sockets belong to the
/// namespace of the thread that creates them, and the /proc/net tables are those of the
/// <see cref="ProcPaths"/> the callback receives. Process data (/proc/PID/fd, which -p reads)
/// is not per network namespace and may be read from any thread.
/// </para>
/// </summary>
public sealed class NetworkNamespace : IDisposable
{
    /// <summary>Where <c>ip netns</c> keeps its named namespaces.</summary>
    public const string RunDirectory = "/run/netns";

    /// <summary>The calling thread's own network namespace, which <see cref="Run{T}"/> returns to.</summary>
    private const string OwnThread = "/proc/thread-self/ns/net";

    private const int EPERM = 1;
    private const int ESRCH = 3;

    private int _fd;

    private NetworkNamespace(int fd, ulong inode, IReadOnlyList<string> names, int? pid)
    {
        _fd = fd;
        Inode = inode;
        Names = names;
        Pid = pid;
    }

    /// <summary>The namespace's inode number (what <c>ls -iL /proc/PID/ns/net</c> shows); identifies it on this system.</summary>
    public ulong Inode { get; }

    /// <summary>
    /// Its names under /run/netns, in ordinal order; empty when it has none. Opened by name
    /// (<see cref="OpenByName"/>), just that name.
    /// </summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Its first name under /run/netns (the name it was opened by, for <see cref="OpenByName"/>), or null.</summary>
    public string? Name => Names.Count > 0 ? Names[0] : null;

    /// <summary>
    /// A process in the namespace: the one it was opened by, or when enumerated the lowest PID
    /// found using it; null when no process was seen in it (a named namespace nothing runs in).
    /// </summary>
    public int? Pid { get; }

    /// <summary>Opens the namespace that <c>ip netns</c> calls <paramref name="name"/> (a file in <paramref name="runDirectory"/>).</summary>
    /// <exception cref="NetworkNamespaceException">There is no such namespace, or it cannot be opened.</exception>
    public static NetworkNamespace OpenByName(string name, string runDirectory = RunDirectory)
    {
        // iproute2's rules: a name is one path component.
        if (name.Length == 0 || name == "." || name == ".." || name.Contains('/') || name.Contains('\0') || Encoding.UTF8.GetByteCount(name) > 255)
            throw new NetworkNamespaceException($"invalid network namespace name '{name}'", NetworkNamespaceError.InvalidName, 0);
        string path = runDirectory.TrimEnd('/') + "/" + name;
        int fd = NativePath.OpenReadOnly(path, out int errno);
        if (fd < 0)
            throw OpenFailed(errno, path, $"no such network namespace '{name}'", $"network namespace '{name}'");
        ulong inode = InodeOfFd(fd);
        if (inode == 0)
        {
            Libc.Close(fd);
            throw new NetworkNamespaceException($"'{path}' is not a network namespace", NetworkNamespaceError.NotANamespace, 0, path);
        }
        // Named as asked: the file was opened directly, without listing the directory for other names of it.
        return new NetworkNamespace(fd, inode, [name], null);
    }

    /// <summary>Opens the network namespace process <paramref name="pid"/> lives in.</summary>
    /// <exception cref="NetworkNamespaceException">No such process, or its namespace cannot be opened.</exception>
    public static NetworkNamespace OpenByPid(int pid, ProcPaths? proc = null, string runDirectory = RunDirectory)
    {
        if (pid <= 0)
            throw new NetworkNamespaceException($"invalid process ID '{pid}'", NetworkNamespaceError.InvalidProcessId, 0);
        string path = $"{(proc ?? ProcPaths.Default).Root}/{pid}/ns/net";
        int fd = NativePath.OpenReadOnly(path, out int errno);
        if (fd < 0)
            throw OpenFailed(errno, path, $"no such process '{pid}'", $"the network namespace of process {pid}");
        ulong inode = InodeOfFd(fd);
        if (inode == 0)
        {
            Libc.Close(fd);
            throw new NetworkNamespaceException($"'{path}' is not a network namespace", NetworkNamespaceError.NotANamespace, 0, path);
        }
        return new NetworkNamespace(fd, inode, NamesOf(inode, runDirectory), pid);
    }

    /// <summary>Opens the calling thread's own network namespace.</summary>
    /// <exception cref="NetworkNamespaceException">It cannot be opened (no /proc).</exception>
    public static NetworkNamespace OpenCurrent()
    {
        int fd = NativePath.OpenReadOnly(OwnThread, out int errno);
        if (fd < 0)
            throw OpenFailed(errno, OwnThread, "no /proc/thread-self/ns/net", "this thread's network namespace");
        return new NetworkNamespace(fd, InodeOfFd(fd), [], Environment.ProcessId);
    }

    /// <summary>
    /// Every distinct network namespace this caller can see: the named ones under
    /// <paramref name="runDirectory"/> and those of the processes under /proc (by their main
    /// thread), each once however many names and processes share it. Named namespaces come
    /// first in name order, then the others by their lowest PID. Without root, other users'
    /// processes are not visible and their namespaces are missing.
    /// </summary>
    public static IReadOnlyList<NetworkNamespace> EnumerateAll(ProcPaths? proc = null, string runDirectory = RunDirectory)
    {
        var found = new Dictionary<ulong, Builder>();
        try
        {
            foreach (var (name, path) in ListNamed(runDirectory))
            {
                int fd = NativePath.OpenReadOnly(path, out _);
                if (fd < 0)
                    continue;
                ulong inode = InodeOfFd(fd);
                if (inode == 0)
                {
                    Libc.Close(fd); // a stale file, not a namespace
                    continue;
                }
                if (found.TryGetValue(inode, out var known))
                {
                    Libc.Close(fd);
                    known.Names.Add(name);
                    continue;
                }
                found[inode] = new Builder { Fd = fd, Names = { name } };
            }
            ScanProcesses(proc ?? ProcPaths.Default, found);
        }
        catch
        {
            foreach (var b in found.Values)
                if (b.Fd >= 0)
                    Libc.Close(b.Fd);
            throw;
        }
        var result = new List<NetworkNamespace>(found.Count);
        foreach (var (inode, b) in found)
        {
            if (b.Fd < 0)
                continue; // seen, but every process in it was gone before it could be opened
            b.Names.Sort(StringComparer.Ordinal);
            result.Add(new NetworkNamespace(b.Fd, inode, b.Names, b.Pid == int.MaxValue ? null : b.Pid));
        }
        result.Sort(static (a, b) =>
        {
            if (a.Name is not null || b.Name is not null)
                return a.Name is null ? 1 : b.Name is null ? -1 : StringComparer.Ordinal.Compare(a.Name, b.Name);
            return (a.Pid ?? int.MaxValue).CompareTo(b.Pid ?? int.MaxValue);
        });
        return result;
    }

    /// <summary>The inode of the calling thread's network namespace (0 if /proc cannot tell).</summary>
    public static ulong CurrentInode()
    {
        Span<byte> target = stackalloc byte[64];
        int n = NativePath.ReadLinkAt(NativePath.CurrentDirectory, "/proc/thread-self/ns/net"u8, target);
        return n > 0 ? ParseNetLink(target[..n]) : 0;
    }

    /// <summary>
    /// Enters the namespace on the calling thread, runs <paramref name="read"/> and returns the
    /// thread to the namespace it was in. <paramref name="read"/> receives the /proc paths
    /// that show this namespace's network tables to the calling thread: the plain /proc/net on
    /// the process's main thread (as net-tools names its files), /proc/thread-self/net on
    /// any other. When the thread already is in the namespace, nothing is entered (so a caller
    /// without CAP_SYS_ADMIN can still read its own).
    /// </summary>
    /// <exception cref="NetworkNamespaceException">The namespace cannot be entered.</exception>
    /// <exception cref="ObjectDisposedException">The namespace was disposed.</exception>
    public T Run<T>(Func<ProcPaths, T> read)
    {
        ObjectDisposedException.ThrowIf(_fd < 0, this);
        var paths = Libc.GetTid() == Environment.ProcessId ? ProcPaths.Default : ProcPaths.CallingThread;
        int back = NativePath.OpenReadOnly(OwnThread, out int errno);
        if (back < 0)
            throw OpenFailed(errno, OwnThread, "no /proc/thread-self/ns/net", "this thread's network namespace");
        try
        {
            if (InodeOfFd(back) == Inode)
                return read(paths);
            if (Libc.SetNs(_fd, Libc.CLONE_NEWNET) != 0)
            {
                errno = Marshal.GetLastPInvokeError();
                throw new NetworkNamespaceException($"cannot enter network namespace {Describe()}: {StrError(errno)}",
                    errno is EPERM or Libc.EACCES ? NetworkNamespaceError.PermissionDenied : NetworkNamespaceError.Failed, errno);
            }
            try
            {
                return read(paths);
            }
            finally
            {
                // Returning to a namespace the thread was just in cannot fail for lack of
                // rights; if it fails anyway, the thread must not go on reading the wrong one.
                if (Libc.SetNs(back, Libc.CLONE_NEWNET) != 0)
                    Environment.FailFast("netstat: cannot return to the original network namespace");
            }
        }
        finally
        {
            Libc.Close(back);
        }
    }

    /// <summary>"NAME (inode N)", or "of PID P (inode N)", or "(inode N)": how messages name it.</summary>
    public string Describe() =>
        Name is not null ? $"{Name} (inode {Inode})" : Pid is int pid ? $"of PID {pid} (inode {Inode})" : $"(inode {Inode})";

    /// <summary>Closes the descriptor that holds the namespace.</summary>
    public void Dispose()
    {
        if (_fd >= 0)
        {
            Libc.Close(_fd);
            _fd = -1;
        }
    }

    private sealed class Builder
    {
        public int Fd = -1;
        public int Pid = int.MaxValue;
        public List<string> Names { get; } = [];
    }

    private static List<(string Name, string Path)> ListNamed(string runDirectory)
    {
        var named = new List<(string, string)>();
        string[] files;
        try
        {
            files = Directory.GetFiles(runDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return named;
        }
        foreach (var path in files)
            named.Add((Path.GetFileName(path), path));
        named.Sort((a, b) => StringComparer.Ordinal.Compare(a.Item1, b.Item1));
        return named;
    }

    private static List<string> NamesOf(ulong inode, string runDirectory)
    {
        var names = new List<string>();
        foreach (var (name, path) in ListNamed(runDirectory))
        {
            int fd = NativePath.OpenReadOnly(path, out _);
            if (fd < 0)
                continue;
            if (InodeOfFd(fd) == inode)
                names.Add(name);
            Libc.Close(fd);
        }
        return names;
    }

    private static void ScanProcesses(ProcPaths proc, Dictionary<ulong, Builder> found)
    {
        int procFd = NativePath.OpenAt(NativePath.CurrentDirectory, Encoding.UTF8.GetBytes(proc.Root), Libc.O_RDONLY | Libc.O_DIRECTORY, out _);
        if (procFd < 0)
            return;
        try
        {
            Span<byte> path = stackalloc byte[32];
            Span<byte> target = stackalloc byte[64];
            foreach (int pid in ProcessScanner.ListProcesses(procFd))
            {
                pid.TryFormat(path, out int digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                "/ns/net"u8.CopyTo(path[digits..]);
                var nsPath = path[..(digits + 7)];
                int n = NativePath.ReadLinkAt(procFd, nsPath, target);
                ulong inode = n > 0 ? ParseNetLink(target[..n]) : 0;
                if (inode == 0)
                    continue; // gone, or not ours to see
                if (!found.TryGetValue(inode, out var b))
                    found[inode] = b = new Builder();
                if (b.Fd < 0)
                {
                    int fd = NativePath.OpenAt(procFd, nsPath, Libc.O_RDONLY, out _);
                    if (fd >= 0 && InodeOfFd(fd) != inode)
                    {
                        Libc.Close(fd); // the PID was reused in between
                        continue;
                    }
                    b.Fd = fd;
                    if (fd < 0)
                        continue;
                }
                if (pid < b.Pid)
                    b.Pid = pid;
            }
        }
        finally
        {
            Libc.Close(procFd);
        }
    }

    /// <summary>NS_GET_NSTYPE (linux/nsfs.h): which kind of namespace an nsfs descriptor is.</summary>
    private const uint NsGetNsType = 0xb703;

    /// <summary>The namespace inode of an open descriptor; 0 when it is not a network namespace.</summary>
    private static unsafe ulong InodeOfFd(int fd)
    {
        // A stale file in /run/netns (its bind mount gone) opens fine but is no namespace.
        if (Libc.Ioctl(fd, NsGetNsType, null) != Libc.CLONE_NEWNET)
            return 0;
        byte* buffer = stackalloc byte[Libc.StatxSize];
        byte empty = 0;
        if (Libc.Statx(fd, &empty, Libc.AT_EMPTY_PATH, Libc.STATX_INO, buffer) != 0)
            return 0;
        return *(ulong*)(buffer + Libc.StatxInoOffset);
    }

    private static ulong ParseNetLink(ReadOnlySpan<byte> link)
    {
        if (!link.StartsWith("net:["u8) || link.Length < 7 || link[^1] != ']')
            return 0;
        var digits = link[5..^1];
        return Parsing.DecimalDigits.IsDigits(digits) && ulong.TryParse(digits, out ulong inode) ? inode : 0;
    }

    private static NetworkNamespaceException OpenFailed(int errno, string path, string notFound, string what) => errno switch
    {
        Libc.ENOENT or ESRCH => new(notFound, NetworkNamespaceError.NotFound, errno, path),
        Libc.EACCES or EPERM => new($"cannot open {what}: {StrError(errno)}", NetworkNamespaceError.PermissionDenied, errno, path),
        Libc.ENOTDIR => new(notFound, NetworkNamespaceError.NotFound, errno, path),
        _ => new($"cannot open {what}: {StrError(errno)}", NetworkNamespaceError.Failed, errno, path),
    };

    /// <summary>The C library's text for an errno (strerror), as every other message of ours.</summary>
    private static string StrError(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
