using System.Runtime.InteropServices;
using NetStat.Kernel;
using NetStat.Tables;

namespace NetStat.Tests.Library;

/// <summary>
/// Runs library calls inside a namespace world from the test process: a dedicated thread joins
/// the world's network namespace (setns is per thread) and reads through /proc/thread-self,
/// whose net/ view is that thread's namespace. The thread ends afterwards, so no pooled thread
/// is ever left in another namespace.
/// </summary>
internal static partial class InNamespace
{
    private const int CLONE_NEWNET = 0x40000000;

    /// <summary>The procfs view of the calling thread's network namespace.</summary>
    public static ProcPaths ThreadProc { get; } = new("/proc/thread-self");

    /// <summary>A socket table of the calling thread's namespace, through netlink as the live /proc would be read.</summary>
    public static SocketTable Sockets(bool netlink = true) =>
        new(new SocketTables(ThreadProc) { UseNetlink = netlink }, ProcessScanner.Default);

    public static T Run<T>(string netns, Func<T> body)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                using (var handle = File.OpenHandle($"/var/run/netns/{netns}"))
                {
                    if (SetNs((int)handle.DangerousGetHandle(), CLONE_NEWNET) != 0)
                        throw new IOException($"setns {netns}: errno {Marshal.GetLastPInvokeError()}");
                }
                result = body();
            }
            catch (Exception e)
            {
                error = e;
            }
        });
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(60)))
            throw new TimeoutException("namespace thread did not finish");
        if (error is not null)
            throw new AggregateException(error);
        return result;
    }

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNs(int fd, int nstype);
}
