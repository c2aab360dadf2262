using System.Diagnostics;
using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// Two named namespaces holding different sockets (A also a veth link and a route). Their
/// /etc/hosts is this machine's, so that names resolve alike for net-tools run by
/// <c>ip netns exec</c> (which bind-mounts /etc/netns/NAME/hosts) and for ours run from outside
/// with --netns (which only enters the network namespace and keeps this system's files).
/// </summary>
public sealed class NamespacePairWorld : IDisposable
{
    public NetnsWorld A { get; }
    public NetnsWorld B { get; }
    public string? SkipReason { get; } = Requirements.MissingForNamespaces;

    public NamespacePairWorld()
    {
        if (SkipReason is not null)
        {
            A = B = null!;
            return;
        }
        string hosts = File.ReadAllText("/etc/hosts");
        A = new NetnsWorld(hosts);
        B = new NetnsWorld(hosts);
        try
        {
            // No IPv6 on new links: no DAD or MLD packets moving counters between two runs.
            A.Exec("""
                set -e
                sysctl -qw net.ipv6.conf.default.disable_ipv6=1
                ip link add vA0 address 02:00:00:00:0a:01 type veth peer name vA1 address 02:00:00:00:0a:02
                ip addr add 198.51.100.1/24 brd + dev vA0
                ip link set vA0 up
                ip link set vA1 up
                ip route add 203.0.113.0/24 via 198.51.100.2
                """);
            string holder = Repo.Fixture("worlds", "nsholder.py");
            A.Spawn($"exec /usr/bin/python3 {holder} 7100");
            B.Spawn($"exec /usr/bin/python3 {holder} 7200");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void SkipIfUnavailable() => Skip.If(SkipReason is not null, SkipReason);

    /// <summary>The lowest PID inside <paramref name="world"/> (its holder process).</summary>
    public static int PidIn(NetnsWorld world) =>
        ProcessRunner.Sh($"ip netns pids {world.Name}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Min();

    /// <summary>The namespace inode, as stat shows it.</summary>
    public static ulong InodeOf(string path) => ulong.Parse(ProcessRunner.Sh($"stat -L -c %i {path}").Trim());

    public void Dispose()
    {
        if (SkipReason is not null)
            return;
        A?.Dispose();
        B?.Dispose();
    }
}

public sealed class NamespaceTests(NamespacePairWorld fixture) : IClassFixture<NamespacePairWorld>
{
    /// <summary>Ours, run from this namespace.</summary>
    private static RunResult Ours(params string[] args) => ProcessRunner.Run(Repo.OurNetstat, args);

    public static TheoryData<string> Arguments() =>
    [
        "-tan", "-uan", "-xa", "-an", "-a", "-ta", "-tanp", "-tlnp", "-xap", "-aee", "-A inet6 -an", "-l", "-uanW",
        "-r", "-rn", "-rne", "-rC", "-A inet6 -rn",
        "-i", "-ia", "-ie", "-ian",
        "-s", "-st", "-su", "-sw",
        "-g", "-gn",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void NetnsEqualsIpNetnsExec(string args)
    {
        fixture.SkipIfUnavailable();
        foreach (var world in new[] { fixture.A, fixture.B })
        {
            var argv = Diff.SplitArgs(args);
            var expected = world.Run(Repo.ReferenceNetstat, argv);
            var actual = Ours(["--netns", world.Name, .. argv]);
            Diff.AssertEqual($"--netns {world.Name} {args}", expected, actual);
        }
    }

    [SkippableFact]
    public void TimersInsideMatchWithTheirCountdownMasked()
    {
        fixture.SkipIfUnavailable();
        var expected = fixture.A.Run(Repo.ReferenceNetstat, ["-tano"]);
        var actual = Ours("--netns", fixture.A.Name, "-tano");
        Diff.AssertEqual("--netns A -tano", expected, actual, Diff.MaskTimers);
    }

    [SkippableTheory]
    [InlineData("-tan")]
    [InlineData("-uan")]
    [InlineData("-xa")]
    [InlineData("-i")]
    [InlineData("-rn")]
    public void NetnsPidEqualsIpNetnsExec(string args)
    {
        fixture.SkipIfUnavailable();
        int pid = NamespacePairWorld.PidIn(fixture.B);
        var argv = Diff.SplitArgs(args);
        var expected = fixture.B.Run(Repo.ReferenceNetstat, argv);
        var actual = Ours(["--netns-pid", pid.ToString(), .. argv]);
        Diff.AssertEqual($"--netns-pid {pid} {args}", expected, actual);
    }

    [SkippableFact]
    public void TheTwoNamespacesReallyDiffer()
    {
        // Guards the comparisons above against reading this namespace's tables twice.
        fixture.SkipIfUnavailable();
        var a = Ours("--netns", fixture.A.Name, "-tan").StdoutText;
        var b = Ours("--netns", fixture.B.Name, "-tan").StdoutText;
        Assert.Contains("127.0.0.1:7100", a);
        Assert.DoesNotContain("127.0.0.1:7200", a);
        Assert.Contains("127.0.0.1:7200", b);
        Assert.DoesNotContain("127.0.0.1:7100", b);
    }

    [SkippableTheory]
    [InlineData("-tan")]
    [InlineData("-xa")]
    [InlineData("-i")]
    [InlineData("-rn")]
    [InlineData("-s")]
    public void AllNetnsHasOneSectionPerNamespaceWithNetToolsOutput(string args)
    {
        fixture.SkipIfUnavailable();
        var argv = Diff.SplitArgs(args);
        // A namespace without a name: found only through its process.
        using var unnamed = Process.Start(new ProcessStartInfo("unshare", ["-n", "sleep", "60"]) { UseShellExecute = false })!;
        try
        {
            string unnamedNs = $"/proc/{unnamed.Id}/ns/net";
            var deadline = DateTime.UtcNow.AddSeconds(10);
            // unshare execs sleep once the namespace is made: wait for that.
            while (ProcessRunner.Run("readlink", [unnamedNs]).StdoutText == ProcessRunner.Run("readlink", ["/proc/self/ns/net"]).StdoutText
                   && DateTime.UtcNow < deadline)
                Thread.Sleep(50);

            // No assertion on the exit status: it also reflects the namespaces other tests
            // create and delete meanwhile on this machine (one may be half torn down).
            var all = Ours(["--all-netns", .. argv]);
            var sections = Sections(all.StdoutText);
            // In Japanese the headings' words are translated, names and numbers kept.
            var ja = ProcessRunner.Run(Repo.OurNetstat, ["--all-netns", .. argv], env: Japanese).StdoutText;

            foreach (var world in new[] { fixture.A, fixture.B })
            {
                ulong inode = NamespacePairWorld.InodeOf($"/run/netns/{world.Name}");
                string header = $"Network namespace {world.Name} (inode {inode}):";
                Assert.Single(sections, s => s.Header == header);
                Assert.Single(sections, s => s.Header.EndsWith($"(inode {inode}):"));
                Assert.Contains($"\nネットワーク名前空間 {world.Name} (iノード {inode}):\n", "\n" + ja);
                var expected = world.Run(Repo.ReferenceNetstat, argv);
                Assert.Equal(expected.StdoutText, sections.Single(s => s.Header == header).Body);
            }

            ulong unnamedInode = NamespacePairWorld.InodeOf(unnamedNs);
            string unnamedHeader = $"Network namespace of PID {unnamed.Id} (inode {unnamedInode}):";
            Assert.Single(sections, s => s.Header.EndsWith($"(inode {unnamedInode}):"));
            Assert.Contains($"\nネットワーク名前空間 PID {unnamed.Id} のもの (iノード {unnamedInode}):\n", "\n" + ja);
            var inside = ProcessRunner.Run("nsenter", ["-t", unnamed.Id.ToString(), "-n", Repo.ReferenceNetstat, .. argv]);
            Assert.Equal(inside.StdoutText, sections.Single(s => s.Header == unnamedHeader).Body);

            // Every namespace once, whatever else runs on this machine.
            var inodes = sections.Select(s => Regex.Match(s.Header, @"\(inode (\d+)\):$").Groups[1].Value).ToList();
            Assert.All(inodes, i => Assert.NotEqual("", i));
            Assert.Equal(inodes.Count, inodes.Distinct().Count());
        }
        finally
        {
            unnamed.Kill();
            unnamed.WaitForExit(5000);
        }
    }

    /// <summary>Splits --all-netns output at its headings; sections are separated by one empty line.</summary>
    private static List<(string Header, string Body)> Sections(string output)
    {
        var result = new List<(string, string)>();
        var matches = Regex.Matches(output, @"^Network namespace (?:\S.*|of PID \d+) \(inode \d+\):\n", RegexOptions.Multiline);
        Assert.True(matches.Count > 0, "no section headings:\n" + output);
        Assert.Equal(0, matches[0].Index);
        for (int i = 0; i < matches.Count; i++)
        {
            int start = matches[i].Index + matches[i].Length;
            int end = i + 1 < matches.Count ? matches[i + 1].Index - 1 : output.Length;
            if (i + 1 < matches.Count)
                Assert.Equal('\n', output[end]);
            result.Add((matches[i].Value.TrimEnd('\n'), output[start..end]));
        }
        return result;
    }

    /// <summary>The arguments, the English line (the C locale's, as it has always been) and the Japanese one.</summary>
    public static TheoryData<string[], string, string> BadSelections() => new()
    {
        { ["--netns", "nst-there-is-no-such-namespace"], "netstat: --netns: no such network namespace 'nst-there-is-no-such-namespace'",
            "netstat: --netns: そのようなネットワーク名前空間はありません 'nst-there-is-no-such-namespace'" },
        { ["--netns", "../etc"], "netstat: --netns: invalid network namespace name '../etc'", "netstat: --netns: 無効なネットワーク名前空間名です '../etc'" },
        { ["--netns", ""], "netstat: --netns: invalid network namespace name ''", "netstat: --netns: 無効なネットワーク名前空間名です ''" },
        { ["--netns-pid", "abc"], "netstat: --netns-pid: invalid process ID 'abc'", "netstat: --netns-pid: 無効なプロセス ID です 'abc'" },
        { ["--netns-pid", "0"], "netstat: --netns-pid: invalid process ID '0'", "netstat: --netns-pid: 無効なプロセス ID です '0'" },
        { ["--netns-pid", "-5"], "netstat: --netns-pid: invalid process ID '-5'", "netstat: --netns-pid: 無効なプロセス ID です '-5'" },
        { ["--netns-pid", "12x"], "netstat: --netns-pid: invalid process ID '12x'", "netstat: --netns-pid: 無効なプロセス ID です '12x'" },
        { ["--netns-pid", "99999999999"], "netstat: --netns-pid: invalid process ID '99999999999'", "netstat: --netns-pid: 無効なプロセス ID です '99999999999'" },
        { ["--netns-pid", "2147483647"], "netstat: --netns-pid: no such process '2147483647'", "netstat: --netns-pid: そのようなプロセスはありません '2147483647'" },
        // The process by its number, as the library names it.
        { ["--netns-pid", "0999999999"], "netstat: --netns-pid: no such process '999999999'", "netstat: --netns-pid: そのようなプロセスはありません '999999999'" },
        { ["--netns", "x", "--all-netns"], "netstat: --netns, --netns-pid and --all-netns cannot be combined",
            "netstat: --netns、--netns-pid、--all-netns は同時に指定できません" },
        { ["--netns-pid", "1", "--netns", "x", "-t"], "netstat: --netns, --netns-pid and --all-netns cannot be combined",
            "netstat: --netns、--netns-pid、--all-netns は同時に指定できません" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadSelections))]
    public void BadSelectionIsOneLineAndStatusOne(string[] args, string message, string japanese)
    {
        fixture.SkipIfUnavailable();
        var r = Ours([.. args, "-tan"]);
        Assert.Equal("", r.StdoutText);
        Assert.Equal(message + "\n", r.StderrText);
        Assert.Equal(1, r.ExitCode);
        AssertLines([.. args, "-tan"], message, japanese);
    }

    private static readonly Dictionary<string, string> Japanese = new() { ["LANG"] = "ja_JP.UTF-8", ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANGUAGE"] = "" };
    private static readonly Dictionary<string, string> CLocale = new() { ["LANG"] = "ja_JP.UTF-8", ["LC_ALL"] = "C", ["LC_MESSAGES"] = "", ["LANGUAGE"] = "" };

    /// <summary>
    /// Ours with <paramref name="args"/> (as <paramref name="asUser"/> when given) prints only
    /// <paramref name="english"/> in the C locale and only <paramref name="japanese"/> in Japanese, status 1.
    /// </summary>
    private static void AssertLines(string[] args, string english, string japanese, string? asUser = null)
    {
        string[] argv = asUser is null ? args : ["--reuid=" + asUser, "--regid=" + asUser, "--clear-groups", "--", Repo.OurNetstat, .. args];
        string program = asUser is null ? Repo.OurNetstat : "setpriv";
        foreach (var (env, line) in new[] { (CLocale, english), (Japanese, japanese) })
        {
            var r = ProcessRunner.Run(program, argv, env: env);
            Assert.Equal("", r.StdoutText);
            Assert.Equal(line + "\n", r.StderrText);
            Assert.Equal(1, r.ExitCode);
        }
    }

    [SkippableFact]
    public void AFileThatIsNoNamespaceIsRefused()
    {
        fixture.SkipIfUnavailable();
        WithNetnsFile("stale", path => File.WriteAllText(path, ""), name =>
        {
            AssertLines(["--netns", name, "-t"], $"netstat: --netns: '/run/netns/{name}' is not a network namespace",
                $"netstat: --netns: '/run/netns/{name}' はネットワーク名前空間ではありません");
            // --all-netns passes over it.
            var all = Ours("--all-netns", "-t");
            Assert.DoesNotContain(name, all.StdoutText + all.StderrText);
        });
    }

    /// <summary>Runs <paramref name="body"/> with a file /run/netns/NAME that <paramref name="make"/> creates, removed after.</summary>
    private static void WithNetnsFile(string kind, Action<string> make, Action<string> body)
    {
        string name = $"nst-{kind}-{Environment.ProcessId}", path = $"/run/netns/{name}";
        make(path);
        try
        {
            body(name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void EnteringWithoutTheRightIsOneLine()
    {
        fixture.SkipIfUnavailable();
        ulong inode = NamespacePairWorld.InodeOf($"/run/netns/{fixture.A.Name}");
        // ip netns makes its files readable by all: the file opens, setns refuses.
        AssertLines(["--netns", fixture.A.Name, "-tan"],
            $"netstat: --netns: cannot enter network namespace {fixture.A.Name} (inode {inode}): Operation not permitted",
            $"netstat: --netns: ネットワーク名前空間 {fixture.A.Name} (iノード {inode}) に入れません: 許可されていない操作です", asUser: "65534");
    }

    [SkippableFact]
    public void OpeningWithoutTheRightIsOneLine()
    {
        fixture.SkipIfUnavailable();
        WithNetnsFile("closed", path =>
        {
            File.WriteAllText(path, "");
            ProcessRunner.Run("chmod", ["000", path]);
        }, name => AssertLines(["--netns", name, "-t"], $"netstat: --netns: cannot open network namespace '{name}': Permission denied",
            $"netstat: --netns: ネットワーク名前空間 '{name}' を開けません: 許可がありません", asUser: "65534"));
        // Another user's process: its namespace file is not ours to open.
        int pid = NamespacePairWorld.PidIn(fixture.A);
        AssertLines(["--netns-pid", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-t"],
            $"netstat: --netns-pid: cannot open the network namespace of process {pid}: Permission denied",
            $"netstat: --netns-pid: プロセス {pid} のネットワーク名前空間を開けません: 許可がありません", asUser: "65534");
    }

    [SkippableFact]
    public void OtherFailureToOpenIsOneLine()
    {
        fixture.SkipIfUnavailable();
        WithNetnsFile("loop", path => File.CreateSymbolicLink(path, path),
            name => AssertLines(["--netns", name, "-t"], $"netstat: --netns: cannot open network namespace '{name}': Too many levels of symbolic links",
                $"netstat: --netns: ネットワーク名前空間 '{name}' を開けません: シンボリックリンクの階層が多すぎます"));
    }

    /// <summary>
    /// Entering needs the thread's own namespace (to come back to) from /proc: on a /proc without
    /// it, or where it cannot be opened, one line naming it.
    /// </summary>
    [SkippableTheory]
    [InlineData("", "netstat: --netns: no /proc/thread-self/ns/net", "netstat: --netns: /proc/thread-self/ns/net がありません")]
    [InlineData("loop", "netstat: --netns: cannot open this thread's network namespace: Too many levels of symbolic links",
        "netstat: --netns: このスレッドのネットワーク名前空間を開けません: シンボリックリンクの階層が多すぎます")]
    public void OwnNamespaceMissingIsOneLine(string own, string english, string japanese)
    {
        fixture.SkipIfUnavailable();
        var proc = Directory.CreateTempSubdirectory("netstat-nsproc-");
        try
        {
            if (own == "loop")
            {
                Directory.CreateDirectory(Path.Combine(proc.FullName, "thread-self", "ns"));
                File.CreateSymbolicLink(Path.Combine(proc.FullName, "thread-self", "ns", "net"), "net");
            }
            foreach (var (env, line) in new[] { ("LC_ALL=C", english), ("LANG=ja_JP.UTF-8", japanese) })
            {
                var r = Diff.RunOnProc(proc.FullName, Repo.OurNetstat, $"--netns {fixture.A.Name} -t", env: [env]);
                Assert.Equal("", r.StdoutText);
                Assert.Equal(line + "\n", r.StderrText);
                Assert.Equal(1, r.ExitCode);
            }
        }
        finally
        {
            proc.Delete(recursive: true);
        }
    }
}
