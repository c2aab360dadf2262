namespace NetStat.Kernel;

/// <summary>Where the kernel's files are; tests point it at a directory of captured files.</summary>
public sealed class ProcPaths
{
    /// <summary>The real /proc.</summary>
    public static ProcPaths Default { get; } = new("/proc");

    /// <summary>Creates paths below <paramref name="root"/> (normally /proc).</summary>
    public ProcPaths(string root) => Root = root.TrimEnd('/');

    /// <summary>The procfs mount point.</summary>
    public string Root { get; }

    /// <summary>A file below /proc/net.</summary>
    public string Net(string name) => Root + "/net/" + name;
}
