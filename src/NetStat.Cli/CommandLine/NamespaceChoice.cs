using NetStat.Cli.Localization;
using NetStat.Kernel;
using NetStat.Query;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// --netns, --netns-pid and --all-netns as every mode reads them (the listings and the metrics):
/// one rule for combining them, one for a PID, the same messages.
/// </summary>
internal static class NamespaceChoice
{
    /// <summary>The message when more than one of them was given (in the current language).</summary>
    public static string Conflict => Localization.Catalog.T("netstat: --netns, --netns-pid and --all-netns cannot be combined");

    /// <summary>How many of the three options were given.</summary>
    public static int Count(ExtensionSettings ext) =>
        (ext.Netns is not null ? 1 : 0) + (ext.NetnsPid is not null ? 1 : 0) + (ext.AllNetns ? 1 : 0);

    /// <summary>"--netns" or "--netns-pid": the option that named the one namespace.</summary>
    public static string OptionOf(ExtensionSettings ext) => ext.Netns is not null ? "--netns" : "--netns-pid";

    /// <summary>Opens the namespace --netns or --netns-pid names.</summary>
    /// <exception cref="NetworkNamespaceException">No such namespace or process, a bad PID, or no right to open it (the message in the current language).</exception>
    public static NetworkNamespace Open(ExtensionSettings ext)
    {
        try
        {
            return ext.Netns is not null ? NetworkNamespace.OpenByName(ext.Netns) : NetworkNamespace.OpenByPid(ParsePid(ext.NetnsPid!));
        }
        catch (NetworkNamespaceException e)
        {
            throw NamespaceMessages.Reworded(e, NamespaceMessages.Opening(e, ext));
        }
    }

    /// <summary><see cref="NetworkNamespace.Run{T}"/>, a failure to enter worded in the current language.</summary>
    /// <exception cref="NetworkNamespaceException">The namespace cannot be entered.</exception>
    public static T Run<T>(NetworkNamespace ns, Func<ProcPaths, T> read)
    {
        bool entered = false;
        try
        {
            return ns.Run(paths =>
            {
                entered = true;
                return read(paths);
            });
        }
        catch (NetworkNamespaceException e) when (!entered)
        {
            throw NamespaceMessages.Reworded(e, NamespaceMessages.Entering(e, ns));
        }
    }

    /// <summary>A PID as --netns-pid takes it: the rule of --pid.</summary>
    private static int ParsePid(string text)
    {
        if (!SocketFilterBuilder.TryParsePid(text, out int pid))
            throw new NetworkNamespaceException($"invalid process ID '{text}'", NetworkNamespaceError.InvalidProcessId, 0);
        return pid;
    }
}
