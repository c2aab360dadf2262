using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Kernel;
using NetStat.Records;
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

    /// <summary>The command line words the library's failures itself (to translate them): in English, exactly as the library.</summary>
    [SkippableFact]
    public void CommandLineWordsFailuresAsTheLibraryDoes()
    {
        fixture.SkipIfUnavailable();
        string stale = $"/run/netns/nst-libstale-{Environment.ProcessId}", loop = $"/run/netns/nst-libloop-{Environment.ProcessId}";
        File.WriteAllText(stale, "");
        File.CreateSymbolicLink(loop, loop);
        try
        {
            foreach (var name in new[] { "nst-no-such-namespace", "a/b", "", "..", Path.GetFileName(stale), Path.GetFileName(loop) })
            {
                var e = Assert.Throws<NetworkNamespaceException>(() => NetworkNamespace.OpenByName(name));
                Assert.Equal(e.Message, NamespaceMessages.Opening(e, new ExtensionSettings { Netns = name }));
            }
            var byPid = Assert.Throws<NetworkNamespaceException>(() => NetworkNamespace.OpenByPid(int.MaxValue));
            Assert.Equal(byPid.Message, NamespaceMessages.Opening(byPid, new ExtensionSettings { NetnsPid = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            var zero = Assert.Throws<NetworkNamespaceException>(() => NetworkNamespace.OpenByPid(0));
            Assert.Equal(zero.Message, NamespaceMessages.Opening(zero, new ExtensionSettings { NetnsPid = "0" }));
            using var ns = NetworkNamespace.OpenByName(fixture.A.Name);
            Assert.Equal(ns.Describe(), NamespaceMessages.Describe(ns));
            using var own = NetworkNamespace.OpenCurrent();
            Assert.Equal(own.Describe(), NamespaceMessages.Describe(own));
        }
        finally
        {
            File.Delete(stale);
            File.Delete(loop);
        }
    }

    private static (NetworkNamespaceError, string?) Failure(Func<NetworkNamespace> open)
    {
        var e = Assert.Throws<NetworkNamespaceException>(open);
        return (e.Error, e.Path);
    }
}
