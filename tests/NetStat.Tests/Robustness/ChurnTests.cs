using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>A bare namespace; each churn test starts its own bounded generator in it.</summary>
public sealed class ChurnWorld : WorldFixture
{
    public string Dir => $"/tmp/{World.Name}-churn";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}

/// <summary>
/// Sockets and processes appear and vanish while netstat reads /proc/net, netlink and
/// /proc/PID/fd: every run must still end with status 0 and an empty stderr, and every row must
/// keep net-tools' column layout. The kernel state changes between runs, so rows are checked
/// against net-tools' printf formats and the header lines against net-tools' own run.
/// </summary>
public sealed class ChurnTests(ChurnWorld fixture) : IClassFixture<ChurnWorld>
{
    private const int Runs = 25;

    private static readonly string[] Arguments = ["-anp", "-tanp", "-xap", "-ae"];

    [SkippableFact]
    public void EveryRunSucceedsWithWellFormedRows()
    {
        fixture.SkipIfUnavailable();
        var world = fixture.World;
        var outDir = Path.Combine(fixture.Dir, "runs");
        Directory.CreateDirectory(outDir);
        var churn = world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "churn.py")} {fixture.Dir}/sockets 15 7");

        // net-tools' output for each argument set, taken while the churn runs: its header lines are
        // the expectation, and its rows prove that the row checker accepts net-tools' own layout.
        var headers = new Dictionary<string, List<string>>();
        foreach (var args in Arguments)
        {
            var reference = world.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args)).StdoutText.Split('\n')[..^1];
            headers[args] = reference.Where(l => !RowFormat.IsRow(l)).ToList();
            var rows = reference.Where(RowFormat.IsRow).ToList();
            Assert.True(rows.Count > 0, $"net-tools listed no rows for {args}");
            foreach (var row in rows)
                Assert.Null(RowFormat.Problem(row, user: args.Contains('e'), program: args.Contains('p')));
            // A row one column off is caught.
            Assert.NotNull(RowFormat.Problem(rows[0].Remove(rows[0].IndexOf("  ", StringComparison.Ordinal), 1), user: args.Contains('e'), program: args.Contains('p')));
        }

        // One shell loop per argument set and kernel path, all in parallel inside the namespace, so
        // that a loaded machine still fits the runs into the generator's 15 s. A run counts only if
        // the generator was alive before and after it; each loop stops after 25 such runs.
        var script = new StringBuilder();
        for (int k = 0; k < Arguments.Length; k++)
            foreach (var netlink in new[] { 0, 1 })
            {
                var stem = $"{outDir}/{k}-{netlink}-$i";
                script.Append($"(i=0; n=0; while [ $n -lt {Runs} ] && [ $i -lt 200 ] && kill -0 {churn.Id} 2>/dev/null; do i=$((i+1)); ")
                    .Append($"NETSTAT_NO_NETLINK={1 - netlink} {Repo.OurNetstat} {Arguments[k]} >{stem}.out 2>{stem}.err; echo $? >{stem}.rc; ")
                    .Append($"kill -0 {churn.Id} 2>/dev/null && n=$((n+1)); done; echo $i $n >{outDir}/{k}-{netlink}.count) &\n");
            }
        script.Append("wait\n");
        world.Run("bash", ["-c", script.ToString()], TimeSpan.FromSeconds(60));

        var problems = new List<string>();
        for (int k = 0; k < Arguments.Length; k++)
        {
            var args = Arguments[k];
            foreach (var netlink in new[] { 0, 1 })
            {
                var count = File.ReadAllText($"{outDir}/{k}-{netlink}.count").Split(' ').Select(int.Parse).ToArray();
                if (count[1] < Runs)
                    problems.Add($"netstat {args} ({(netlink == 1 ? "netlink" : "procfs")}): only {count[1]} runs while the churn was running");
                for (int i = 1; i <= count[0]; i++)
                {
                    var stem = $"{outDir}/{k}-{netlink}-{i}";
                    var what = $"netstat {args} (run {i}, {(netlink == 1 ? "netlink" : "NETSTAT_NO_NETLINK=1")})";
                    var rc = File.ReadAllText(stem + ".rc").Trim();
                    var err = File.ReadAllText(stem + ".err");
                    if (rc != "0")
                        problems.Add($"{what}: exit status {rc}");
                    if (err.Length > 0)
                        problems.Add($"{what}: stderr {err}");
                    var lines = File.ReadAllText(stem + ".out").Split('\n');
                    if (lines[^1].Length != 0)
                        problems.Add($"{what}: output does not end with a newline");
                    var seenHeaders = new List<string>();
                    foreach (var line in lines[..^1])
                    {
                        if (!RowFormat.IsRow(line))
                        {
                            seenHeaders.Add(line);
                            continue;
                        }
                        var problem = RowFormat.Problem(line, user: args.Contains('e'), program: args.Contains('p'));
                        if (problem is not null)
                            problems.Add($"{what}: {problem}");
                    }
                    if (!seenHeaders.SequenceEqual(headers[args]))
                        problems.Add($"{what}: header lines [{string.Join(" | ", seenHeaders)}], net-tools [{string.Join(" | ", headers[args])}]");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }
}
