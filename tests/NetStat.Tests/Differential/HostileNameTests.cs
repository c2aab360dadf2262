using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

public sealed class HostileWorld : WorldFixture
{
    public HostileWorld()
        : base(setup: world => world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "hostile.py")} {DirOf(world)} 3000"))
    {
    }

    public string Dir => DirOf(World);

    private static string DirOf(NetnsWorld world) => $"/tmp/{world.Name}-hostile";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}

/// <summary>
/// The two deliberate differences from net-tools: control characters in names are escaped,
/// and unix paths with spaces are shown whole. Everything else stays identical.
/// </summary>
public sealed class HostileNameTests(HostileWorld fixture) : IClassFixture<HostileWorld>
{
    private static bool HasControl(string line) => line.Any(c => c < 0x20 || c == 0x7f);

    [SkippableTheory]
    [InlineData("-xa")]
    [InlineData("-xap")]
    [InlineData("-xlp")]
    public void ControlCharactersAreEscapedAndNothingElseChanges(string args)
    {
        fixture.SkipIfUnavailable();
        var expected = fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args));
        var actual = fixture.World.Run(Repo.OurNetstat, Diff.SplitArgs(args));
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.StderrText, actual.StderrText);

        var e = expected.StdoutText.Split('\n');
        var a = actual.StdoutText.Split('\n');
        Assert.Equal(e.Length, a.Length);
        int hostileRows = 0;
        for (int i = 0; i < e.Length; i++)
        {
            Assert.False(HasControl(a[i]), $"raw control character in our line {i + 1}: {a[i]}");
            if (!HasControl(e[i]) && !a[i].Contains("path with space"))
            {
                Assert.Equal(e[i], a[i]);
                continue;
            }
            hostileRows++;
            // The same row, its columns up to the inode unchanged.
            var prefix = string.Join(' ', e[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
            Assert.Equal(prefix, string.Join(' ', a[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5)));
            if (e[i].Contains("evil"))
                Assert.Contains(@"/evil\x1b]0;t", a[i]);
            if (e[i].Contains("ALERT"))
                Assert.Contains(@"red\x1b[31mALERT\x1b[0m.sock", a[i]);
            if (e[i].Contains("bell"))
                Assert.Contains(@"@abstract\x07bell", a[i]);
            if (a[i].Contains("path with space"))
            {
                // net-tools cuts the path at the first space; ours shows it whole.
                Assert.EndsWith("/path", e[i]);
                Assert.EndsWith("/path with space.sock", a[i]);
            }
        }
        Assert.True(hostileRows >= 3, "the hostile sockets were not listed");
    }

    [SkippableFact]
    public void NonAsciiNamesAreUnchanged()
    {
        fixture.SkipIfUnavailable();
        var actual = fixture.World.Run(Repo.OurNetstat, ["-xl"]);
        Assert.Contains("utf8-日本.sock", actual.StdoutText);
    }

    [SkippableTheory]
    [InlineData("-a")]
    [InlineData("-ap")]
    [InlineData("-xa")]
    public void ClosedPipeEndsQuietlyAsNetToolsDoes(string args)
    {
        fixture.SkipIfUnavailable();
        // As from an interactive shell: SIGPIPE at its default action (the test host ignores it,
        // and an ignored signal would be inherited by both programs).
        const string resetSigpipe = "/usr/bin/python3 -c 'import os,signal,sys; signal.signal(signal.SIGPIPE, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])'";
        string Pipeline(string program) =>
            $"{resetSigpipe} {program} {args} 2>/tmp/{fixture.World.Name}.err | head -1; echo \"status=${{PIPESTATUS[0]}}\"; cat /tmp/{fixture.World.Name}.err";
        var expected = fixture.World.Run("bash", ["-c", Pipeline(Repo.ReferenceNetstat)]);
        var actual = fixture.World.Run("bash", ["-c", Pipeline(Repo.OurNetstat)]);
        Assert.Equal(expected.StdoutText, actual.StdoutText);
        Assert.Contains("status=141", actual.StdoutText);
    }

    [SkippableFact]
    public void FullDiskIsOneLineOnStderr()
    {
        fixture.SkipIfUnavailable();
        var actual = fixture.World.Run("sh", ["-c", $"{Repo.OurNetstat} -xa > /dev/full"]);
        Assert.NotEqual(0, actual.ExitCode);
        Assert.Equal("netstat: write error: No space left on device\n", actual.StderrText);
    }
}
