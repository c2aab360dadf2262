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

    [SkippableFact]
    public void EveryProcessIsSeen()
    {
        fixture.SkipIfUnavailable();
        var ours = fixture.World.Run(Repo.OurNetstat, ["-uanp"]);
        Assert.Equal(0, ours.ExitCode);
        var pids = ours.StdoutText.Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => l.StartsWith("udp ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Split('/')[0])
            .Where(pid => pid.Length > 0 && pid.All(char.IsAsciiDigit))
            .ToHashSet();
        // Every child's own socket plus the shared one, named by the lowest child.
        Assert.True(pids.Count >= ManyProcessesWorld.Processes, $"{pids.Count} distinct PIDs named");
    }
}
