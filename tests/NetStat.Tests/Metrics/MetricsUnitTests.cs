using System.Text;
using NetStat.Cli.Metrics;
using NetStat.Cli.Modes;
using NetStat.Kernel;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>The pieces of the metrics that need no kernel: text format, limits, argument parsing.</summary>
public sealed class MetricsUnitTests
{
    [Fact]
    public void LabelValuesAndHelpAreEscapedAsTheFormatRequires()
    {
        var text = new ExpositionText();
        text.Family("a_b", "line\nbreak \\ and \"quotes\"", MetricType.Gauge);
        text.Sample("a_b", ["x", "y"], ["back\\slash \"quoted\"", "new\nline"], 42);
        text.Sample("a_b", [], [], ulong.MaxValue);
        Assert.Equal(
            "# HELP a_b line\\nbreak \\\\ and \"quotes\"\n# TYPE a_b gauge\n" +
            "a_b{x=\"back\\\\slash \\\"quoted\\\"\",y=\"new\\nline\"} 42\n" +
            "a_b 18446744073709551615\n",
            Encoding.UTF8.GetString(text.Written));
        var parsed = Exposition.Parse(Encoding.UTF8.GetString(text.Written));
        Assert.Equal("back\\slash \"quoted\"", parsed["a_b"].Samples[0]["x"]);
        Assert.Equal("line\nbreak \\ and \"quotes\"", parsed["a_b"].Help);
    }

    [Fact]
    public void AFamilyStartedAgainKeepsItsSamplesTogether()
    {
        // Namespace after namespace: the format wants one HELP/TYPE and every sample of a family together.
        var text = new ExpositionText();
        foreach (var netns in new[] { "a", "b" })
        {
            text.LeadingLabel = ("netns", netns);
            text.Family("x_total", "x", MetricType.Counter);
            text.FloatSample("x_total", [], [], 1);
            text.Family("y", "y", MetricType.Gauge);
            text.Sample("y", ["state"], ["listen"], 2);
        }
        text.LeadingLabel = null;
        text.Family("z", "z", MetricType.Gauge);
        text.Sample("z", [], [], 3);
        Assert.Equal(
            "# HELP x_total x\n# TYPE x_total counter\nx_total{netns=\"a\"} 1\nx_total{netns=\"b\"} 1\n" +
            "# HELP y y\n# TYPE y gauge\ny{netns=\"a\",state=\"listen\"} 2\ny{netns=\"b\",state=\"listen\"} 2\n" +
            "# HELP z z\n# TYPE z gauge\nz 3\n",
            Encoding.UTF8.GetString(text.Written));
        Assert.Throws<InvalidOperationException>(() => text.Sample("undeclared", [], [], 1));
    }

    [Theory]
    [InlineData("node_netstat_Tcp_InSegs", true)]
    [InlineData("a:b_c9", true)]
    [InlineData("_x", true)]
    [InlineData("9lives", false)]
    [InlineData("has-dash", false)]
    [InlineData("", false)]
    [InlineData("caf\u00e9", false)]
    public void MetricNames(string name, bool valid) => Assert.Equal(valid, ExpositionText.IsMetricName(name));

    [Fact]
    public void AFamilyAddsEqualLabelSetsAndCapsItsSeries()
    {
        var family = new MetricFamily("f", "h", MetricType.Gauge, "p");
        family.Add(1, "b");
        family.Add(1, "b");
        family.Add(5, "c");
        family.Add(1, "a");
        family.Add(3, "d");
        var text = new ExpositionText();
        family.WriteTo(text, limit: 2);
        Assert.Equal(2, family.Dropped);
        Assert.Equal("# HELP f h\n# TYPE f gauge\nf{p=\"c\"} 5\nf{p=\"d\"} 3\n", Encoding.UTF8.GetString(text.Written));
        text = new ExpositionText();
        family.WriteTo(text);
        Assert.Equal(0, family.Dropped);
        Assert.Contains("f{p=\"b\"} 2\n", Encoding.UTF8.GetString(text.Written));
    }

    [Theory]
    [InlineData("127.0.0.1:9117", "127.0.0.1", 9117)]
    [InlineData("0.0.0.0:1", "0.0.0.0", 1)]
    [InlineData("[::1]:65535", "::1", 65535)]
    [InlineData("[2001:db8::1]:80", "2001:db8::1", 80)]
    [InlineData("localhost:9117", null, 0)]
    [InlineData("127.0.0.1", null, 0)]
    [InlineData("127.0.0.1:", null, 0)]
    [InlineData("127.0.0.1:65536", null, 0)]
    [InlineData("127.0.0.1:+80", null, 0)]
    [InlineData("127.1:80", null, 0)]
    [InlineData("::1:80", null, 0)]
    [InlineData("[127.0.0.1]:80", null, 0)]
    [InlineData(":9117", null, 0)]
    public void ListenAddresses(string text, string? address, int port)
    {
        bool ok = ModeRegistry.TryParseListen(text, out var endpoint);
        Assert.Equal(address is not null, ok);
        if (ok)
        {
            Assert.Equal(address, endpoint.Address.ToString());
            Assert.Equal(port, endpoint.Port);
        }
    }

    [Theory]
    [InlineData("GET /metrics HTTP/1.1\r\nHost: x", 200, false)]
    [InlineData("GET /metrics?a=b HTTP/1.0", 200, false)]
    [InlineData("HEAD /metrics HTTP/1.1", 200, true)]
    [InlineData("POST /metrics HTTP/1.1", 405, false)]
    [InlineData("DELETE /metrics HTTP/1.1", 405, false)]
    [InlineData("GET / HTTP/1.1", 404, false)]
    [InlineData("GET /metrics/ HTTP/1.1", 404, false)]
    [InlineData("GET /metrics HTTP/2.0", 400, false)]
    [InlineData("GET /metrics", 400, false)]
    [InlineData("GET  /metrics HTTP/1.1", 400, false)]
    public void Routes(string head, int status, bool headOnly)
    {
        Assert.Equal(status, MetricsServer.Route(head, out bool isHead));
        Assert.Equal(headOnly, isHead);
    }

    [Fact]
    public void SockstatLinesAreReadAsPairs()
    {
        var lines = new List<SockstatLine>();
        SockstatFiles.Parse("sockets: used 5\nTCP: inuse 1 orphan 0 tw 2 alloc 6 mem 29\nFRAG6: inuse 0 memory 0\nbroken line\nUDP: inuse x mem 3\n"u8, lines);
        Assert.Equal(["sockets", "TCP", "FRAG6", "UDP"], lines.Select(l => l.Protocol));
        Assert.Equal([("inuse", 1L), ("orphan", 0L), ("tw", 2L), ("alloc", 6L), ("mem", 29L)], lines[1].Values);
        Assert.Equal([("mem", 3L)], lines[3].Values);
    }
}

/// <summary>The collector on synthetic kernel files: odd names are skipped, repeats exported once, the text stays valid.</summary>
public sealed class MetricsCollectorFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"netstat-metrics-proc-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public MetricsCollectorFileTests() => Directory.CreateDirectory(Path.Combine(_root, "net"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_root, "net", name), text);

    // The input and expectation of NodeFamiliesMatchNodeExporter, captured from Debian 12's
    // node_exporter 1.5.0 (a test cannot run it here without a port of its own; the capture is the
    // spec): the four files below written to DIR/net/, then
    //   timeout 5 prometheus-node-exporter --path.procfs=DIR --collector.disable-defaults \
    //     --collector.netstat --collector.netstat.fields='.*' --collector.sockstat \
    //     --web.listen-address=127.0.0.1:PORT &  curl -s http://127.0.0.1:PORT/metrics
    // keeping the node_netstat_ and node_sockstat_ samples. It shows the rules we follow: values are
    // floats in Go's shortest form, Tcp MaxConn's -1 stays -1, and of a table written in several
    // pairs (IcmpMsg) only the last pair is kept (OutType3 of the first pair is gone).
    private const string OddSnmp =
        "Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens OutSegs InErrs\nTcp: 1 200 1234567 -1 7 18446744073709551615 123456\n" +
        "IcmpMsg: InType3 OutType3\nIcmpMsg: 5 6\n" +
        "IcmpMsg: InType3 OutType8\nIcmpMsg: 9 10\n";
    private const string OddNetstat = "TcpExt: ListenDrops\nTcpExt: 3\n";
    private const string OddSnmp6 = "Ip6InReceives 11\nIcmp6InMsgs 12\nUdpLite6InErrors 13\n";
    private const string OddSockstat = "sockets: used 4\nTCP: inuse 1 orphan 0 tw 2 alloc 3 mem 300\n";
    private const string NodeExporterOutput = """
        node_netstat_Icmp6_InMsgs 12
        node_netstat_IcmpMsg_InType3 9
        node_netstat_IcmpMsg_OutType8 10
        node_netstat_Ip6_InReceives 11
        node_netstat_TcpExt_ListenDrops 3
        node_netstat_Tcp_ActiveOpens 7
        node_netstat_Tcp_InErrs 123456
        node_netstat_Tcp_MaxConn -1
        node_netstat_Tcp_OutSegs 1.8446744073709552e+19
        node_netstat_Tcp_RtoAlgorithm 1
        node_netstat_Tcp_RtoMax 1.234567e+06
        node_netstat_Tcp_RtoMin 200
        node_netstat_UdpLite6_InErrors 13
        node_sockstat_TCP_alloc 3
        node_sockstat_TCP_inuse 1
        node_sockstat_TCP_mem 300
        node_sockstat_TCP_mem_bytes 1.2288e+06
        node_sockstat_TCP_orphan 0
        node_sockstat_TCP_tw 2
        node_sockstat_sockets_used 4
        """;

    [SkippableFact]
    public void NodeFamiliesMatchNodeExporter()
    {
        Skip.If(Environment.SystemPageSize != 4096, "the captured node_sockstat_TCP_mem_bytes assumes 4 KiB pages");
        Write("snmp", OddSnmp);
        Write("netstat", OddNetstat);
        Write("snmp6", OddSnmp6);
        Write("sockstat", OddSockstat);
        var collector = new MetricsCollector(new ProcPaths(_root), MetricsSettings.FromEnvironment(out _)!);
        var text = Encoding.UTF8.GetString(collector.Collect(nodeSeries: true));
        var ours = text.Split('\n').Where(l => l.StartsWith("node_netstat_", StringComparison.Ordinal) || l.StartsWith("node_sockstat_", StringComparison.Ordinal));
        Assert.Equal(NodeExporterOutput.Split('\n').Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Theory]
    // Go's strconv.FormatFloat(f, 'g', -1, 64), as node_exporter's samples show it.
    [InlineData(0d, "0")]
    [InlineData(-1d, "-1")]
    [InlineData(123456d, "123456")]
    [InlineData(1234567d, "1.234567e+06")]
    [InlineData(1e6, "1e+06")]
    [InlineData(1228800d, "1.2288e+06")]
    [InlineData(18446744073709551615d, "1.8446744073709552e+19")]
    [InlineData(0.000102521, "0.000102521")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5, "1.5")]
    public void FloatsAreWrittenAsGoWritesThem(double value, string expected) =>
        Assert.Equal(expected, ExpositionText.GoFloat(value));

    [Fact]
    public void OddCounterFilesGiveValidText()
    {
        // node_exporter panics on these names ("is not a valid metric name"); we skip them.
        Write("snmp",
            "Tcp: RtoAlgorithm MaxConn ActiveOpens\nTcp: 1 -1 7\n" +
            "Bad-Table: Bad.Name Good\nBad-Table: 1 2\n");
        Write("sockstat", "sockets: used 4\nTCP: inuse 1 orphan 0 tw 2 alloc 3 mem 5\nWEIRD-PROTO: inuse 1\n");
        Write("tcp", "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n" +
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000002 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n");
        var collector = new MetricsCollector(new ProcPaths(_root), MetricsSettings.FromEnvironment(out _)!);
        var text = Encoding.UTF8.GetString(collector.Collect(nodeSeries: true));
        var metrics = Exposition.Parse(text);
        Assert.Equal(-1, Exposition.Sum(metrics, "node_netstat_Tcp_MaxConn"));
        Assert.Equal(7, Exposition.Sum(metrics, "node_netstat_Tcp_ActiveOpens"));
        Assert.DoesNotContain(metrics.Keys, k => k.Contains("Bad") || k.Contains("WEIRD"));
        // The listener from /proc/net/tcp: accept queue 2, no limit (only netlink has it).
        Assert.Equal(1, Exposition.Sum(metrics, "netstat_listener_info", ("proto", "tcp"), ("address", "127.0.0.1"), ("port", "8080"), ("program", "-")));
        Assert.Equal(2, Exposition.Sum(metrics, "netstat_listen_queue_length", ("port", "8080")));
        Assert.Empty(metrics["netstat_listen_queue_max"].Samples);
        Assert.Equal(1, Exposition.Sum(metrics, "node_tcp_connection_states", ("state", "listen")));
    }

    [Fact]
    public void TableThatFailsToReadFailsTheSnapshot()
    {
        // A directory where /proc/net/tcp6 should be: it opens, then read() fails with EISDIR.
        Directory.CreateDirectory(Path.Combine(_root, "net", "tcp6"));
        var collector = new MetricsCollector(new ProcPaths(_root), MetricsSettings.FromEnvironment(out _)!);
        Assert.Throws<IOException>(() => collector.Collect(nodeSeries: false));

        // On the command line: one line and status 1, nothing on stdout, the textfile's old content kept.
        var (status, stdout, stderr) = Run("--prometheus");
        Assert.Equal(1, status);
        Assert.Equal("", stdout);
        Assert.Equal($"netstat: --prometheus: {_root}/net/tcp6: Is a directory\n", stderr);
        var dir = Path.Combine(_root, "textfile");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "netstat.prom"), "# the previous snapshot\n");
        (status, stdout, stderr) = Run("--prometheus-textfile", dir);
        Assert.Equal(1, status);
        Assert.Equal("", stdout);
        Assert.Equal($"netstat: --prometheus-textfile: cannot write '{dir}/netstat.prom': {_root}/net/tcp6: Is a directory\n", stderr);
        Assert.Equal("# the previous snapshot\n", File.ReadAllText(Path.Combine(dir, "netstat.prom")));
        Assert.Equal(["netstat.prom"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    /// <summary>The command in this process, on the synthetic /proc.</summary>
    private (int Status, string Stdout, string Stderr) Run(params string[] args)
    {
        var output = new NetStat.Cli.Output.TextOutput(-1);
        var error = new NetStat.Cli.Output.TextOutput(-1, unbuffered: true);
        var command = new NetStat.Cli.NetstatCommand(new NetStat.Cli.Output.StandardStreams(output, error)) { Proc = new ProcPaths(_root) };
        int status = command.Run(args);
        return (status, Encoding.UTF8.GetString(output.Pending), Encoding.UTF8.GetString(error.Pending));
    }
}
