namespace NetStat.Kernel;

/// <summary>Where the kernel's files are; tests point it at a directory of captured files.</summary>
public sealed class ProcPaths
{
    /// <summary>The real /proc.</summary>
    public static ProcPaths Default { get; } = new("/proc");

    /// <summary>
    /// The real /proc, with the network tables of the calling thread's network namespace:
    /// /proc/net is /proc/self/net, which follows the thread group leader, while a thread that
    /// entered another namespace sees its own through /proc/thread-self/net.
    /// </summary>
    public static ProcPaths CallingThread { get; } = new("/proc", "/proc/thread-self/net");

    /// <summary>Creates paths below <paramref name="root"/> (normally /proc).</summary>
    public ProcPaths(string root) : this(root, root.TrimEnd('/') + "/net")
    {
    }

    /// <summary>Creates paths below <paramref name="root"/>, with the network tables in <paramref name="netDirectory"/>.</summary>
    public ProcPaths(string root, string netDirectory)
    {
        Root = root.TrimEnd('/');
        NetDirectory = netDirectory.TrimEnd('/');
    }

    /// <summary>The procfs mount point.</summary>
    public string Root { get; }

    /// <summary>The directory of the network tables (normally /proc/net).</summary>
    public string NetDirectory { get; }

    /// <summary>A file below /proc/net.</summary>
    public string Net(string name) => NetDirectory + "/" + name;
}
