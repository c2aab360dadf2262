using NetStat.Tests.Differential;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>
/// Two named namespaces with different listeners (A: <see cref="CountA"/> held by a program named
/// "mns-a", B: <see cref="CountB"/> held by "mns-b") and, in each, nsholder.py's connection, UDP
/// and UNIX sockets, for the metrics' --all-netns, --netns and --netns-pid.
/// </summary>
public sealed class MetricsNamespaceWorlds : IDisposable
{
    public const int CountA = 3;
    public const int CountB = 5;

    public NetnsWorld A { get; }
    public NetnsWorld B { get; }
    public string? SkipReason { get; } = Requirements.MissingForNamespaces;

    public MetricsNamespaceWorlds()
    {
        if (SkipReason is not null)
        {
            A = B = null!;
            return;
        }
        A = new NetnsWorld();
        B = new NetnsWorld();
        try
        {
            string listeners = Repo.Fixture("worlds", "listeners.py");
            string holder = Repo.Fixture("worlds", "nsholder.py");
            A.Spawn($"exec /usr/bin/python3 {listeners} {CountA} 22100 mns-a");
            B.Spawn($"exec /usr/bin/python3 {listeners} {CountB} 22200 mns-b");
            A.Spawn($"exec /usr/bin/python3 {holder} 7300");
            B.Spawn($"exec /usr/bin/python3 {holder} 7400");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void SkipIfUnavailable() => Skip.If(SkipReason is not null, SkipReason);

    public void Dispose()
    {
        if (SkipReason is not null)
            return;
        A?.Dispose();
        B?.Dispose();
    }
}

/// <summary>
/// The metrics per network namespace: each world's series under its netns label equal what
/// net-tools lists inside that world, and --netns X gives X's series.
/// </summary>
public sealed class MetricsNamespaceTests(MetricsNamespaceWorlds fixture) : IClassFixture<MetricsNamespaceWorlds>
{
    /// <summary>
    /// No cardinality cap for these runs: --all-netns sees every namespace of the machine, and a
    /// world of another test class running alongside (thousands of listeners) would otherwise push
    /// these worlds' series out of the kept top 1,000. The cap has tests of its own.
    /// </summary>
    private const string NoCap = "1000000000";

    /// <summary>Ours, run from this (the caller's) namespace.</summary>
    private static RunResult Ours(params string[] args) =>
        ProcessRunner.Run(Repo.OurNetstat, args, TimeSpan.FromSeconds(120), env: new Dictionary<string, string> { ["NETSTAT_METRICS_MAX_SERIES"] = NoCap });

    private static Dictionary<string, Family> Metrics(params string[] args)
    {
        var r = Ours(args);
        Assert.True(r.ExitCode == 0, r.StderrText);
        Assert.Equal("", r.StderrText);
        return Exposition.Parse(r.StdoutText);
    }

    /// <summary>The listeners of net-tools' -tlnp inside <paramref name="world"/>: "proto address port program" each.</summary>
    private static List<string> NetToolsListeners(NetnsWorld world)
    {
        var run = world.Run(Repo.ReferenceNetstat, ["-tlnp"]);
        Assert.Equal(0, run.ExitCode);
        var rows = new List<string>();
        foreach (var line in run.StdoutText.Split('\n'))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 7 || f[0] is not ("tcp" or "tcp6"))
                continue;
            int colon = f[3].LastIndexOf(':');
            string program = f[^1] == "-" ? "-" : f[^1][(f[^1].IndexOf('/') + 1)..];
            rows.Add($"{f[0]} {f[3][..colon]} {f[3][(colon + 1)..]} {program}");
        }
        return rows;
    }

    /// <summary>netstat_listener_info's TCP listeners of one namespace, in the same form, each as often as its value counts.</summary>
    private static List<string> Listeners(Dictionary<string, Family> metrics, string netns) =>
        [.. metrics["netstat_listener_info"].Samples
            .Where(s => s["netns"] == netns && s["proto"] is "tcp" or "tcp6")
            .SelectMany(s => Enumerable.Repeat($"{s["proto"]} {s["address"]} {s["port"]} {s["program"]}", (int)s.Value))];

    [SkippableFact]
    public void AllNetnsHasEachWorldsListenersUnderItsName()
    {
        fixture.SkipIfUnavailable();
        var metrics = Metrics("--prometheus", "--all-netns");
        foreach (var (world, program, count) in new[] { (fixture.A, "mns-a", MetricsNamespaceWorlds.CountA), (fixture.B, "mns-b", MetricsNamespaceWorlds.CountB) })
        {
            var expected = NetToolsListeners(world);
            Assert.Equal(count, expected.Count(r => r.EndsWith(" " + program, StringComparison.Ordinal)));
            Assert.Equal(expected.Order(StringComparer.Ordinal), Listeners(metrics, world.Name).Order(StringComparer.Ordinal));
            Assert.Equal(count, Exposition.Sum(metrics, "netstat_listener_info", ("netns", world.Name), ("program", program)));
            // node_exporter's families too, once per namespace: TCP sockets per state as net-tools lists them.
            Assert.Equal(expected.Count, Exposition.Sum(metrics, "node_tcp_connection_states", ("netns", world.Name), ("state", "listen")));
            Assert.Single(metrics["node_netstat_Tcp_ActiveOpens"].Samples, s => s["netns"] == world.Name);
            Assert.Single(metrics["node_sockstat_TCP_inuse"].Samples, s => s["netns"] == world.Name);
        }
        // No world's program under the other's name.
        Assert.Equal(0, Exposition.Sum(metrics, "netstat_listener_info", ("netns", fixture.A.Name), ("program", "mns-b")));
        Assert.Equal(0, Exposition.Sum(metrics, "netstat_listener_info", ("netns", fixture.B.Name), ("program", "mns-a")));
        // Every series names its namespace, except the limit's own, which are the process's.
        foreach (var f in metrics.Values)
        {
            bool perProcess = f.Name.StartsWith("netstat_metrics_", StringComparison.Ordinal);
            Assert.All(f.Samples, s => Assert.True(s.Labels.ContainsKey("netns") != perProcess, f.Name));
        }
    }

    [SkippableFact]
    public void PromtoolAcceptsAllNetns()
    {
        fixture.SkipIfUnavailable();
        var r = Ours("--prometheus", "--all-netns");
        Assert.Equal(0, r.ExitCode);
        MetricsOutputTests.PromtoolAccepts(r.StdoutText);
    }

    /// <summary>The series of some families, one line each ("name{label=value,...} value"), leaving out <paramref name="skipLabel"/>.</summary>
    private static List<string> Series(Dictionary<string, Family> metrics, Func<string, bool> families, Func<Sample, bool>? where = null, string? skipLabel = null) =>
        [.. metrics.Values.Where(f => families(f.Name)).SelectMany(f => f.Samples.Where(s => where?.Invoke(s) ?? true).Select(s =>
            f.Name + "{" + string.Join(",", s.Labels.Where(l => l.Key != skipLabel).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "} " + s.Value))
            .Order(StringComparer.Ordinal)];

    private static bool PerSocket(string name) => name is "netstat_listener_info" or "netstat_connections" or "netstat_listen_queue_length" or "netstat_listen_queue_max";

    /// <summary>What does not move between two snapshots of a quiet namespace: not the counters of packets sent on loopback.</summary>
    private static bool Stable(string name) =>
        name == "node_tcp_connection_states" || (name.StartsWith("node_sockstat_", StringComparison.Ordinal) && name.EndsWith("_inuse", StringComparison.Ordinal))
        || name is "node_netstat_Tcp_RtoMin" or "node_netstat_Tcp_MaxConn";

    [SkippableFact]
    public void NetnsGivesThatNamespacesSeries()
    {
        fixture.SkipIfUnavailable();
        var world = fixture.B;
        var all = Metrics("--prometheus", "--all-netns");
        var one = Metrics("--prometheus", "--netns", world.Name);
        var byPid = Metrics("--prometheus", "--netns-pid", NamespacePairWorld.PidIn(world).ToString());
        bool InB(Sample s) => s["netns"] == world.Name;

        // The per-socket families carry the namespace (as JSON's "netns") and equal its series of --all-netns.
        var expected = Series(all, PerSocket, InB);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Series(one, PerSocket));
        Assert.All(one["netstat_listener_info"].Samples, s => Assert.Equal(world.Name, s["netns"]));
        Assert.Equal(expected, Series(byPid, PerSocket));

        // node_exporter's families keep its label sets (no netns) and hold the namespace's values.
        // (The kernel lists some counters only once they moved, such as ICMPv6 types: compare B's own.)
        Assert.Equal(all.Values.Where(f => f.Name.StartsWith("node_", StringComparison.Ordinal) && f.Samples.Any(InB)).Select(f => f.Name).Order(),
            one.Keys.Where(k => k.StartsWith("node_", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(one.Values.Where(f => !PerSocket(f.Name)).SelectMany(f => f.Samples), s => s.Labels.ContainsKey("netns"));
        Assert.Equal(Series(all, Stable, InB, skipLabel: "netns"), Series(one, Stable));
        Assert.Equal(MetricsNamespaceWorlds.CountB, Exposition.Sum(one, "netstat_listener_info", ("program", "mns-b")));

        // And what netstat run inside the namespace exports, but for the netns label.
        var inside = world.Run(Repo.OurNetstat, ["--prometheus"]);
        Assert.Equal(0, inside.ExitCode);
        var insideMetrics = Exposition.Parse(inside.StdoutText);
        Assert.DoesNotContain(insideMetrics.Values.SelectMany(f => f.Samples), s => s.Labels.ContainsKey("netns"));
        Assert.Equal(Series(one, PerSocket, skipLabel: "netns"), Series(insideMetrics, PerSocket));
        Assert.Equal(Series(one, Stable), Series(insideMetrics, Stable));
    }

    [SkippableFact]
    public void TextfileAndServeCoverEveryNamespace()
    {
        fixture.SkipIfUnavailable();
        var dir = Path.Combine(Path.GetTempPath(), $"netstat-mns-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var write = Ours("--prometheus-textfile", dir, "--all-netns");
            Assert.Equal(0, write.ExitCode);
            Assert.Equal("", write.StderrText);
            var file = Exposition.Parse(File.ReadAllText(Path.Combine(dir, "netstat.prom")));
            Assert.DoesNotContain(file.Keys, k => k.StartsWith("node_", StringComparison.Ordinal));
            Assert.Equal(MetricsNamespaceWorlds.CountA, Exposition.Sum(file, "netstat_listener_info", ("netns", fixture.A.Name), ("program", "mns-a")));
            Assert.Equal(MetricsNamespaceWorlds.CountB, Exposition.Sum(file, "netstat_listener_info", ("netns", fixture.B.Name), ("program", "mns-b")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        // serve listens in the namespace it runs in (A) and reads every namespace at each scrape.
        var server = fixture.A.Spawn($"NETSTAT_METRICS_MAX_SERIES={NoCap} exec {Repo.OurNetstat} serve --all-netns --listen 127.0.0.1:19131 2>&1", "serving metrics at");
        MetricsWorld.WithHelper(server, () =>
        {
            var probe = fixture.A.Run("/usr/bin/python3", [Repo.Fixture("worlds", "http_probe.py"), "get", "http://127.0.0.1:19131/metrics"], TimeSpan.FromSeconds(60));
            var text = probe.StdoutText;
            Assert.StartsWith("200\n", text);
            var served = Exposition.Parse(text[4..]);
            Assert.Equal(MetricsNamespaceWorlds.CountA, Exposition.Sum(served, "netstat_listener_info", ("netns", fixture.A.Name), ("program", "mns-a")));
            Assert.Equal(MetricsNamespaceWorlds.CountB, Exposition.Sum(served, "netstat_listener_info", ("netns", fixture.B.Name), ("program", "mns-b")));
            Assert.Equal(NetToolsListeners(fixture.B).Count, Exposition.Sum(served, "node_tcp_connection_states", ("netns", fixture.B.Name), ("state", "listen")));
        });
    }

    /// <summary>
    /// Names that <c>ip netns list</c> shows but no namespace is behind: the file of a namespace
    /// whose bind mount went (what a half-failed <c>ip netns delete</c> leaves), and a link to a
    /// deleted namespace file. Each is down; every other namespace is exported as usual.
    /// </summary>
    [SkippableFact]
    public void ANamespaceThatCannotBeReadIsDownAndTheOthersAreExported()
    {
        fixture.SkipIfUnavailable();
        string vanished = $"mns-vanished-{Environment.ProcessId}", dangling = $"mns-dangling-{Environment.ProcessId}";
        try
        {
            Assert.Equal(0, ProcessRunner.Run("ip", ["netns", "add", vanished]).ExitCode);
            Assert.Equal(0, ProcessRunner.Run("umount", [$"/run/netns/{vanished}"]).ExitCode);
            Assert.True(File.Exists($"/run/netns/{vanished}"));
            File.CreateSymbolicLink($"/run/netns/{dangling}", $"/run/netns/{dangling}-deleted");

            foreach (bool serve in new[] { false, true })
            {
                string text = "";
                // net-tools' listeners of each world while ours reads them (serve's own one included).
                var listening = new Dictionary<string, int>();
                void Snapshot(Func<string> read)
                {
                    text = read();
                    foreach (var world in new[] { fixture.A, fixture.B })
                        listening[world.Name] = NetToolsListeners(world).Count;
                }
                if (serve)
                {
                    var server = fixture.A.Spawn($"NETSTAT_METRICS_MAX_SERIES={NoCap} exec {Repo.OurNetstat} serve --all-netns --listen 127.0.0.1:19132 2>&1", "serving metrics at");
                    MetricsWorld.WithHelper(server, () => Snapshot(() =>
                        fixture.A.Run("/usr/bin/python3", [Repo.Fixture("worlds", "http_probe.py"), "get", "http://127.0.0.1:19132/metrics"], TimeSpan.FromSeconds(60)).StdoutText));
                    Assert.StartsWith("200\n", text);
                    text = text[4..];
                }
                else
                {
                    Snapshot(() =>
                    {
                        var r = Ours("--prometheus", "--all-netns");
                        Assert.True(r.ExitCode == 0, r.StderrText);
                        Assert.Equal("", r.StderrText);
                        return r.StdoutText;
                    });
                    MetricsOutputTests.PromtoolAccepts(text);
                }
                var metrics = Exposition.Parse(text);
                var up = metrics["netstat_namespace_up"];
                Assert.Equal("gauge", up.Type);
                Assert.Equal(0, Assert.Single(up.Samples, s => s["netns"] == vanished).Value);
                Assert.Equal(0, Assert.Single(up.Samples, s => s["netns"] == dangling).Value);
                // Nothing else of theirs: no series at all.
                Assert.DoesNotContain(metrics.Values.Where(f => f.Name != "netstat_namespace_up").SelectMany(f => f.Samples), s => s["netns"] == vanished || s["netns"] == dangling);
                foreach (var (world, program, count) in new[] { (fixture.A, "mns-a", MetricsNamespaceWorlds.CountA), (fixture.B, "mns-b", MetricsNamespaceWorlds.CountB) })
                {
                    Assert.Equal(1, Assert.Single(up.Samples, s => s["netns"] == world.Name).Value);
                    Assert.Equal(count, Exposition.Sum(metrics, "netstat_listener_info", ("netns", world.Name), ("program", program)));
                    Assert.Equal(listening[world.Name], Exposition.Sum(metrics, "node_tcp_connection_states", ("netns", world.Name), ("state", "listen")));
                }
                // Every namespace that was read has its own series: up 1 goes with data.
                Assert.All(up.Samples.Where(s => s.Value == 1), s => Assert.Contains(metrics["node_tcp_connection_states"].Samples, t => t["netns"] == s["netns"]));
            }
        }
        finally
        {
            File.Delete($"/run/netns/{dangling}");
            ProcessRunner.Run("umount", [$"/run/netns/{vanished}"]);
            File.Delete($"/run/netns/{vanished}");
        }
    }

    /// <summary>
    /// A namespace that appears after the start and may not be entered: serve runs as root of a
    /// user namespace of its own (with its own network namespace and an empty /run/netns, so the
    /// start-up check passes), then the machine's namespace is bound under its /run/netns. That
    /// one is down (setns: no CAP_SYS_ADMIN over it) and serve's own is still exported.
    /// </summary>
    [SkippableFact]
    public void ANamespaceThatCannotBeEnteredLaterIsDownAndTheOthersAreExported()
    {
        fixture.SkipIfUnavailable();
        var server = fixture.A.Spawn(
            $"exec unshare -U -r -n -m sh -c 'mount -t tmpfs none /run/netns && ip link set lo up && exec {Repo.OurNetstat} serve --all-netns --listen 127.0.0.1:19133 2>&1'",
            "serving metrics at");
        MetricsWorld.WithHelper(server, () =>
        {
            // nsenter -t: the serving process itself (each command above execs the next).
            string pid = server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Dictionary<string, Family> Scrape(out string text)
            {
                var r = ProcessRunner.Run("nsenter", ["-t", pid, "-n", "/usr/bin/python3", Repo.Fixture("worlds", "http_probe.py"), "get", "http://127.0.0.1:19133/metrics"], TimeSpan.FromSeconds(60));
                Assert.StartsWith("200\n", r.StdoutText);
                text = r.StdoutText[4..];
                return Exposition.Parse(text);
            }

            var before = Scrape(out _);
            string own = Assert.Single(before["netstat_namespace_up"].Samples)["netns"];
            Assert.StartsWith("inode:", own);

            // The machine's namespace (nsenter -m keeps the test's own), under a name serve sees.
            var bind = ProcessRunner.Run("nsenter", ["-t", pid, "-m", "--", "sh", "-c", "touch /run/netns/machine && mount --bind /proc/self/ns/net /run/netns/machine"]);
            Assert.True(bind.ExitCode == 0, bind.StderrText);
            var after = Scrape(out string exposition);
            MetricsOutputTests.PromtoolAccepts(exposition);
            var up = after["netstat_namespace_up"].Samples;
            Assert.Equal(0, Assert.Single(up, s => s["netns"] == "machine").Value);
            Assert.Equal(1, Assert.Single(up, s => s["netns"] == own).Value);
            Assert.Equal(2, up.Count);
            Assert.DoesNotContain(after.Values.Where(f => f.Name != "netstat_namespace_up").SelectMany(f => f.Samples), s => s["netns"] == "machine");
            // serve's own namespace as before: its listener, and node_exporter's families.
            Assert.Equal(1, Exposition.Sum(after, "netstat_listener_info", ("netns", own), ("port", "19133")));
            Assert.Equal(1, Exposition.Sum(after, "node_tcp_connection_states", ("netns", own), ("state", "listen")));
            Assert.Single(after["node_netstat_Tcp_ActiveOpens"].Samples, s => s["netns"] == own);
        });
    }

    [SkippableFact]
    public void ANamespaceThatCannotBeEnteredIsOneLineAtStart()
    {
        fixture.SkipIfUnavailable();
        foreach (var args in new[] { new[] { "--prometheus", "--netns", fixture.A.Name }, ["--prometheus", "--all-netns"] })
        {
            var r = ProcessRunner.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", Repo.OurNetstat, .. args]);
            Assert.Equal("", r.StdoutText);
            Assert.Matches($"^netstat: {args[1]}: cannot (open|enter) network namespace .*(not permitted|denied)\n$", r.StderrText);
            Assert.Equal(1, r.ExitCode);
            var ja = ProcessRunner.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "env", "LANG=ja_JP.UTF-8", "LC_ALL=", Repo.OurNetstat, .. args]);
            Assert.Equal("", ja.StdoutText);
            Assert.Matches($"^netstat: {args[1]}: ネットワーク名前空間 .*(を開けません|に入れません): (許可されていない操作です|許可がありません)\n$", ja.StderrText);
            Assert.Equal(1, ja.ExitCode);
        }
    }
}
