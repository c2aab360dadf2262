using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// A namespace with one socket of every kind, a listener shared by two processes, hostile names
/// and a veth pair with documentation addresses (so -r and -i have rows).
/// </summary>
public sealed class JsonWorld : WorldFixture
{
    public JsonWorld() : base(setup: Populate)
    {
    }

    private static void Populate(NetnsWorld world)
    {
        world.Exec("ip link add jv0 type veth peer name jv1 && ip addr add 198.51.100.1/24 dev jv0 && ip addr add 203.0.113.1/24 dev jv1 " +
                   "&& ip link set jv0 up && ip link set jv1 up && ip -6 addr add 2001:db8::1/64 dev jv0 nodad " +
                   "&& ip route add 203.0.113.128/25 via 198.51.100.2 dev jv0 onlink");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "sockets.py")} /tmp/{world.Name}");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7001");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "hostile.py")} /tmp/{world.Name}-hostile 3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
        {
            foreach (var dir in new[] { $"/tmp/{World.Name}", $"/tmp/{World.Name}-hostile" })
                try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}

/// <summary>
/// --json: every mode's document is valid against docs/json-schema.json and strict JSON, carries
/// the rows and values net-tools prints for the same state, and answers jq queries.
/// </summary>
public sealed class JsonTests(JsonWorld fixture) : IClassFixture<JsonWorld>
{
    private RunResult Ours(string args) => fixture.World.Run(Repo.OurNetstat, ["--json", .. Diff.SplitArgs(args)]);

    private RunResult Theirs(string args) => fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args));

    private static void AssertValid(RunResult run, int documents = 1) => JsonSchemaCheck.AssertValid(run.StdoutText, documents);

    public static TheoryData<string> Modes() =>
    [
        "", "-a", "-an", "-anp", "-aep", "-ae --numeric-users", "-ao", "-l", "-t", "-u -a", "-w -a", "-U -a", "-x -ap",
        "-an4", "-an6", "-A inet6 -a", "-g", "-gn", "-ag -t", "-s", "-st", "-su", "-s -A inet6", "-r", "-rn", "-rC", "-rn6",
        "-r -A inet,inet6", "-re", "-i", "-ia", "-ie",
    ];

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void EveryModeIsValidAgainstTheSchemaWithNetToolsStatus(string args)
    {
        fixture.SkipIfUnavailable();
        var ours = Ours(args);
        AssertValid(ours);
        // Errors and warnings stay text on stderr with net-tools' status.
        var theirs = Theirs(args);
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        Assert.Equal(theirs.StderrText, ours.StderrText);
    }

    [SkippableTheory]
    [InlineData("-A unix -s")]
    [InlineData("-r -A unix")]
    [InlineData("-t --ipx")]
    public void ErrorsStayOnStderrWithTheSameStatus(string args)
    {
        fixture.SkipIfUnavailable();
        var ours = Ours(args);
        var theirs = Theirs(args);
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        // net-tools prints the -s family message on stdout; JSON keeps stdout for JSON.
        Assert.Equal((theirs.StdoutText.StartsWith("netstat:") ? theirs.StdoutText : "") + theirs.StderrText, ours.StderrText);
        if (ours.Stdout.Length > 0)
            AssertValid(ours);
    }

    /// <summary>
    /// Every mode with every address family (the legacy ones, whose tables this kernel lacks,
    /// among them): stdout is one valid document, or nothing with a failing status; the status is
    /// net-tools'; its messages, those it prints on stdout included, are on stderr in its order.
    /// </summary>
    [SkippableFact]
    public void EveryModeAndFamilyKeepsStdoutJson()
    {
        fixture.SkipIfUnavailable();
        string[] modes = ["", "-a", "-l", "-ap", "-aeo", "-t", "-x", "-w -a", "-S", "-r", "-rn", "-rC", "-rFC", "-ree", "-i", "-ie", "-ia", "-s", "-st", "-g", "-ag", "-M", "-v"];
        string[] families = ["", "-4", "-6", "-A inet,inet6", "-A unix", "--unix", "-A ipx", "-A ax25", "-A netrom", "-A rose", "-A x25", "-A ddp",
            "-A econet", "-A ash", "-A bluetooth", "-A inet,ax25", "-A ax25,inet", "-A inet,unix", "-A inet6,x25,inet"];
        var check = new JsonRunCheck();
        foreach (var mode in modes)
        {
            foreach (var family in families)
            {
                string args = $"{mode} {family}";
                var theirs = Theirs(args);
                check.Check("--json " + args, Ours(args), JsonRunCheck.ExpectedStderr(theirs), theirs.ExitCode);
            }
        }
        check.AssertAll();
    }

    // ---- the same rows and values as net-tools' text ----


    private static string Endpoint(JsonElement e, bool numeric)
    {
        int port = e.GetProperty("port").GetInt32();
        string host;
        if (numeric)
        {
            host = e.GetProperty("address").GetString()!;
            if (host.StartsWith("::ffff:", StringComparison.Ordinal) && host.Contains('.'))
                host = host[7..];
        }
        else
        {
            host = e.GetProperty("host").GetString()!;
        }
        string service = port == 0 ? "*" : !numeric && e.TryGetProperty("service", out var s) ? s.GetString()! : port.ToString();
        return host + ":" + service;
    }

    private static string TextState(JsonElement s)
    {
        string proto = s.GetProperty("proto").GetString()!;
        int code = s.GetProperty("state_code").GetInt32();
        if (proto.StartsWith("raw", StringComparison.Ordinal))
            return code.ToString();
        if (proto.StartsWith("tcp", StringComparison.Ordinal))
            return s.GetProperty("state").GetString()!;
        return code == 1 ? "ESTABLISHED" : code == 7 ? "" : "UNKNOWN";
    }

    private static string TextProgram(JsonElement s)
    {
        var processes = s.GetProperty("processes");
        if (processes.GetArrayLength() == 0)
            return "-";
        var first = processes[0];
        string text = first.GetProperty("pid").GetInt32() + "/" + first.GetProperty("program").GetString();
        return text.Length > 19 ? text[..19] : text;
    }

    [SkippableTheory]
    [InlineData("-anpeW --numeric-users", true)]
    [InlineData("-apeW", false)]
    [InlineData("-tupeWn --numeric-users -l", true)]
    public void SocketRowsCarryNetToolsValues(string args, bool numeric)
    {
        fixture.SkipIfUnavailable();
        var text = Theirs(args).StdoutText.Split('\n');
        using var doc = JsonDocument.Parse(Ours(args).Stdout);
        var sockets = doc.RootElement.GetProperty("sockets").EnumerateArray().ToList();

        var expectedInet = text.Where(l => Regex.IsMatch(l, @"^(tcp|udp|raw)")).ToList();
        var expectedUnix = text.Where(l => l.StartsWith("unix", StringComparison.Ordinal)).ToList();
        var inet = sockets.Where(s => s.GetProperty("family").GetString() != "unix").ToList();
        var unix = sockets.Where(s => s.GetProperty("family").GetString() == "unix").ToList();
        Assert.Equal(expectedInet.Count, inet.Count);
        Assert.Equal(expectedUnix.Count, unix.Count);
        Assert.True(inet.Count >= 8, "the world's sockets are missing");

        for (int i = 0; i < inet.Count; i++)
        {
            var f = expectedInet[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var s = inet[i];
            string row = expectedInet[i];
            Assert.True(f[0] == s.GetProperty("proto").GetString(), row);
            Assert.True(f[1] == s.GetProperty("recv_q").GetUInt64().ToString(), row);
            Assert.True(f[2] == s.GetProperty("send_q").GetUInt64().ToString(), row);
            Assert.True(f[3] == Endpoint(s.GetProperty("local"), numeric), row + " / " + Endpoint(s.GetProperty("local"), numeric));
            Assert.True(f[4] == Endpoint(s.GetProperty("remote"), numeric), row);
            string state = f.Length == 9 ? f[5] : "";
            Assert.True(state == TextState(s), row);
            string user = s.TryGetProperty("user", out var u) ? u.GetString()! : s.GetProperty("uid").GetUInt32().ToString();
            Assert.True(f[^3] == user, row);
            Assert.True(f[^2] == s.GetProperty("inode").GetUInt64().ToString(), row);
            Assert.True(f[^1] == TextProgram(s), row);
        }
        for (int i = 0; i < unix.Count; i++)
        {
            var s = unix[i];
            if (expectedUnix[i].Any(c => c < 0x20 || c == 0x7f))
            {
                // net-tools prints the hostile process's tab raw, which breaks the columns; the
                // escaping itself is compared in HostileNamesStayEscaped.
                Assert.Contains(" " + s.GetProperty("inode").GetUInt64() + " ", expectedUnix[i]);
                continue;
            }
            string row = expectedUnix[i];
            int close = row.IndexOf(']');
            var head = row[..close].Split(' ', StringSplitOptions.RemoveEmptyEntries); // unix, refcnt, [, flags...
            var tail = row[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool hasState = !tail[1].All(char.IsDigit);
            string textState = hasState ? tail[1] : "";
            string inode = tail[hasState ? 2 : 1];
            string program = tail[hasState ? 3 : 2];
            int programEnd = row.IndexOf(" " + program + " ", close, StringComparison.Ordinal) + program.Length + 1;
            string textPath = programEnd < row.Length ? row[programEnd..].TrimStart(' ') : "";
            Assert.True(head[1] == s.GetProperty("refcnt").GetUInt64().ToString(), row);
            Assert.True(string.Join(' ', head.Skip(3)) == string.Join(' ', s.GetProperty("flag_names").EnumerateArray().Select(x => x.GetString())), row);
            Assert.True(tail[0] == s.GetProperty("type").GetString(), row);
            string state = s.GetProperty("state").GetString()!;
            Assert.True(textState == (state == "UNCONNECTED" ? "" : state), row);
            Assert.True(inode == s.GetProperty("inode").GetUInt64().ToString(), row);
            Assert.True(program == TextProgram(s), row);
            var path = s.GetProperty("path");
            if (path.ValueKind == JsonValueKind.Null)
                Assert.True(textPath == "", row);
            else if (!textPath.Any(c => c < 0x20 || c == 0x7f))
                // net-tools cuts a path at its first space; control characters are compared in HostileNamesStayEscaped.
                Assert.True(path.GetString()!.StartsWith(textPath, StringComparison.Ordinal) && textPath.Length > 0, row);
            Assert.Equal(path.ValueKind != JsonValueKind.Null && path.GetString()!.StartsWith('@'), s.GetProperty("abstract").GetBoolean());
        }
    }

    [SkippableFact]
    public void EveryHolderOfASharedSocketIsListed()
    {
        fixture.SkipIfUnavailable();
        // holder.py's listener on 7001 is shared by a parent and its forked child.
        var text = Theirs("-tlnp").StdoutText.Split('\n').Single(l => l.Contains("127.0.0.1:7001 "));
        string shown = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Split('/')[0];
        var jq = fixture.World.Run("sh", ["-c", $"{Repo.OurNetstat} --json -tlnp | jq -c '[.sockets[] | select(.local.port == 7001) | .processes[].pid]'"]);
        var pids = JsonSerializer.Deserialize<int[]>(jq.StdoutText)!;
        Assert.Equal(2, pids.Length);
        Assert.Equal(shown, pids[0].ToString());
        Assert.NotEqual(pids[0], pids[1]);
    }

    [SkippableFact]
    public void JqAnswersWhichProcessHoldsAPort()
    {
        fixture.SkipIfUnavailable();
        var text = Theirs("-tlnp").StdoutText.Split('\n').Single(l => l.Contains("127.0.0.1:8080 "));
        string expected = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var jq = fixture.World.Run("sh", ["-c",
            $"{Repo.OurNetstat} --json -tlnp | jq -r '.sockets[] | select(.local.port == 8080) | .processes[0] | \"\\(.pid)/\\(.program)\"'"]);
        Assert.Equal(0, jq.ExitCode);
        Assert.Equal(expected + "\n", jq.StdoutText);
    }

    [SkippableFact]
    public void JqCountsEstablishedConnectionsAsNetToolsShowsThem()
    {
        fixture.SkipIfUnavailable();
        int expected = Theirs("-tn").StdoutText.Split('\n').Count(l => l.EndsWith("ESTABLISHED", StringComparison.Ordinal) || l.Contains(" ESTABLISHED "));
        var jq = fixture.World.Run("sh", ["-c", $"{Repo.OurNetstat} --json -tn | jq '[.sockets[] | select(.state == \"ESTABLISHED\")] | length'"]);
        Assert.True(expected >= 2);
        Assert.Equal(expected + "\n", jq.StdoutText);
    }

    [SkippableFact]
    public void HostileNamesStayEscaped()
    {
        fixture.SkipIfUnavailable();
        var run = Ours("-xap");
        AssertValid(run);
        // Not one raw control character or invalid byte anywhere in the document.
        Assert.DoesNotContain(run.Stdout, b => b < 0x20 && b != (byte)'\n');
        Assert.True(run.Stdout.Count(b => b == (byte)'\n') == 1);
        using var doc = JsonDocument.Parse(run.Stdout);
        var sockets = doc.RootElement.GetProperty("sockets").EnumerateArray().ToList();
        var paths = sockets.Select(s => s.GetProperty("path")).Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToList();
        // The literal four characters \x1b, exactly as the text output shows them.
        Assert.Contains(paths, p => p.EndsWith(@"red\x1b[31mALERT\x1b[0m.sock", StringComparison.Ordinal));
        Assert.Contains(@"@abstract\x07bell", paths);
        Assert.Contains(paths, p => p.EndsWith("path with space.sock", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("utf8-日本.sock", StringComparison.Ordinal));
        var programs = sockets.SelectMany(s => s.GetProperty("processes").EnumerateArray()).Select(p => p.GetProperty("program").GetString()!).ToList();
        Assert.Contains(@"evil\x1b]0;title\x07\x09name", programs);
        // The escaping README promises, applied here to the raw bytes net-tools prints for the same
        // sockets (not the one with a space: net-tools' sscanf cuts that path there, so it has no .sock).
        var hostile = Encoding.Latin1.GetBytes($"/tmp/{fixture.World.Name}-hostile/");
        var raw = RawNames.NetToolsUnixPaths(Theirs("-xa").Stdout)
            .Where(r => (r.AsSpan().StartsWith(hostile) && r.AsSpan().EndsWith(".sock"u8)) || r.AsSpan().StartsWith("@abstract\x07"u8)).ToList();
        Assert.True(raw.Count == 3, "net-tools' hostile paths: " + string.Join(" | ", raw.Select(r => Encoding.Latin1.GetString(r))));
        Assert.Contains(raw, r => r.AsSpan().IndexOf((byte)0x1b) >= 0);
        foreach (var path in raw)
            Assert.Contains(RawNames.ReadmeEscape(path), paths);
    }

    [SkippableFact]
    public void TimerMatchesNetToolsTimerColumn()
    {
        fixture.SkipIfUnavailable();
        // net-tools' -o column: "name (seconds/retransmits/timeout)", keyed by the endpoints.
        var column = new Regex(@"^tcp +\d+ +\d+ +(\S+) +(\S+) +\S+ +(\S+) \((\d+\.\d\d)/(\d+)/(\d+)\)$");
        var theirs = new Dictionary<string, (string Name, double Seconds, long Retransmits, long Timeout)>();
        foreach (var line in Theirs("-tano4").StdoutText.Split('\n'))
            if (column.Match(line) is { Success: true } m)
                theirs[m.Groups[1].Value + " " + m.Groups[2].Value] = (m.Groups[3].Value, double.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(m.Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(m.Groups[6].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(theirs.Values, t => t.Name == "keepalive");

        using var doc = JsonDocument.Parse(Ours("-tano4").Stdout);
        static string Endpoint(JsonElement e) =>
            e.GetProperty("address").GetString() + ":" + (e.GetProperty("port").GetInt32() is int port and not 0 ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*");
        int compared = 0;
        foreach (var socket in doc.RootElement.GetProperty("sockets").EnumerateArray())
        {
            // A socket that came or went between the two runs (TIME_WAIT ending) has no partner.
            if (!theirs.TryGetValue(Endpoint(socket.GetProperty("local")) + " " + Endpoint(socket.GetProperty("remote")), out var expected))
                continue;
            var timer = socket.GetProperty("timer");
            Assert.Equal(expected.Name, timer.GetProperty("name").GetString());
            Assert.Equal(expected.Retransmits, timer.GetProperty("retransmits").GetInt64());
            Assert.Equal(expected.Timeout, timer.GetProperty("timeout").GetInt64());
            // The timer runs down between the two runs: a generous margin on a busy machine.
            Assert.InRange(timer.GetProperty("ticks").GetInt64() / 100.0, expected.Seconds - 5, expected.Seconds + 0.01);
            compared++;
        }
        Assert.True(compared >= 4, $"only {compared} sockets compared");
    }

    [SkippableFact]
    public void InvalidUtf8IsEscapedAndTheDocumentStaysValid()
    {
        fixture.SkipIfUnavailable();
        // A unix socket path holding bytes that are not UTF-8 and a newline.
        var dir = $"/tmp/{fixture.World.Name}";
        var p = fixture.World.Spawn($"exec /usr/bin/python3 -c \"import socket,time,os; s=socket.socket(socket.AF_UNIX); s.bind(os.fsencode('{dir}/bad') + b'\\xff\\xfe\\nx'); s.listen(); print('READY', flush=True); time.sleep(60)\"");
        try
        {
            var run = Ours("-xl");
            AssertValid(run);
            using var doc = JsonDocument.Parse(run.Stdout);
            var paths = doc.RootElement.GetProperty("sockets").EnumerateArray().Select(s => s.GetProperty("path").GetString()).ToList();
            Assert.Contains($@"{dir}/bad\xff\xfe\x0ax", paths);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
        }
    }

    [SkippableFact]
    public void StatisticsCarryEveryKernelCounterUnderItsOwnName()
    {
        fixture.SkipIfUnavailable();
        using var doc = JsonDocument.Parse(Ours("-s").Stdout);
        var stats = doc.RootElement.GetProperty("statistics");
        // Every table and counter name of the kernel's files (the expectation comes from the files).
        int checkedCounters = 0;
        foreach (var file in new[] { "/proc/net/snmp", "/proc/net/netstat" })
        {
            var lines = fixture.World.Exec($"cat {file}").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < lines.Length; i += 2)
            {
                var names = lines[i].Split(' ');
                string table = names[0].TrimEnd(':');
                foreach (var name in names.Skip(1))
                {
                    Assert.True(stats.GetProperty(table).TryGetProperty(name, out _), $"{table}.{name}");
                    checkedCounters++;
                }
            }
        }
        foreach (var line in fixture.World.Exec("cat /proc/net/snmp6").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            string table = name[..(name.IndexOf('6') + 1)];
            Assert.True(stats.GetProperty(table).TryGetProperty(name, out _), name);
            checkedCounters++;
        }
        Assert.True(checkedCounters > 200);
        // Values net-tools prints: the world's connections were opened before both runs.
        var text = Theirs("-st").StdoutText;
        var active = Regex.Match(text, @"(\d+) active connection openings").Groups[1].Value;
        var passive = Regex.Match(text, @"(\d+) passive connection openings").Groups[1].Value;
        Assert.Equal(active, stats.GetProperty("Tcp").GetProperty("ActiveOpens").GetUInt64().ToString());
        Assert.Equal(passive, stats.GetProperty("Tcp").GetProperty("PassiveOpens").GetUInt64().ToString());
    }

    [SkippableFact]
    public void RoutesCarryNetToolsColumns()
    {
        fixture.SkipIfUnavailable();
        var rows = Theirs("-rn").StdoutText.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        using var doc = JsonDocument.Parse(Ours("-rn").Stdout);
        var routes = doc.RootElement.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(rows.Count, routes.Count);
        Assert.True(routes.Count >= 2);
        for (int i = 0; i < rows.Count; i++)
        {
            var f = rows[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var r = routes[i];
            Assert.Equal(f[0], r.GetProperty("destination").GetString());
            Assert.Equal(f[1], r.GetProperty("gateway").GetString());
            Assert.Equal(f[2], r.GetProperty("genmask").GetString());
            Assert.Equal(f[3], r.GetProperty("flag_text").GetString());
            Assert.Equal(f[4], r.GetProperty("metric").GetInt32().ToString());
            Assert.Equal(f[5], r.GetProperty("refcnt").GetInt32().ToString());
            Assert.Equal(f[6], r.GetProperty("use").GetInt32().ToString());
            Assert.Equal(f[7], r.GetProperty("interface").GetString());
        }
        var rows6 = Theirs("-rn6").StdoutText.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        using var doc6 = JsonDocument.Parse(Ours("-rn6").Stdout);
        var routes6 = doc6.RootElement.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(rows6.Count, routes6.Count);
        for (int i = 0; i < rows6.Count; i++)
        {
            var f = rows6[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var r = routes6[i];
            Assert.Equal(f[0], r.GetProperty("destination").GetString() + "/" + r.GetProperty("destination_prefix").GetInt32());
            Assert.Equal(f[1], r.GetProperty("next_hop").GetString());
            Assert.Equal(f[2], r.GetProperty("flag_text").GetString());
            Assert.Equal(f[3], r.GetProperty("metric").GetInt32().ToString());
            Assert.Equal(f[^1], r.GetProperty("interface").GetString());
        }
    }

    [SkippableFact]
    public void InterfacesAndGroupsCarryNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        var rows = Theirs("-ia").StdoutText.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        using var doc = JsonDocument.Parse(Ours("-ia").Stdout);
        var ifaces = doc.RootElement.GetProperty("interfaces").EnumerateArray().ToList();
        Assert.Equal(rows.Count, ifaces.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var f = rows[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(f[0], ifaces[i].GetProperty("name").GetString());
            Assert.Equal(f[1], ifaces[i].GetProperty("mtu").GetInt32().ToString());
        }
        var groups = Theirs("-gn").StdoutText.Split('\n').Skip(3).Where(l => l.Length > 0).ToList();
        using var gdoc = JsonDocument.Parse(Ours("-gn").Stdout);
        var json = gdoc.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(groups.Count, json.Count);
        Assert.True(groups.Count >= 2);
        for (int i = 0; i < groups.Count; i++)
        {
            var f = groups[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(f[0], json[i].GetProperty("interface").GetString());
            Assert.Equal(f[1], json[i].GetProperty("refcnt").GetInt32().ToString());
            Assert.Equal(f[2], json[i].GetProperty("group").GetProperty("address").GetString());
        }
    }

    [SkippableTheory]
    [InlineData("-tn")]
    [InlineData("-rn")]
    [InlineData("-i")]
    public void ContinuousModeWritesOneDocumentPerLine(string args)
    {
        fixture.SkipIfUnavailable();
        var run = fixture.World.Run("sh", ["-c", $"timeout 10 {Repo.OurNetstat} --json -c {args} | head -2"], timeout: TimeSpan.FromSeconds(20));
        Assert.Equal(2, run.StdoutText.Count(c => c == '\n'));
        AssertValid(run, documents: 2);
    }
}
