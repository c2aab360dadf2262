using System.Text.Json;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>
/// The metrics as real consumers read them, inside a private namespace: Prometheus scraping
/// "netstat serve", node_exporter's textfile collector reading --prometheus-textfile, and the
/// HTTP server's limits. Every helper process is bounded in time and killed at the end.
/// </summary>
public sealed class MetricsServiceTests(MetricsWorld fixture) : IClassFixture<MetricsWorld>
{
    private string Probe => Repo.Fixture("worlds", "http_probe.py");

    private System.Diagnostics.Process Serve(int port) =>
        fixture.World.Spawn($"exec {Repo.OurNetstat} serve --listen 127.0.0.1:{port} 2>&1", "serving metrics at");

    private static string TempDir(string what)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"netstat-{what}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [SkippableFact]
    public void PrometheusScrapesServeAndCountsTheListeners()
    {
        fixture.SkipIfUnavailable();
        Skip.If(!File.Exists("/usr/bin/prometheus"), "needs prometheus (Debian package)");
        var dir = TempDir("prometheus");
        try
        {
            File.WriteAllText(Path.Combine(dir, "prometheus.yml"),
                "global:\n  scrape_interval: 5s\n  scrape_timeout: 5s\n" +
                "scrape_configs:\n  - job_name: netstat\n    static_configs:\n      - targets: ['127.0.0.1:19117']\n");
            var server = Serve(19117);
            MetricsWorld.WithHelper(server, () =>
            {
                var prometheus = fixture.World.Spawn(
                    $"exec timeout 240 prometheus --config.file={dir}/prometheus.yml --storage.tsdb.path={dir}/data " +
                    "--web.listen-address=127.0.0.1:19090 --storage.tsdb.retention.time=1h 2>&1",
                    "Server is ready to receive web requests", TimeSpan.FromSeconds(60));
                MetricsWorld.WithHelper(prometheus, () =>
                {
                    string program = MetricsWorld.ListenerProgram;
                    double? listeners = null, up = null;
                    // A scrape reads every process's fds (for the program label): seconds on a busy host.
                    var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
                    while (DateTime.UtcNow < deadline && (listeners is null || up is not 1))
                    {
                        Thread.Sleep(500);
                        listeners ??= Query($"count(netstat_listener_info{{program=\"{program}\"}})");
                        up = Query("up{job=\"netstat\"}");
                    }
                    Assert.Equal(1, up);
                    Assert.Equal(MetricsWorld.ListenerCount, listeners);
                    Assert.Equal(MetricsWorld.ListenerCount, Query($"sum(netstat_listener_info{{program=\"{program}\",proto=~\"tcp6?\"}})"));
                    // node_exporter's series are there too, under its names.
                    Assert.NotNull(Query("node_netstat_Tcp_PassiveOpens"));
                    Assert.True(Query("node_tcp_connection_states{state=\"listen\"}") >= MetricsWorld.ListenerCount);
                });
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>One number from Prometheus' query API, or null while it has none.</summary>
    private double? Query(string promql)
    {
        var (status, body) = fixture.Get("http://127.0.0.1:19090/api/v1/query?query=" + Uri.EscapeDataString(promql));
        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        if (result.GetArrayLength() == 0)
            return null;
        return double.Parse(result[0].GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public void ServeAnswersOnlyGetMetricsWithinItsLimits()
    {
        fixture.SkipIfUnavailable();
        var server = Serve(19118);
        MetricsWorld.WithHelper(server, () =>
        {
            var (status, body) = fixture.Get("http://127.0.0.1:19118/metrics");
            Assert.Equal(200, status);
            var served = Exposition.Parse(body);
            Assert.Equal(MetricsWorld.ListenerCount, Exposition.Sum(served, "netstat_listener_info", ("program", MetricsWorld.ListenerProgram)));
            Assert.Equal(200, fixture.Get("http://127.0.0.1:19118/metrics?x=1").Status);
            Assert.Equal(404, fixture.Get("http://127.0.0.1:19118/").Status);
            Assert.Equal(404, fixture.Get("http://127.0.0.1:19118/metrics/extra").Status);

            string[] Raw(string kind) => fixture.World.Run("/usr/bin/python3", [Probe, "raw", "19118", kind], TimeSpan.FromSeconds(30)).StdoutText.Split('\n');
            var post = Raw("post");
            Assert.Equal("HTTP/1.1 405 Method Not Allowed", post[0]);
            Assert.Contains("Allow: GET, HEAD\r", post);
            Assert.Equal("HTTP/1.1 400 Bad Request", Raw("bad")[0]);
            Assert.Equal("HTTP/1.1 431 Request Header Fields Too Large", Raw("huge")[0]);
            var head = Raw("head");
            Assert.Equal("HTTP/1.1 200 OK", head[0]);
            Assert.Contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r", head);
            Assert.DoesNotContain(head, l => l.StartsWith("# HELP", StringComparison.Ordinal));

            // A client that sends nothing is answered 408 and dropped after the read timeout (5 s).
            var silent = Raw("silent");
            Assert.Equal("HTTP/1.1 408 Request Timeout", silent[0]);
            double took = double.Parse(silent[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(took, 4.0, 12.0);

            // Three idle connections do not keep a scrape waiting: it is answered while they are
            // still held (a server taking one connection at a time would first time them out).
            var busy = fixture.World.Run("/usr/bin/python3", [Probe, "busy", "19118", "3"], TimeSpan.FromSeconds(30)).StdoutText.Split('\n');
            Assert.Equal("HTTP/1.1 200 OK", busy[0]);
            Assert.Equal("0", busy[2]);
        });
    }

    [SkippableFact]
    public void TextfileIsAlwaysWholeWhileRefreshed()
    {
        fixture.SkipIfUnavailable();
        var dir = TempDir("textfile");
        try
        {
            var writer = fixture.World.Spawn($"{Repo.OurNetstat} --prometheus-textfile {dir} -c 0.05 & echo READY; wait");
            MetricsWorld.WithHelper(writer, () =>
            {
                string file = Path.Combine(dir, "netstat.prom");
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
                while (!File.Exists(file) && DateTime.UtcNow < deadline)
                    Thread.Sleep(50);
                var seen = new HashSet<DateTime>();
                // Each snapshot scans every process (seconds on a busy host): read until several were seen.
                var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
                for (int i = 0; i < 100 || (seen.Count < 4 && DateTime.UtcNow < until); i++)
                {
                    seen.Add(File.GetLastWriteTimeUtc(file));
                    var metrics = Exposition.Parse(File.ReadAllText(file));
                    // Only our own families: node_exporter's collectors export the node_* ones.
                    Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("node_", StringComparison.Ordinal));
                    Assert.Equal(MetricsWorld.ListenerCount, Exposition.Sum(metrics, "netstat_listener_info", ("program", MetricsWorld.ListenerProgram)));
                    Assert.True(metrics.ContainsKey("netstat_metrics_dropped_series_total"), "file cut short");
                    Thread.Sleep(10);
                }
                Assert.True(seen.Count > 3, "the file was not refreshed");
                // Only the file and at most the one temporary file being written, which node_exporter ignores (no .prom suffix).
                var names = Directory.GetFiles(dir).Select(Path.GetFileName).ToList();
                Assert.Contains("netstat.prom", names);
                Assert.All(names, n => Assert.True(n == "netstat.prom" || (n!.StartsWith(".netstat.prom.", StringComparison.Ordinal) && n.EndsWith(".tmp", StringComparison.Ordinal)), n));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public void NodeExporterExposesTheTextfileBesideItsOwnCollectors()
    {
        fixture.SkipIfUnavailable();
        Skip.If(!File.Exists("/usr/bin/prometheus-node-exporter"), "needs prometheus-node-exporter");
        var dir = TempDir("node-exporter");
        try
        {
            var write = fixture.Ours("--prometheus-textfile", dir);
            Assert.Equal(0, write.ExitCode);
            Assert.Empty(write.Stdout);
            Assert.Empty(write.Stderr);
            var written = Exposition.Parse(File.ReadAllText(Path.Combine(dir, "netstat.prom")));
            var exporter = fixture.World.Spawn(
                "exec prometheus-node-exporter --web.listen-address=127.0.0.1:19101 --collector.disable-defaults " +
                $"--collector.textfile --collector.textfile.directory={dir} --collector.netstat --collector.sockstat --collector.tcpstat 2>&1",
                "Listening on");
            MetricsWorld.WithHelper(exporter, () =>
            {
                var (status, body) = fixture.Get("http://127.0.0.1:19101/metrics");
                Assert.Equal(200, status);
                var exposed = Exposition.Parse(body);
                Assert.Equal(0, Exposition.Sum(exposed, "node_textfile_scrape_error"));
                Assert.Single(exposed["node_textfile_mtime_seconds"].Samples);
                foreach (var name in new[] { "netstat_listener_info", "netstat_connections", "netstat_listen_queue_length", "netstat_listen_queue_max" })
                {
                    static string Key(Sample s) => string.Join(",", s.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + " " + s.Value;
                    Assert.Equal(written[name].Samples.Select(Key).Order(), exposed[name].Samples.Select(Key).Order());
                    Assert.Equal(written[name].Help, exposed[name].Help);
                }
                // Its own collectors still work beside ours: no name is exported twice.
                Assert.True(exposed.ContainsKey("node_netstat_Tcp_ActiveOpens"));
                Assert.True(exposed.ContainsKey("node_tcp_connection_states"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
