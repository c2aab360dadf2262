using System.Net;
using NetStat.Query;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// A namespace whose sockets make `grep :22` wrong (ports 22, 2222, 8022, 9022, 22000, the
/// address 198.51.100.22, a unix path "svc:22"), held by three processes, one of them nobody.
/// </summary>
public sealed class FilterWorld : WorldFixture
{
    public int SshdPid { get; private set; }
    public int WebPid { get; private set; }
    public int NobodyPid { get; private set; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (RunResult Listing, RunResult Detail, HashSet<string> Listening)> _reference = new();

    /// <summary>
    /// net-tools' listing for <paramref name="args"/>, the same listing with -n -e -p, and the
    /// rows of it net-tools itself counts as servers (the world does not change, so each is run
    /// once for all the filters tried on it).
    /// </summary>
    public (RunResult Listing, RunResult Detail, HashSet<string> Listening) Reference(string args, string? asUser = null) => _reference.GetOrAdd(args + "|" + asUser, _ =>
    {
        var argv = Diff.SplitArgs(args);
        var listing = World.Run(Repo.ReferenceNetstat, argv, asUser: asUser);
        return (listing, World.Run(Repo.ReferenceNetstat, [.. argv, "-n", "-e", "-p"], asUser: asUser), ServerLines(argv, listing, asUser));
    });

    /// <summary>
    /// The lines of <paramref name="listing"/> that net-tools' -l shows: with -a, the lines of the
    /// same run with -l instead (rows match by their text); without, all rows or none.
    /// </summary>
    private HashSet<string> ServerLines(string[] argv, RunResult listing, string? asUser)
    {
        bool all = argv.Any(a => IsShort(a) && a.Contains('a'));
        if (!all)
            return argv.Any(a => IsShort(a) && a.Contains('l')) ? [.. listing.StdoutText.Split('\n')] : [];
        string[] servers = [.. argv.Select(a => IsShort(a) ? a.Replace("a", "") : a).Where(a => a != "-"), "-l"];
        return [.. World.Run(Repo.ReferenceNetstat, servers, asUser: asUser).StdoutText.Split('\n')];
    }

    private static bool IsShort(string arg) => arg.StartsWith('-') && !arg.StartsWith("--", StringComparison.Ordinal);

    public FilterWorld() : base(setup: null)
    {
        if (SkipReason is not null)
            return;
        try
        {
            World.Exec("ip addr add 198.51.100.22/32 dev lo && ip addr add 2001:db8::22/128 dev lo nodad");
            string script = Repo.Fixture("worlds", "filters.py");
            SshdPid = World.Spawn($"exec /usr/bin/python3 {script} main /tmp/{World.Name}").Id;
            WebPid = World.Spawn($"exec /usr/bin/python3 {script} web").Id;
            NobodyPid = World.Spawn($"exec setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 {script} nobody").Id;
        }
        catch
        {
            Dispose();
            throw;
        }
    }
}

/// <summary>
/// Our filtered output must equal net-tools' full output with the filter applied, by this test,
/// to net-tools' own rows: the expectation never comes from our code. Each row's numeric
/// ports, addresses, uid and process come from a second net-tools run with -n -e -p, whose
/// rows are the same sockets in the same order.
/// </summary>
public sealed class FilterTests(FilterWorld fixture) : IClassFixture<FilterWorld>
{
    private sealed record Row(string Line, string Proto, string LocalAddress, int LocalPort, string RemoteAddress, int RemotePort,
        string State, long Uid, int Pid, string Program)
    {
        public bool Unix => Proto == "unix";
        public bool Inet => !Unix;
        public bool Raw => Proto.StartsWith("raw", StringComparison.Ordinal);
        public bool Tcp => Proto.StartsWith("tcp", StringComparison.Ordinal);
        public bool Port(params int[] ports) => Inet && (ports.Contains(LocalPort) || ports.Contains(RemotePort));

        /// <summary>Whether net-tools' own -l lists this row (set from its run, never from our rule).</summary>
        public bool Listening { get; init; }

        /// <summary>The TCP state name this row counts as (UDP/raw: ESTABLISHED or CLOSE; UNIX mapped).</summary>
        public string TcpState => Unix
            ? State switch { "CONNECTED" => "ESTABLISHED", "LISTENING" => "LISTEN", "" => "CLOSE", "CONNECTING" => "SYN_SENT", _ => "?" }
            : Raw ? (State == "1" ? "ESTABLISHED" : State == "7" ? "CLOSE" : "?")
            : Tcp ? State : (State == "" ? "CLOSE" : State);

        public bool Local(string cidr) => Inet && InBlock(LocalAddress, cidr);
        public bool Remote(string cidr) => Inet && InBlock(RemoteAddress, cidr);

        private bool InBlock(string address, string cidr)
        {
            var a = IPAddress.Parse(address);
            // net-tools prints an IPv4-mapped address of a tcp6/udp6 row as plain IPv4 text.
            if (Proto.EndsWith('6') && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                a = a.MapToIPv6();
            var n = IPNetwork.Parse(cidr.Contains('/') ? cidr : cidr + (cidr.Contains(':') ? "/128" : "/32"));
            if (n.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && a.IsIPv4MappedToIPv6)
                a = a.MapToIPv4();
            return a.AddressFamily == n.BaseAddress.AddressFamily && n.Contains(a);
        }
    }

    private static readonly Dictionary<string, Func<FilterWorld, Row, bool>> Predicates = new()
    {
        ["--port 22"] = (_, r) => r.Port(22),
        ["--sport 22"] = (_, r) => r.Inet && r.LocalPort == 22,
        ["--dport 22"] = (_, r) => r.Inet && r.RemotePort == 22,
        ["--port 2222,22000"] = (_, r) => r.Port(2222, 22000),
        ["--port 8000-8099"] = (_, r) => r.Inet && (r.LocalPort is >= 8000 and <= 8099 || r.RemotePort is >= 8000 and <= 8099),
        ["--port 22 --port 443"] = (_, r) => r.Port(22, 443),
        ["--port 22,2222 --state listen"] = (_, r) => r.Port(22, 2222) && r.TcpState == "LISTEN",
        ["--state established"] = (_, r) => r.TcpState == "ESTABLISHED",
        ["--state LISTENING"] = (_, r) => r.Listening,
        ["--state connected"] = (_, r) => !r.Listening,
        ["--state close"] = (_, r) => r.TcpState == "CLOSE",
        ["--state fin_wait2,Close-Wait"] = (_, r) => r.TcpState is "FIN_WAIT2" or "CLOSE_WAIT",
        ["--state established,listen"] = (_, r) => r.TcpState is "ESTABLISHED" or "LISTEN",
        ["--addr 198.51.100.22"] = (_, r) => r.Local("198.51.100.22") || r.Remote("198.51.100.22"),
        ["--src 198.51.100.0/24"] = (_, r) => r.Local("198.51.100.0/24"),
        ["--dst 127.0.0.0/8"] = (_, r) => r.Remote("127.0.0.0/8"),
        ["--addr 2001:db8::/32"] = (_, r) => r.Local("2001:db8::/32") || r.Remote("2001:db8::/32"),
        ["--addr ::1"] = (_, r) => r.Local("::1") || r.Remote("::1"),
        ["--src 0.0.0.0/0"] = (_, r) => r.Local("0.0.0.0/0"),
        ["--dst ::/0"] = (_, r) => r.Remote("::/0"),
        ["--dport 22 --dst 127.0.0.1"] = (_, r) => r.Inet && r.RemotePort == 22 && r.Remote("127.0.0.1"),
        ["--state established --dst 127.0.0.0/8"] = (_, r) => r.TcpState == "ESTABLISHED" && r.Remote("127.0.0.0/8"),
        ["--port 53,123"] = (_, r) => r.Port(53, 123),
        ["--program sshd"] = (_, r) => r.Program == "sshd",
        ["--program nginx*"] = (_, r) => r.Program.StartsWith("nginx", StringComparison.Ordinal),
        ["--program *h*"] = (_, r) => r.Program.Contains('h'),
        ["--pid WEB"] = (w, r) => r.Pid == w.WebPid,
        ["--pid SSHD,NOBODY --state established"] = (w, r) => (r.Pid == w.SshdPid || r.Pid == w.NobodyPid) && r.TcpState == "ESTABLISHED",
        ["--user 65534"] = (_, r) => r.Inet && r.Uid == 65534,
        ["--user nobody"] = (_, r) => r.Inet && r.Uid == 65534,
        ["--user root --port 22"] = (_, r) => r.Inet && r.Uid == 0 && r.Port(22),
        ["--port ssh"] = (_, r) => !r.Raw && r.Port(22),
        ["--port https --state established"] = (_, r) => !r.Raw && r.Port(443) && r.TcpState == "ESTABLISHED",
        ["--sport 22000-65535 --state close"] = (_, r) => r.Inet && r.LocalPort >= 22000 && r.TcpState == "CLOSE",
        ["--program python3"] = (_, r) => r.Program == "python3",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var filter in Predicates.Keys)
            data.Add("-an", filter);
        (string, string)[] more =
        [
            ("-a", "--port 22"), ("-a", "--port ssh"), ("-a", "--state close"), ("", "--port 22"), ("-l", "--port 22"),
            ("-tan", "--port 22"), ("-tan", "--dport 22 --dst 127.0.0.1"), ("-uan", "--port 53,123"), ("-uan", "--state connected"),
            ("-Uan", "--port 22"), ("-wan", "--port 22"), ("-wan", "--state close"), ("-an6", "--dst 127.0.0.0/8"), ("-an4", "--addr 198.51.100.22"),
            ("-xa", "--state LISTENING"), ("-xa", "--program sshd"), ("-xa", "--port 22"), ("-xa", "--state established"), ("-xa", "--state close"),
            ("-anp", "--port 22 --port 443"), ("-anp", "--pid WEB"), ("-tulpn", "--program nginx*"), ("-ae", "--user nobody"),
            ("-aep", "--pid SSHD,NOBODY --state established"), ("-at", "--port https --state established"), ("-anW", "--addr 2001:db8::/32"),
        ];
        foreach (var (args, filter) in more)
            data.Add(args, filter);
        return data;
    }

    /// <summary>
    /// The cases meant to keep no row: UNIX listings with an Internet-only constraint or a state
    /// no UNIX socket of this world has, and runs as nobody that can see no owner of the kept rows.
    /// </summary>
    private static readonly HashSet<(string Args, string Filter, string? AsUser)> KeepsNothing =
    [
        ("-xa", "--port 22", null),
        ("-an", "--program sshd", "65534"),
    ];

    /// <summary>
    /// The cases meant to keep every row: every raw socket of this world is unconnected, which
    /// net-tools shows as state 7 (CLOSE).
    /// </summary>
    private static readonly HashSet<(string Args, string Filter, string? AsUser)> KeepsEverything =
    [
        ("-wan", "--state close", null),
    ];

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void FilteredEqualsNetToolsFiltered(string args, string filter) => Check(args, filter, null, "");

    /// <summary>
    /// As user nobody: only nobody's own processes can be identified, in net-tools' -p column as
    /// for our --pid/--program, which then say so on stderr (net-tools, without -p, says nothing).
    /// </summary>
    [SkippableTheory]
    [InlineData("-an", "--port 22", "")]
    [InlineData("-ae", "--user nobody", "")]
    [InlineData("-an", "--program python3", "(Not all processes could be identified: --pid and --program see only your own processes.)\n")]
    [InlineData("-an", "--program sshd", "(Not all processes could be identified: --pid and --program see only your own processes.)\n")]
    public void FilteredEqualsNetToolsFilteredForAnOrdinaryUser(string args, string filter, string stderr) => Check(args, filter, "65534", stderr);

    private void Check(string args, string filter, string? asUser, string extraStderr)
    {
        fixture.SkipIfUnavailable();
        string realFilter = filter.Replace("WEB", fixture.WebPid.ToString()).Replace("SSHD", fixture.SshdPid.ToString())
            .Replace("NOBODY", fixture.NobodyPid.ToString());
        var predicate = Predicates[filter];
        var argv = Diff.SplitArgs(args);
        // The same listing with every column numeric and present tells each row's values.
        var (reference, detail, servers) = fixture.Reference(args, asUser);
        Assert.Equal(0, reference.ExitCode);
        var rows = Rows(detail.StdoutText);
        var lines = reference.StdoutText.Split('\n');
        var expected = new List<string>();
        int row = 0;
        foreach (var line in lines)
        {
            if (!IsRow(line))
            {
                expected.Add(line);
                continue;
            }
            Assert.True(row < rows.Count, $"net-tools' two runs of {args} list different sockets");
            if (predicate(fixture, rows[row] with { Listening = servers.Contains(line) }))
                expected.Add(line);
            row++;
        }
        Assert.Equal(rows.Count, row);
        string expectedText = string.Join('\n', expected);
        // A filter that is ignored (keeps every row) or keeps nothing proves little: only the
        // cases listed as keeping nothing may do so, and none may keep everything.
        int kept = expected.Count(IsRow);
        if (KeepsNothing.Contains((args, filter, asUser)))
            Assert.True(kept == 0, $"{args} {filter} was listed as keeping no row but keeps {kept}");
        else if (KeepsEverything.Contains((args, filter, asUser)))
            Assert.True(kept > 0 && kept == rows.Count, $"{args} {filter} was listed as keeping every row but keeps {kept} of {rows.Count}");
        else
            Assert.True(kept > 0 && kept < rows.Count, $"{args} {filter} keeps {kept} of {rows.Count} rows: it must keep some, not all");
        foreach (string netlink in new[] { "0", "1" })
        {
            var ours = fixture.World.Run("env", ["NETSTAT_NO_NETLINK=" + netlink, Repo.OurNetstat, .. argv, .. Diff.SplitArgs(realFilter)], asUser: asUser);
            Assert.Equal(reference.StderrText + extraStderr, ours.StderrText);
            Assert.Equal(reference.ExitCode, ours.ExitCode);
            Assert.Equal(expectedText, ours.StdoutText);
        }
    }

    private static bool IsRow(string line) =>
        line.StartsWith("tcp", StringComparison.Ordinal) || line.StartsWith("udp", StringComparison.Ordinal)
        || line.StartsWith("raw", StringComparison.Ordinal) || line.StartsWith("unix", StringComparison.Ordinal);

    /// <summary>Rows of a net-tools listing made with -n -e -p (every column numeric and present).</summary>
    private static List<Row> Rows(string output)
    {
        var rows = new List<Row>();
        int state = -1, inode = -1, pid = -1, path = -1;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("Proto RefCnt", StringComparison.Ordinal))
            {
                state = line.IndexOf("State", StringComparison.Ordinal);
                inode = line.IndexOf("I-Node", StringComparison.Ordinal);
                pid = line.IndexOf("PID/Program", StringComparison.Ordinal);
                path = line.IndexOf("Path", StringComparison.Ordinal);
                continue;
            }
            if (!IsRow(line))
                continue;
            if (line.StartsWith("unix", StringComparison.Ordinal))
            {
                var (p, prog) = Process(line[pid..path].Trim());
                rows.Add(new Row(line, "unix", "", 0, "", 0, line[state..inode].Trim(), -1, p, prog));
                continue;
            }
            var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (lAddr, lPort) = Endpoint(t[3]);
            var (rAddr, rPort) = Endpoint(t[4]);
            string st = t.Length == 9 ? t[5] : "";
            var (pp, pprog) = Process(t[^1]);
            rows.Add(new Row(line, t[0], lAddr, lPort, rAddr, rPort, st, long.Parse(t[^3]), pp, pprog));
        }
        return rows;
    }

    private static (string, int) Endpoint(string text)
    {
        int colon = text.LastIndexOf(':');
        string port = text[(colon + 1)..];
        return (text[..colon], port == "*" ? 0 : int.Parse(port));
    }

    private static (int, string) Process(string column)
    {
        int slash = column.IndexOf('/');
        return slash < 0 ? (-1, "") : (int.Parse(column[..slash]), column[(slash + 1)..]);
    }

    /// <summary>
    /// Each kind of bad value: the filter, its kind, the English line (the C locale's, as it has
    /// always been) and the Japanese one (the value and the option name as given, the words translated).
    /// </summary>
    public static TheoryData<string, FilterProblem, string, string> BadValues() => new()
    {
        { "--port 70000", FilterProblem.PortOutOfRange, "netstat: --port: port out of range '70000'", "netstat: --port: ポート番号が範囲外です '70000'" },
        { "--sport 22,99999", FilterProblem.PortOutOfRange, "netstat: --sport: port out of range '99999'", "netstat: --sport: ポート番号が範囲外です '99999'" },
        { "--dport 9000-8000", FilterProblem.PortRangeRunsBackwards, "netstat: --dport: port range runs backwards '9000-8000'", "netstat: --dport: ポートの範囲が逆順です '9000-8000'" },
        { "--port 80-", FilterProblem.MalformedPortRange, "netstat: --port: malformed port range '80-'", "netstat: --port: ポートの範囲の形式が不正です '80-'" },
        { "--port no-such-service", FilterProblem.UnknownService, "netstat: --port: unknown service 'no-such-service'", "netstat: --port: 不明なサービスです 'no-such-service'" },
        { "--port 22,,80", FilterProblem.EmptyItemInList, "netstat: --port: empty item in list '22,,80'", "netstat: --port: リストに空の項目があります '22,,80'" },
        { "--port=", FilterProblem.EmptyList, "netstat: --port: empty list ''", "netstat: --port: リストが空です ''" },
        { "--state nonsense", FilterProblem.UnknownState, "netstat: --state: unknown state 'nonsense'", "netstat: --state: 不明な状態です 'nonsense'" },
        { "--addr 10.0.0.0/33", FilterProblem.PrefixLengthAbove32, "netstat: --addr: prefix length above 32 '10.0.0.0/33'", "netstat: --addr: プレフィックス長が 32 を超えています '10.0.0.0/33'" },
        { "--src 10.0.0/8", FilterProblem.MalformedIPv4Address, "netstat: --src: malformed IPv4 address '10.0.0/8'", "netstat: --src: IPv4 アドレスの形式が不正です '10.0.0/8'" },
        { "--dst 2001:db8::/129", FilterProblem.PrefixLengthAbove128, "netstat: --dst: prefix length above 128 '2001:db8::/129'", "netstat: --dst: プレフィックス長が 128 を超えています '2001:db8::/129'" },
        { "--dst 2001:db8:::1", FilterProblem.MalformedIPv6Address, "netstat: --dst: malformed IPv6 address '2001:db8:::1'", "netstat: --dst: IPv6 アドレスの形式が不正です '2001:db8:::1'" },
        { "--addr 10.0.0.0/x", FilterProblem.MalformedPrefixLength, "netstat: --addr: malformed prefix length '10.0.0.0/x'", "netstat: --addr: プレフィックス長の形式が不正です '10.0.0.0/x'" },
        { "--pid 12a", FilterProblem.NotAProcessId, "netstat: --pid: not a process id '12a'", "netstat: --pid: プロセス ID ではありません '12a'" },
        { "--user no-such-user-here", FilterProblem.UnknownUser, "netstat: --user: unknown user 'no-such-user-here'", "netstat: --user: 不明なユーザーです 'no-such-user-here'" },
        { "--port 22 --state listen --user 4294967296", FilterProblem.UserIdOutOfRange, "netstat: --user: user id out of range '4294967296'", "netstat: --user: ユーザー ID が範囲外です '4294967296'" },
        { "--port a\u001b[2Jb", FilterProblem.UnknownService, "netstat: --port: unknown service 'a\\x1b[2Jb'", "netstat: --port: 不明なサービスです 'a\\x1b[2Jb'" },
        { "--program=", FilterProblem.EmptyProgramName, "netstat: --program: empty program name ''", "netstat: --program: プログラム名が空です ''" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadValues))]
    public void BadValueIsOneLineAndNoRows(string filter, FilterProblem kind, string message, string japanese)
    {
        fixture.SkipIfUnavailable();
        // --all-netns and -c: still one line, before any namespace is entered or pass is run.
        foreach (string mode in new[] { "-an", "-a", "-tulpn", "--all-netns", "-c" })
        {
            var ours = fixture.World.Run(Repo.OurNetstat, [mode, .. Diff.SplitArgs(filter)]);
            Assert.Equal(1, ours.ExitCode);
            Assert.Equal("", ours.StdoutText);
            Assert.Equal(message + "\n", ours.StderrText);
        }
        // The kind the library names is the one the line words.
        var builder = new SocketFilterBuilder();
        var args = Diff.SplitArgs(filter);
        var e = Assert.Throws<FilterValueException>(() =>
        {
            for (int i = 0; i < args.Length; i++)
            {
                var (option, value) = args[i].Contains('=') ? (args[i][..args[i].IndexOf('=')], args[i][(args[i].IndexOf('=') + 1)..]) : (args[i], args[++i]);
                builder.Add(FieldOf[option], value);
            }
        });
        Assert.Equal(kind, e.Kind);
        // The C locale's line is byte for byte the English one; Japanese words it in Japanese.
        Assert.Equal(message + "\n", Diff.RunOurs(fixture.World, "-an " + filter, ["LC_ALL=C", "LANG=ja_JP.UTF-8"]).StderrText);
        var ja = Diff.RunOurs(fixture.World, "-an " + filter, ["LANG=ja_JP.UTF-8"]);
        Assert.Equal(1, ja.ExitCode);
        Assert.Equal("", ja.StdoutText);
        Assert.Equal(japanese + "\n", ja.StderrText);
    }

    private static readonly Dictionary<string, FilterField> FieldOf = new()
    {
        ["--port"] = FilterField.Port, ["--sport"] = FilterField.LocalPort, ["--dport"] = FilterField.RemotePort,
        ["--state"] = FilterField.State, ["--pid"] = FilterField.Pid, ["--program"] = FilterField.Program, ["--user"] = FilterField.User,
        ["--addr"] = FilterField.Address, ["--src"] = FilterField.LocalAddress, ["--dst"] = FilterField.RemoteAddress,
    };

    [Fact]
    public void EveryProblemKindHasABadValue()
    {
        var covered = BadValues().Select(row => (FilterProblem)row[1]).ToHashSet();
        Assert.Equal(Enum.GetValues<FilterProblem>().Order(), covered.Order());
    }

    /// <summary>
    /// Modes without Internet or UNIX rows refuse a filter (good value or bad) with one line,
    /// status 1, rather than ignoring it; -c, --all-netns and -e do not change that.
    /// </summary>
    [SkippableTheory]
    [InlineData("-r")]
    [InlineData("-rn -c")]
    [InlineData("-i")]
    [InlineData("-s")]
    [InlineData("-g")]
    [InlineData("-M")]
    [InlineData("-s --all-netns")]
    public void NonSocketModesRefuseFilters(string mode)
    {
        fixture.SkipIfUnavailable();
        foreach (string filter in new[] { "--port=bogus", "--port 22", "--state=foo --port 22" })
        {
            string option = filter[2..filter.IndexOfAny(['=', ' '])];
            var ours = fixture.World.Run(Repo.OurNetstat, [.. Diff.SplitArgs(mode), .. Diff.SplitArgs(filter)]);
            Assert.Equal(1, ours.ExitCode);
            Assert.Equal("", ours.StdoutText);
            Assert.Equal($"netstat: --{option}: only socket listings can be filtered (not -r, -i, -s, -g alone or -M)\n", ours.StderrText);
        }
    }
}
