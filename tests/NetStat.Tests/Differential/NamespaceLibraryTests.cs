using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Kernel;
using NetStat.Records;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// The library's namespace API used from the test host, whose test threads are not the
/// process's main thread: /proc/net there would show the main thread's namespace, so the
/// reads must go through /proc/thread-self/net, and netlink sockets must be opened inside.
/// </summary>
public sealed class NamespaceLibraryTests(NamespacePairWorld fixture) : IClassFixture<NamespacePairWorld>
{
    private static List<ushort> ListenerPorts(SocketTables tables, bool netlink)
    {
        var ports = new List<ushort>();
        var t = new SocketTables(tables.Proc) { UseNetlink = netlink };
        using var cursor = t.OpenInet(SocketProtocol.Tcp, AddressFamily.InterNetwork, InetTableQuery.All, out int errno);
        Assert.NotNull(cursor);
        while (cursor.Next(out var s) == ReadOutcome.Row)
            if (s.IsServer)
                ports.Add(s.LocalPort);
        return ports;
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadsInsideFromAnyThreadAndComesBack(bool netlink)
    {
        fixture.SkipIfUnavailable();
        ulong home = NetworkNamespace.CurrentInode();
        using var a = NetworkNamespace.OpenByName(fixture.A.Name);
        using var b = NetworkNamespace.OpenByPid(NamespacePairWorld.PidIn(fixture.B));
        Assert.Equal(NamespacePairWorld.InodeOf($"/run/netns/{fixture.A.Name}"), a.Inode);
        Assert.Equal(fixture.B.Name, b.Name);

        // On a thread of its own too: setns affects only the calling thread.
        var fromA = Task.Run(() => a.Run(paths => ListenerPorts(new SocketTables(paths), netlink))).Result;
        var fromB = b.Run(paths => ListenerPorts(new SocketTables(paths), netlink));
        Assert.Contains((ushort)7100, fromA);
        Assert.DoesNotContain((ushort)7200, fromA);
        Assert.Contains((ushort)7200, fromB);
        Assert.DoesNotContain((ushort)7100, fromB);
        Assert.Equal(home, NetworkNamespace.CurrentInode());
    }

    [SkippableFact]
    public void EnumeratesEachNamespaceOnceWithItsNameAndAProcess()
    {
        fixture.SkipIfUnavailable();
        var all = NetworkNamespace.EnumerateAll();
        try
        {
            Assert.Equal(all.Count, all.Select(n => n.Inode).Distinct().Count());
            foreach (var world in new[] { fixture.A, fixture.B })
            {
                var ns = Assert.Single(all, n => n.Names.Contains(world.Name));
                Assert.Equal(NamespacePairWorld.InodeOf($"/run/netns/{world.Name}"), ns.Inode);
                Assert.Equal(NamespacePairWorld.PidIn(world), ns.Pid);
            }
            Assert.Contains(all, n => n.Inode == NetworkNamespace.CurrentInode());
        }
        finally
        {
            foreach (var ns in all)
                ns.Dispose();
        }
    }

    [SkippableFact]
    public void ErrorsSayWhatWentWrong()
    {
        fixture.SkipIfUnavailable();
        // The kind, and the file at fault when there is one (none for a name or PID that cannot be one).
        Assert.Equal((NetworkNamespaceError.NotFound, "/run/netns/nst-no-such-namespace"),
            Failure(() => NetworkNamespace.OpenByName("nst-no-such-namespace")));
        Assert.Equal((NetworkNamespaceError.InvalidName, null),
            Failure(() => NetworkNamespace.OpenByName("a/b")));
        Assert.Equal((NetworkNamespaceError.InvalidProcessId, null),
            Failure(() => NetworkNamespace.OpenByPid(0)));
        Assert.Equal((NetworkNamespaceError.NotFound, "/proc/2147483647/ns/net"),
            Failure(() => NetworkNamespace.OpenByPid(int.MaxValue)));
        var ns = NetworkNamespace.OpenByName(fixture.A.Name);
        ns.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ns.Run(_ => 0));
    }

    /// <summary>The C library's text for an errno, asked of Python by the errno's name (not of our interop).</summary>
    private static string StrError(string errnoName) =>
        ProcessRunner.Run("/usr/bin/python3", ["-c", $"import errno, os; print(os.strerror(errno.{errnoName}))"]).StdoutText.TrimEnd('\n');

    /// <summary>
    /// The library's messages, and the command line's own wording of the same failures (it words
    /// them itself to translate them), in English are README's ("Network namespaces"): its formats,
    /// with the errno text from the C library and the inode from stat.
    /// </summary>
    [SkippableFact]
    public void FailuresAreWordedAsTheReadmeSays()
    {
        fixture.SkipIfUnavailable();
        string stale = $"nst-libstale-{Environment.ProcessId}", loop = $"nst-libloop-{Environment.ProcessId}";
        File.WriteAllText($"/run/netns/{stale}", "");
        File.CreateSymbolicLink($"/run/netns/{loop}", $"/run/netns/{loop}");
        try
        {
            string eloop = StrError("ELOOP");
            (string Name, string Message)[] byName =
            [
                ("nst-no-such-namespace", "no such network namespace 'nst-no-such-namespace'"),
                ("a/b", "invalid network namespace name 'a/b'"),
                ("", "invalid network namespace name ''"),
                ("..", "invalid network namespace name '..'"),
                (stale, $"'/run/netns/{stale}' is not a network namespace"),
                (loop, $"cannot open network namespace '{loop}': {eloop}"),
            ];
            foreach (var (name, message) in byName)
            {
                var e = Assert.Throws<NetworkNamespaceException>(() => NetworkNamespace.OpenByName(name));
                Assert.Equal(message, e.Message);
                Assert.Equal(message, NamespaceMessages.Opening(e, new ExtensionSettings { Netns = name }));
            }
            (int Pid, string Message)[] byPid = [(int.MaxValue, "no such process '2147483647'"), (0, "invalid process ID '0'")];
            foreach (var (pid, message) in byPid)
            {
                var e = Assert.Throws<NetworkNamespaceException>(() => NetworkNamespace.OpenByPid(pid));
                Assert.Equal(message, e.Message);
                Assert.Equal(message, NamespaceMessages.Opening(e, new ExtensionSettings { NetnsPid = pid.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            }
            // "web (inode 4026532385)" and "of PID 2 (inode 4026531833)".
            using var ns = NetworkNamespace.OpenByName(fixture.A.Name);
            string named = $"{fixture.A.Name} (inode {NamespacePairWorld.InodeOf($"/run/netns/{fixture.A.Name}")})";
            Assert.Equal(named, ns.Describe());
            Assert.Equal(named, NamespaceMessages.Describe(ns));
            using var own = NetworkNamespace.OpenCurrent();
            string ofPid = $"of PID {Environment.ProcessId} (inode {NamespacePairWorld.InodeOf("/proc/self/ns/net")})";
            Assert.Equal(ofPid, own.Describe());
            Assert.Equal(ofPid, NamespaceMessages.Describe(own));
        }
        finally
        {
            File.Delete($"/run/netns/{stale}");
            File.Delete($"/run/netns/{loop}");
        }
    }

    private static (NetworkNamespaceError, string?) Failure(Func<NetworkNamespace> open)
    {
        var e = Assert.Throws<NetworkNamespaceException>(open);
        return (e.Error, e.Path);
    }
}
