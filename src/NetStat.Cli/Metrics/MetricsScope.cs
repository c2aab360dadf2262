using NetStat.Cli.CommandLine;
using NetStat.Cli.Rendering;
using NetStat.Kernel;

namespace NetStat.Cli.Metrics;

/// <summary>
/// The network namespaces a metrics snapshot reads: the caller's own; the one --netns or
/// --netns-pid names, opened again for every snapshot (a long-running serve follows a name
/// whose namespace is deleted and made again); or with --all-netns every namespace found at
/// that snapshot, so namespaces made later appear and gone ones leave.
/// </summary>
internal sealed class MetricsScope
{
    private readonly Func<NetworkNamespace>? _open;

    private MetricsScope(string? option, Func<NetworkNamespace>? open, bool all)
    {
        Option = option;
        _open = open;
        All = all;
    }

    /// <summary>The caller's own namespace, as without any namespace option.</summary>
    public static MetricsScope Caller { get; } = new(null, null, false);

    /// <summary>--all-netns: every namespace found.</summary>
    public static MetricsScope Every { get; } = new("--all-netns", null, true);

    /// <summary>The one namespace <paramref name="open"/> opens, chosen by <paramref name="option"/>.</summary>
    public static MetricsScope One(string option, Func<NetworkNamespace> open) => new(option, open, false);

    /// <summary>The option that chose the namespaces (messages name it), or null for the caller's own.</summary>
    public string? Option { get; }

    /// <summary>Whether a snapshot reads every namespace (each series then needs its netns label).</summary>
    public bool All { get; }

    /// <summary>Whether a namespace was chosen at all (the per-socket series then carry its netns label).</summary>
    public bool Labeled => Option is not null;

    /// <summary>
    /// Runs <paramref name="read"/> once per namespace, inside it, with the /proc paths that show
    /// its tables (<paramref name="proc"/> itself when that is not the live /proc: captured files)
    /// and its netns label: its name under /run/netns, else "inode:N", as JSON's "netns" field;
    /// null for the caller's own namespace.
    /// <para>
    /// With --all-netns and <paramref name="outcome"/> given, each namespace stands alone: one that
    /// cannot be entered or whose tables fail (IOException) is reported false and the others
    /// are still read (<paramref name="read"/> must then write nothing before it has read
    /// everything); a name under /run/netns with no namespace behind it (a stale file, a dangling
    /// link: <c>ip netns list</c> still shows it) is reported false too. Otherwise the first
    /// failure is thrown.
    /// </para>
    /// </summary>
    /// <exception cref="NetworkNamespaceException">A namespace cannot be opened or entered.</exception>
    public void ForEach(ProcPaths proc, Action<ProcPaths, string?> read, Action<string, bool>? outcome = null)
    {
        if (Option is null)
        {
            read(proc, null);
            return;
        }
        var namespaces = All ? NetworkNamespace.EnumerateAll() : [_open!()];
        bool alone = All && outcome is not null;
        try
        {
            foreach (var ns in namespaces)
            {
                string label = NamespaceLabel.Of(ns).JsonText;
                try
                {
                    NamespaceChoice.Run(ns, paths =>
                    {
                        read(proc == ProcPaths.Default ? paths : proc, label);
                        return 0;
                    });
                }
                catch (Exception e) when (alone && e is NetworkNamespaceException or IOException)
                {
                    outcome!(label, false);
                    continue;
                }
                if (alone)
                    outcome!(label, true);
            }
            if (alone)
                foreach (var name in Unusable(namespaces))
                    outcome!(name, false);
        }
        finally
        {
            foreach (var ns in namespaces)
                ns.Dispose();
        }
    }

    /// <summary>The names under /run/netns that no namespace of <paramref name="found"/> has and that cannot be opened as one.</summary>
    private static List<string> Unusable(IReadOnlyList<NetworkNamespace> found)
    {
        var unusable = new List<string>();
        string[] files;
        try
        {
            files = Directory.GetFiles(NetworkNamespace.RunDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return unusable;
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ns in found)
            named.UnionWith(ns.Names);
        foreach (var path in files)
        {
            string name = Path.GetFileName(path);
            if (named.Contains(name))
                continue;
            try
            {
                // It opens: a namespace named since the enumeration, which the next snapshot reads.
                NetworkNamespace.OpenByName(name).Dispose();
            }
            catch (NetworkNamespaceException)
            {
                unusable.Add(name);
            }
        }
        return unusable;
    }

    /// <summary>
    /// Opens and enters every namespace once, reading nothing: a namespace that does not exist or
    /// may not be entered is one error line at start-up, not a failure of every later snapshot.
    /// Null when all is well, else the message.
    /// </summary>
    public string? Check()
    {
        try
        {
            ForEach(ProcPaths.Default, static (_, _) => { });
            return null;
        }
        catch (NetworkNamespaceException e)
        {
            return $"netstat: {Option}: {e.Message}";
        }
    }
}
