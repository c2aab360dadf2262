using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>
/// 20,000 processes, each holding a UDP socket of its own, plus a TCP listener and a UDP socket
/// shared by all of them: the -p scan must stay exact (the lowest PID names a shared socket, as in
/// net-tools) with no quadratic step. The processes are one small C program forked, so the world
/// costs a few seconds and little memory.
/// </summary>
public sealed class ManyProcessesWorld : WorldFixture
{
    public const int Processes = 20_000;

    public ManyProcessesWorld()
        : base(setup: world =>
        {
            string binary = $"/tmp/{world.Name}-forker";
            var cc = ProcessRunner.Run("cc", ["-O2", "-o", binary, Repo.Fixture("worlds", "forker.c")]);
            Assert.True(cc.ExitCode == 0, cc.StderrText);
            world.Spawn($"exec {binary} {Processes} 7100", timeout: TimeSpan.FromMinutes(2));
        })
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            File.Delete($"/tmp/{World.Name}-forker");
    }
}

public sealed class ManyProcessesTests(ManyProcessesWorld fixture) : IClassFixture<ManyProcessesWorld>
{
    [SkippableTheory]
    [InlineData("-anp")]
    [InlineData("-tlnp")]
    [InlineData("-uanpe")]
    public void ProgramColumnEqualsNetTools(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args);
    }

    /// <summary>The processes forker.c started, from the kernel: the children of the one process of the world whose parent is outside it.</summary>
    private HashSet<int> ForkerChildren()
    {
        var pids = ProcessRunner.Sh($"ip netns pids {fixture.World.Name}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
        static int ParentOf(int pid)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        int forker = Assert.Single(pids, pid => !pids.Contains(ParentOf(pid)));
        return File.ReadAllText($"/proc/{forker}/task/{forker}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
    }

    /// <summary>Each UDP row as "local foreign PID/Program" (the world's sockets stay put while both programs run).</summary>
    private static List<string> UdpOwners(RunResult run)
    {
        Assert.Equal(0, run.ExitCode);
        return run.StdoutText.Split('\n')
            .Where(l => l.StartsWith("udp ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => $"{f[3]} {f[4]} {f[^1]}")
            .Order(StringComparer.Ordinal).ToList();
    }

    [SkippableFact]
    public void EveryProcessIsSeen()
    {
        fixture.SkipIfUnavailable();
        var children = ForkerChildren();
        Assert.Equal(ManyProcessesWorld.Processes, children.Count);
        var theirs = UdpOwners(fixture.World.Run(Repo.ReferenceNetstat, ["-uanp"]));
        var ours = UdpOwners(fixture.World.Run(Repo.OurNetstat, ["-uanp"]));
        // Every child's own socket plus the shared one, each named as net-tools names it ...
        Assert.Equal(ManyProcessesWorld.Processes + 1, theirs.Count);
        Assert.True(theirs.SequenceEqual(ours), $"{theirs.Except(ours).Count()} rows of net-tools differ in ours, e.g. {theirs.Except(ours).FirstOrDefault()} / {ours.Except(theirs).FirstOrDefault()}");
        // ... and every child named: its PID is the kernel's, not one made up by both.
        var named = ours.Select(r => r.Split(' ')[2].Split('/')[0]).Where(p => p != "-").Select(int.Parse).ToHashSet();
        Assert.True(named.SetEquals(children), $"{named.Count} PIDs named, {named.Intersect(children).Count()} of them the forker's {children.Count} children");
    }
}
