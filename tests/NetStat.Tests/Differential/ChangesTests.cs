using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>An empty namespace; each test starts the helper processes it needs.</summary>
public sealed class ChangeWorld : WorldFixture
{
}

/// <summary>-c with an interval, and -c --changes against sockets a helper opens and closes on command.</summary>
public sealed partial class ChangesTests(ChangeWorld fixture) : IClassFixture<ChangeWorld>
{
    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d) ([+-]) (.*)$")]
    private static partial Regex ChangeLine();

    /// <summary>Our netstat running -c, its stdout lines collected as they come.</summary>
    private sealed class Watcher : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly Task _reader;
        private readonly Task<string> _errors;

        public List<string> Seen { get; } = [];

        public Watcher(IEnumerable<string> args, string? timeZone = null)
        {
            var psi = new ProcessStartInfo(Repo.OurNetstat) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
                psi.ArgumentList.Add(a);
            if (timeZone is not null)
                psi.Environment["TZ"] = timeZone;
            _process = Process.Start(psi)!;
            // Drained all along: a full stderr pipe would stop the program.
            _errors = _process.StandardError.ReadToEndAsync();
            _reader = Task.Run(() =>
            {
                while (_process.StandardOutput.ReadLine() is string line)
                    _lines.Add(line);
                _lines.CompleteAdding();
            });
        }

        /// <summary>How long to wait for one expected output.</summary>
        public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(20);

        public void WaitFor(Func<List<string>, bool> done, string what)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!done(Seen))
            {
                var left = deadline - DateTime.UtcNow;
                string? line = null;
                if (left <= TimeSpan.Zero || !_lines.TryTake(out line, left))
                    Assert.Fail($"timed out waiting for {what}; output so far:\n{string.Join('\n', Seen)}\nstderr: {(_errors.IsCompleted ? _errors.Result : "")}");
                Seen.Add(line!);
            }
        }

        /// <summary>Ends the program and takes what it printed last.</summary>
        public void Stop()
        {
            if (!_process.HasExited)
                _process.Kill();
            _process.WaitForExit(5000);
            _reader.Wait(5000);
            while (_lines.TryTake(out var rest))
                Seen.Add(rest);
        }

        public void Dispose()
        {
            Stop();
            _process.Dispose();
        }
    }

    private static void Command(Process helper, string command)
    {
        helper.StandardInput.WriteLine(command);
        helper.StandardInput.Flush();
        var ok = helper.StandardOutput.ReadLineAsync();
        Assert.True(ok.Wait(TimeSpan.FromSeconds(20)) && ok.Result == "OK", $"helper did not answer '{command}'");
    }

    private static int Count(List<string> lines, string sign) =>
        lines.Count(x => ChangeLine().Match(x) is { Success: true } m && m.Groups[2].Value == sign);

    private static bool IsOurs(string row, int basePort) =>
        row.Contains($":{basePort + 10} ") || row.Contains($":{basePort + 11} ") || row.Contains($"@nsh-{basePort}-new");

    [SkippableFact]
    public void SocketsThatComeAndGoArePlusAndMinusExactlyOnce()
    {
        fixture.SkipIfUnavailable();
        var world = fixture.World;
        var helper = world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "nsholder.py")} 7400");
        string[] args = ["-tuxan"];
        var before = world.Run(Repo.ReferenceNetstat, args);

        List<string> expected;
        // Times are local, as the C library reads TZ: a POSIX zone 9 h 17 min east of UTC, which
        // needs no zone database and is no machine's own zone.
        using var watcher = new Watcher(["--netns", world.Name, .. args, "-c", "0.2", "--changes"], timeZone: "XYZ-9:17");
        // The whole first table arrives in one flush; the UNIX section comes last.
        watcher.WaitFor(l => l.Any(x => x.Contains("@nsh-7400-base")), "the first table");
        Command(helper, "open");
        expected = world.Run(Repo.ReferenceNetstat, args).StdoutText.Split('\n').Where(x => IsOurs(x, 7400)).Order().ToList();
        Assert.Equal(5, expected.Count); // listener, both ends of a connection, UDP, UNIX listener
        watcher.WaitFor(l => Count(l, "+") >= expected.Count, "the new sockets");
        Command(helper, "close");
        watcher.WaitFor(l => Count(l, "-") >= expected.Count, "the closed sockets");
        Thread.Sleep(1000); // five more intervals: nothing may repeat
        watcher.Stop();
        var seen = watcher.Seen;

        int firstChange = seen.FindIndex(x => ChangeLine().IsMatch(x));
        var table = string.Join("", seen.Take(firstChange).Select(x => x + "\n"));
        Assert.Equal(before.StdoutText, table);
        var changes = seen.Skip(firstChange).Select(x => ChangeLine().Match(x)).ToList();
        Assert.All(changes, m => Assert.True(m.Success, "not a change line: " + m.Value));
        Assert.Equal(expected, changes.Where(m => m.Groups[2].Value == "+").Select(m => m.Groups[3].Value).Order().ToList());
        Assert.Equal(expected, changes.Where(m => m.Groups[2].Value == "-").Select(m => m.Groups[3].Value).Order().ToList());
        var times = changes.Select(m => DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order().ToList(), times);
        Assert.InRange(times[^1] - times[0], TimeSpan.Zero, TimeSpan.FromSeconds(60));
        Assert.All(times, t => Assert.Equal(new TimeSpan(9, 17, 0), t.Offset));
        Assert.InRange(DateTimeOffset.UtcNow - times[^1], TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }

    [SkippableFact]
    public void WithAllNetnsEachChangeComesUnderItsNamespace()
    {
        fixture.SkipIfUnavailable();
        var world = fixture.World;
        var helper = world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "nsholder.py")} 7500");
        string header = $"Network namespace {world.Name} (inode {NamespacePairWorld.InodeOf($"/run/netns/{world.Name}")}):";
        // Every namespace of the machine is read each round, however many sockets others hold.
        using var watcher = new Watcher(["--all-netns", "-tuxan", "-c", "0.2", "--changes"]) { Patience = TimeSpan.FromSeconds(90) };
        watcher.WaitFor(l => l.Any(x => x.Contains("@nsh-7500-base")), "our namespace's table");
        var expected = world.Run(Repo.ReferenceNetstat, ["-tuxan"]);
        Command(helper, "open");
        watcher.WaitFor(l => l.Count(x => IsOurs(x, 7500) && x.Contains(" + ")) >= 5, "the new sockets");
        Command(helper, "close");
        watcher.WaitFor(l => l.Count(x => IsOurs(x, 7500) && x.Contains(" - ")) >= 5, "the closed sockets");
        watcher.Stop();
        var seen = watcher.Seen;

        // The first round: our section once, with net-tools' table inside.
        int first = seen.IndexOf(header);
        Assert.True(first >= 0, "no section for our namespace:\n" + string.Join('\n', seen));
        int firstChange = seen.FindIndex(x => ChangeLine().IsMatch(x));
        var table = seen.Skip(first + 1).TakeWhile((x, i) => first + 1 + i < firstChange && !x.StartsWith("Network namespace ")).ToList();
        Assert.Equal(expected.StdoutText, string.Join("", table.Select(x => x + "\n")).TrimEnd('\n') + "\n");
        // Then each of our changes under our section line, each once.
        string? section = null;
        var ours = new List<string>();
        foreach (var line in seen)
        {
            if (line.StartsWith("Network namespace "))
                section = line;
            else if (IsOurs(line, 7500) && ChangeLine().IsMatch(line))
            {
                Assert.Equal(header, section);
                ours.Add(ChangeLine().Match(line).Groups[2].Value);
            }
        }
        Assert.Equal(5, ours.Count(x => x == "+"));
        Assert.Equal(5, ours.Count(x => x == "-"));
    }

    /// <summary>
    /// A socket of a --json listing as net-tools' -n -p row, whitespace collapsed: the same
    /// columns from the JSON fields, so a row net-tools printed can be found among the events.
    /// </summary>
    private static string NetToolsRow(JsonElement s)
    {
        static string Endpoint(JsonElement e) =>
            e.GetProperty("address").GetString() + ":" + (e.GetProperty("port").GetInt32() is int port and not 0 ? port.ToString(CultureInfo.InvariantCulture) : "*");
        var processes = s.GetProperty("processes");
        string program = processes.GetArrayLength() == 0 ? "-" : $"{processes[0].GetProperty("pid").GetInt32()}/{processes[0].GetProperty("program").GetString()}";
        string state = s.GetProperty("state").GetString()!;
        string proto = s.GetProperty("proto").GetString()!;
        if (proto == "unix")
        {
            var flags = s.GetProperty("flag_names").EnumerateArray().Select(f => f.GetString()!);
            var path = s.GetProperty("path");
            string[] unix = ["unix", s.GetProperty("refcnt").GetUInt64().ToString(CultureInfo.InvariantCulture), "[", .. flags, "]", s.GetProperty("type").GetString()!,
                state == "UNCONNECTED" ? "" : state, s.GetProperty("inode").GetUInt64().ToString(CultureInfo.InvariantCulture), program,
                path.ValueKind == JsonValueKind.Null ? "" : path.GetString()!];
            return string.Join(' ', unix.Where(x => x.Length > 0));
        }
        if (proto.StartsWith("udp", StringComparison.Ordinal))
            state = state == "ESTABLISHED" ? state : "";
        return string.Join(' ', new[] { proto, s.GetProperty("recv_q").GetUInt64().ToString(CultureInfo.InvariantCulture), s.GetProperty("send_q").GetUInt64().ToString(CultureInfo.InvariantCulture),
            Endpoint(s.GetProperty("local")), Endpoint(s.GetProperty("remote")), state, program }.Where(x => x.Length > 0));
    }

    private static string Collapse(string row) => string.Join(' ', row.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [SkippableFact]
    public void WithJsonTheListingComesFirstThenOneEventPerChange()
    {
        fixture.SkipIfUnavailable();
        var world = fixture.World;
        var helper = world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "nsholder.py")} 7600");
        string[] args = ["-tuxanp"];
        var before = world.Run(Repo.ReferenceNetstat, args).StdoutText.Split('\n');

        using var watcher = new Watcher(["--netns", world.Name, "--json", .. args, "-c", "0.2", "--changes"]);
        watcher.WaitFor(l => l.Count > 0, "the first document");
        Command(helper, "open");
        // net-tools' rows for the new sockets, read while they exist.
        var expected = world.Run(Repo.ReferenceNetstat, args).StdoutText.Split('\n').Where(x => IsOurs(x, 7600)).Select(Collapse).Order().ToList();
        Assert.Equal(5, expected.Count); // listener, both ends of a connection, UDP, UNIX listener
        watcher.WaitFor(l => l.Count(x => x.Contains("\"event\":\"added\"")) >= expected.Count, "the new sockets");
        Command(helper, "close");
        watcher.WaitFor(l => l.Count(x => x.Contains("\"event\":\"removed\"")) >= expected.Count, "the closed sockets");
        Thread.Sleep(1000); // five more intervals: nothing may repeat
        watcher.Stop();
        var seen = watcher.Seen;

        JsonSchemaCheck.AssertValid(string.Concat(seen.Select(x => x + "\n")), seen.Count);
        var documents = seen.Select(x => JsonDocument.Parse(x)).ToList();
        try
        {
            // First the listing of the first pass: net-tools' rows of that moment.
            var first = documents[0].RootElement;
            Assert.False(first.TryGetProperty("event", out _));
            Assert.Equal(world.Name, first.GetProperty("netns").GetString());
            var listed = first.GetProperty("sockets").EnumerateArray().Select(NetToolsRow).Order().ToList();
            Assert.Equal(before.Where(x => x.StartsWith("tcp", StringComparison.Ordinal) || x.StartsWith("udp", StringComparison.Ordinal) || x.StartsWith("unix", StringComparison.Ordinal)).Select(Collapse).Order().ToList(), listed);

            // Then only events, each socket once as added and once as removed (as last seen, holder included).
            var events = documents.Skip(1).Select(d => d.RootElement).ToList();
            Assert.All(events, e =>
            {
                Assert.Equal(1, e.GetProperty("schema").GetInt32());
                Assert.Equal(world.Name, e.GetProperty("netns").GetString());
                Assert.Equal(world.Name, e.GetProperty("socket").GetProperty("netns").GetString());
            });
            Assert.Equal(expected, events.Where(e => e.GetProperty("event").GetString() == "added").Select(e => NetToolsRow(e.GetProperty("socket"))).Order().ToList());
            Assert.Equal(expected, events.Where(e => e.GetProperty("event").GetString() == "removed").Select(e => NetToolsRow(e.GetProperty("socket"))).Order().ToList());
            // One time per pass, in the text's format, never going back; every addition before the first removal.
            var times = events.Select(e => e.GetProperty("time").GetString()!).ToList();
            Assert.All(times, t => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$", t));
            var parsed = times.Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(parsed.Order().ToList(), parsed);
            Assert.Equal(5, events.TakeWhile(e => e.GetProperty("event").GetString() == "added").Count());
        }
        finally
        {
            foreach (var d in documents)
                d.Dispose();
        }
    }

    [SkippableTheory]
    [InlineData("-t -c 0.2", "Active Internet connections", 5)]
    [InlineData("-t --continuous=0.25", "Active Internet connections", 4)]
    [InlineData("-rn -c .2", "Kernel IP routing table", 5)]
    [InlineData("-i -c 0.2", "lo ", 5)]
    public void AnIntervalAfterDashCSetsThePace(string args, string perPass, int atLeast)
    {
        fixture.SkipIfUnavailable();
        // 2.5 s: one second apart (net-tools' pace) would give 3 passes at most.
        var r = fixture.World.Run("timeout", ["-s", "INT", "2.5", Repo.OurNetstat, .. Diff.SplitArgs(args)], TimeSpan.FromSeconds(15));
        Assert.Equal(124, r.ExitCode);
        int passes = Regex.Matches(r.StdoutText, "^" + Regex.Escape(perPass), RegexOptions.Multiline).Count;
        Assert.True(passes >= atLeast, $"{passes} passes in 2.5 s:\n{r.StdoutText}");
        if (args.StartsWith("-i"))
            Assert.Single(Regex.Matches(r.StdoutText, "^Kernel Interface table", RegexOptions.Multiline));
    }

    [SkippableTheory]
    [InlineData("-c 0", "netstat: -c: interval too short '0' (at least 0.001 seconds)")]
    [InlineData("-tc 0.0004", "netstat: -c: interval too short '0.0004' (at least 0.001 seconds)")]
    [InlineData("--continuous=0", "netstat: -c: interval too short '0' (at least 0.001 seconds)")]
    [InlineData("-c 86401", "netstat: -c: interval too long '86401' (at most 86400 seconds)")]
    [InlineData("--continuous=abc", "netstat: -c: invalid interval 'abc' (a number of seconds, such as 0.5)")]
    [InlineData("--continuous=1e3", "netstat: -c: invalid interval '1e3' (a number of seconds, such as 0.5)")]
    [InlineData("--continuous=-1", "netstat: -c: invalid interval '-1' (a number of seconds, such as 0.5)")]
    [InlineData("-r --continuous=Infinity", "netstat: -c: invalid interval 'Infinity' (a number of seconds, such as 0.5)")]
    [InlineData("--changes -t", "netstat: --changes: needs -c (a continuous listing to compare)")]
    [InlineData("--json --changes -t", "netstat: --changes: needs -c (a continuous listing to compare)")]
    [InlineData("--json -c --changes -i", "netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)")]
    [InlineData("-c --changes -r", "netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)")]
    [InlineData("-c --changes -i", "netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)")]
    [InlineData("-c --changes -g", "netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)")]
    public void BadIntervalOrChangesIsOneLineAndStatusOne(string args, string message)
    {
        fixture.SkipIfUnavailable();
        var r = fixture.World.Run("timeout", ["5", Repo.OurNetstat, .. Diff.SplitArgs(args)], TimeSpan.FromSeconds(15));
        Assert.Equal("", r.StdoutText);
        Assert.Equal(message + "\n", r.StderrText);
        Assert.Equal(1, r.ExitCode);
    }
}
