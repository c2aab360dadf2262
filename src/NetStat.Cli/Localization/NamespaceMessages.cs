using System.Globalization;
using NetStat.Cli.CommandLine;
using NetStat.Kernel;
using NetStat.Query;

namespace NetStat.Cli.Localization;

/// <summary>
/// Why a network namespace could not be opened or entered, in the current language: worded from
/// the failure's kind, file and errno (the library's English message stays the library's), with
/// the same English text as the library in the C locale.
/// </summary>
internal static class NamespaceMessages
{
    /// <summary>The reason opening the namespace that --netns or --netns-pid names failed.</summary>
    public static string Opening(NetworkNamespaceException e, ExtensionSettings ext)
    {
        if (ext.Netns is string name)
        {
            return e.Error switch
            {
                NetworkNamespaceError.InvalidName => Catalog.T("invalid network namespace name '{0}'", name),
                NetworkNamespaceError.NotANamespace => NotANamespace(e),
                NetworkNamespaceError.NotFound => Catalog.T("no such network namespace '{0}'", name),
                _ => Catalog.T("cannot open network namespace '{0}': {1}", name, Catalog.SystemError(e.Errno)),
            };
        }
        string text = ext.NetnsPid ?? "";
        // The library names the process by its number ("007" is process 7).
        string pid = SocketFilterBuilder.TryParsePid(text, out int number) ? number.ToString(CultureInfo.InvariantCulture) : text;
        return e.Error switch
        {
            NetworkNamespaceError.InvalidProcessId => Catalog.T("invalid process ID '{0}'", text),
            NetworkNamespaceError.NotANamespace => NotANamespace(e),
            NetworkNamespaceError.NotFound => Catalog.T("no such process '{0}'", pid),
            _ => Catalog.T("cannot open the network namespace of process {0}: {1}", pid, Catalog.SystemError(e.Errno)),
        };
    }

    /// <summary>The reason entering <paramref name="ns"/> failed.</summary>
    public static string Entering(NetworkNamespaceException e, NetworkNamespace ns)
    {
        // A file at fault is the thread's own namespace, opened to come back to; none, setns itself.
        if (e.Path is not null)
        {
            return e.Error == NetworkNamespaceError.NotFound
                ? Catalog.T("no /proc/thread-self/ns/net")
                : Catalog.T("cannot open this thread's network namespace: {0}", Catalog.SystemError(e.Errno));
        }
        return Catalog.T("cannot enter network namespace {0}: {1}", Describe(ns), Catalog.SystemError(e.Errno));
    }

    /// <summary><see cref="NetworkNamespace.Describe"/> in the current language: "NAME (inode N)", "of PID P (inode N)" or "(inode N)".</summary>
    public static string Describe(NetworkNamespace ns)
    {
        string inode = ns.Inode.ToString(CultureInfo.InvariantCulture);
        if (ns.Name is string name)
            return Catalog.T("{0} (inode {1})", name, inode);
        if (ns.Pid is int pid)
            return Catalog.T("of PID {0} (inode {1})", pid.ToString(CultureInfo.InvariantCulture), inode);
        return Catalog.T("(inode {0})", inode);
    }

    /// <summary>The same failure, its message in the current language (kind, errno and file kept).</summary>
    public static NetworkNamespaceException Reworded(NetworkNamespaceException e, string message) => new(message, e.Error, e.Errno, e.Path);

    private static string NotANamespace(NetworkNamespaceException e) => Catalog.T("'{0}' is not a network namespace", e.Path ?? "");
}
