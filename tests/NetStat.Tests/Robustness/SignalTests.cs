using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>A namespace with a few sockets (so -p has something to map) and nothing changing.</summary>
public sealed class QuietWorld : WorldFixture
{
    public QuietWorld()
        : base(setup: world => world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7010"))
    {
    }
}

/// <summary>
/// How continuous mode ends: by a signal sent after a pass or two, and by a reader that goes
/// away. The status (exit code or killing signal) must be net-tools', and the end prompt.
/// </summary>
public sealed class SignalTests(QuietWorld fixture) : IClassFixture<QuietWorld>
{
    private static readonly string[] ContinuousArguments = ["-c", "-ctp", "-cxa", "-ci", "-cr", "-can"];

    [SkippableTheory]
    [InlineData("SIGINT")]
    [InlineData("SIGTERM")]
    public void ContinuousModeEndsPromptlyAsNetToolsDoes(string signal)
    {
        fixture.SkipIfUnavailable();
        // All commands at once: one 1.5 s wait for every argument set and both programs.
        var commands = ContinuousArguments.SelectMany(a => new[] { $"{Repo.ReferenceNetstat} {a}", $"{Repo.OurNetstat} {a}" }).ToList();
        var result = fixture.World.Run("/usr/bin/python3", [Repo.Fixture("worlds", "sigwrap.py"), signal, "1.5", .. commands], TimeSpan.FromSeconds(30));
        Assert.Equal(0, result.ExitCode);
        var report = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .ToDictionary(f => f[0], f => (Status: f[1], Seconds: f[2], Stderr: f[3]));
        foreach (var args in ContinuousArguments)
        {
            var expected = report[$"{Repo.ReferenceNetstat} {args}"];
            var actual = report[$"{Repo.OurNetstat} {args}"];
            Assert.True(expected.Status != "hung", $"net-tools did not end on {signal} with {args}");
            Assert.True(expected.Status == actual.Status, $"netstat {args} on {signal}: net-tools {expected.Status}, ours {actual.Status}");
            Assert.Equal(expected.Stderr, actual.Stderr);
            Assert.True(double.Parse(actual.Seconds, System.Globalization.CultureInfo.InvariantCulture) < 1.0,
                $"netstat {args} took {actual.Seconds} s to end after {signal}");
        }
    }

    [SkippableFact]
    public void ClosedPipeInContinuousModeEndsAsNetToolsDoes()
    {
        fixture.SkipIfUnavailable();
        // SIGPIPE back at its default action, as from an interactive shell (the test host ignores
        // it, and an ignored signal would be inherited by both programs).
        // Only the title and header are compared: the twelve pipelines run at once, so the rows
        // can catch the others' transient sockets; what is tested is how the program ends.
        const string resetSigpipe = "/usr/bin/python3 -c 'import os,signal,sys; signal.signal(signal.SIGPIPE, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])'";
        var tmp = $"/tmp/{fixture.World.Name}-pipe";
        var script = $"mkdir -p {tmp}\n";
        for (int k = 0; k < ContinuousArguments.Length; k++)
            foreach (var (which, program) in new[] { ("ref", Repo.ReferenceNetstat), ("ours", Repo.OurNetstat) })
                script += $"( timeout -s KILL 10 {resetSigpipe} {program} {ContinuousArguments[k]} 2>{tmp}/{which}{k}.err | head -2 >{tmp}/{which}{k}.out; " +
                          $"echo ${{PIPESTATUS[0]}} >{tmp}/{which}{k}.status ) &\n";
        script += "wait\n";
        try
        {
            fixture.World.Run("bash", ["-c", script], TimeSpan.FromSeconds(30));
            for (int k = 0; k < ContinuousArguments.Length; k++)
            {
                RunResult Read(string which) => new(
                    File.ReadAllBytes($"{tmp}/{which}{k}.out"),
                    File.ReadAllBytes($"{tmp}/{which}{k}.err"),
                    int.Parse(File.ReadAllText($"{tmp}/{which}{k}.status").Trim()));
                var expected = Read("ref");
                var actual = Read("ours");
                // 137 would be timeout's SIGKILL: a program that never noticed the closed pipe.
                Assert.NotEqual(137, expected.ExitCode);
                Diff.AssertEqual($"{ContinuousArguments[k]} | head -2", expected, actual);
            }
        }
        finally
        {
            try { Directory.Delete(tmp, true); } catch (IOException) { }
        }
    }
}
