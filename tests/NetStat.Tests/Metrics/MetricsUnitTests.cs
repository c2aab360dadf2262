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
    [InlineData("1", 1000)]
    [InlineData("0.5", 500)]
    [InlineData("10", 10000)]
    [InlineData("86400", 86400000)]
    [InlineData("0", -1)]
    [InlineData("0.0", -1)]
    [InlineData(".5", -1)]
    [InlineData("5.", -1)]
    [InlineData("1e3", -1)]
    [InlineData("-1", -1)]
    [InlineData("86401", -1)]
    [InlineData("", -1)]
    public void Intervals(string text, int milliseconds)
    {
        bool ok = PrometheusMode.TryParseInterval(text, out var interval);
        Assert.Equal(milliseconds >= 0, ok);
        if (ok)
            Assert.Equal(milliseconds, (int)interval.TotalMilliseconds);
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

    [Fact]
    public void OddCounterFilesGiveValidText()
    {
        Write("snmp",
            "Tcp: RtoAlgorithm MaxConn ActiveOpens\nTcp: 1 -1 7\n" +
            "IcmpMsg: InType3 OutType3\nIcmpMsg: 5 6\n" +
            "IcmpMsg: InType3 OutType8\nIcmpMsg: 9 10\n" +
            "Bad-Table: Bad.Name Good\nBad-Table: 1 2\n");
        Write("netstat", "TcpExt: ListenDrops\nTcpExt: 3\n");
        Write("snmp6", "Ip6InReceives 11\nIcmp6InMsgs 12\nUdpLite6InErrors 13\n");
        Write("sockstat", "sockets: used 4\nTCP: inuse 1 orphan 0 tw 2 alloc 3 mem 5\nWEIRD-PROTO: inuse 1\n");
        Write("tcp", "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n" +
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000002 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n");
        var collector = new MetricsCollector(new ProcPaths(_root), MetricsSettings.FromEnvironment(out _)!);
        var text = Encoding.UTF8.GetString(collector.Collect(nodeSeries: true));
        var metrics = Exposition.Parse(text);
        Assert.Equal(18446744073709551615d, Exposition.Sum(metrics, "node_netstat_Tcp_MaxConn"));
        Assert.Equal(7, Exposition.Sum(metrics, "node_netstat_Tcp_ActiveOpens"));
        Assert.Equal(5, Exposition.Sum(metrics, "node_netstat_IcmpMsg_InType3")); // the first of the repeated table wins
        Assert.Equal(10, Exposition.Sum(metrics, "node_netstat_IcmpMsg_OutType8"));
        Assert.Equal(11, Exposition.Sum(metrics, "node_netstat_Ip6_InReceives"));
        Assert.Equal(13, Exposition.Sum(metrics, "node_netstat_UdpLite6_InErrors"));
        Assert.Equal(3, Exposition.Sum(metrics, "node_netstat_TcpExt_ListenDrops"));
        Assert.DoesNotContain(metrics.Keys, k => k.Contains("Bad") || k.Contains("WEIRD"));
        Assert.Equal(5 * Environment.SystemPageSize, Exposition.Sum(metrics, "node_sockstat_TCP_mem_bytes"));
        Assert.Equal(4, Exposition.Sum(metrics, "node_sockstat_sockets_used"));
        // The listener from /proc/net/tcp: accept queue 2, no backlog limit (only netlink has it).
        Assert.Equal(1, Exposition.Sum(metrics, "netstat_listener_info", ("proto", "tcp"), ("address", "127.0.0.1"), ("port", "8080"), ("program", "-")));
        Assert.Equal(2, Exposition.Sum(metrics, "netstat_listen_queue_length", ("port", "8080")));
        Assert.Empty(metrics["netstat_listen_queue_max"].Samples);
        Assert.Equal(1, Exposition.Sum(metrics, "node_tcp_connection_states", ("state", "listen")));
    }
}
