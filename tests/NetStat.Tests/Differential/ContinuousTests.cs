using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>-c repeats the listing every second until interrupted; compare the first passes.</summary>
public sealed class ContinuousTests(SocketWorld fixture) : IClassFixture<SocketWorld>
{
    [SkippableTheory]
    [InlineData("-c -t", "Active Internet")]
    [InlineData("-cxa", "Active UNIX")]
    [InlineData("-can", "Active Internet")]
    [InlineData("-ctp", "Active Internet")]
    public void FirstPassesMatch(string args, string passHeader)
    {
        fixture.SkipIfUnavailable();
        RunResult Run(string program) =>
            // -p walks every process of the machine: give its passes more time on a busy host.
            fixture.World.Run("timeout", ["-s", "INT", args.Contains('p') ? "8" : "4.5", program, .. Diff.SplitArgs(args)], TimeSpan.FromSeconds(15));
        var expected = Run(Repo.ReferenceNetstat);
        var actual = Run(Repo.OurNetstat);
        // SIGINT ends both: timeout reports 124 for each.
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        var e = Passes(expected.StdoutText, passHeader);
        var a = Passes(actual.StdoutText, passHeader);
        Assert.True(e.Count >= 2, "net-tools printed fewer than two passes");
        Assert.True(a.Count >= 2, "ours printed fewer than two passes");
        Assert.Equal(e[0], a[0]);
        Assert.Equal(e[1], a[1]);
    }

    private static List<string> Passes(string output, string header)
    {
        var passes = output.Split(header).Skip(1).Select(p => header + p).ToList();
        // The last pass may be cut by the interrupt.
        if (passes.Count > 2)
            passes.RemoveAt(passes.Count - 1);
        return passes;
    }
}
