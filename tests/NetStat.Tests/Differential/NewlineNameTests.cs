using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>Three UNIX sockets whose names hold newlines (newline.py), and <paramref name="pairs"/> socket pairs more.</summary>
public abstract class NewlineWorldBase(int pairs) : WorldFixture(setup: world => world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "newline.py")} /tmp/{world.Name}-nl {pairs}"))
{
    /// <summary>The extra socket pairs.</summary>
    public int Pairs => pairs;

    protected override void Dispose(bool disposing)
    {
        string dir = SkipReason is null ? $"/tmp/{World.Name}-nl" : "";
        base.Dispose(disposing);
        if (disposing && dir.Length > 0)
            try { Directory.Delete(dir, true); } catch (IOException) { }
    }
}

/// <summary>A table short enough to be read in one go before the names are collected.</summary>
public sealed class NewlineWorld() : NewlineWorldBase(0);

/// <summary>
/// A /proc/net/unix of several hundred KiB: the unix_diag names are then collected on a thread
/// of their own while the file is read ahead.
/// </summary>
public sealed class LongNewlineWorld() : NewlineWorldBase(3000);

/// <summary>
/// /proc/net/unix prints a name with a newline raw, so net-tools splits it over two lines (the
/// second is "bogus") and a crafted name can make net-tools print a row that does not exist.
/// Ours takes such names whole from unix_diag: one row per socket, the newline escaped.
/// </summary>
public abstract class NewlineNameTestsBase(NewlineWorldBase fixture)
{
    [SkippableFact]
    public void NamesWithNewlinesStayInTheirRowAndCannotForgeOne()
    {
        fixture.SkipIfUnavailable();
        var reference = fixture.World.Run(Repo.ReferenceNetstat, ["-xl"]);
        var ours = fixture.World.Run(Repo.OurNetstat, ["-xl"]);

        // The premise: net-tools is fooled (a row for inode 424242 that no socket has).
        Assert.Contains("@forged-row", reference.StdoutText);

        var lines = ours.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.TrimEnd().EndsWith("@forged-row") && !l.Contains(@"\x0a"));
        Assert.Single(lines, l => l.EndsWith(@"two\x0alines.sock"));
        Assert.Single(lines, l => l.Contains(@"x\x0a0000000000000000: 00000002") && l.EndsWith("@forged-row"));
        Assert.Single(lines, l => l.EndsWith(@"@abstract\x0anewline"));
        Assert.Equal(2 + 3, lines.Length); // title, header, three sockets
        Assert.DoesNotContain("bogus", ours.StderrText);
        Assert.Equal(0, ours.ExitCode);
    }

    private static readonly Regex UnixRow = new(@"^unix +\d+ +\[[^\]]*\] +[A-Z]+ +(?:[A-Z]+ +)?(\d+)");

    [SkippableFact]
    public void EveryOtherRowIsNetToolsRow()
    {
        fixture.SkipIfUnavailable();
        var reference = fixture.World.Run(Repo.ReferenceNetstat, ["-xa"]);
        var ours = fixture.World.Run(Repo.OurNetstat, ["-xa"]);
        var lines = ours.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var named = lines.Where(l => l.Contains(@"\x0a")).ToList();
        Assert.Equal(3, named.Count);
        // net-tools' own lines, less what the three names make of them: each one's cut row (same
        // inode), its continuation (not a row, or the forged row of inode 424242).
        var mangled = named.Select(l => UnixRow.Match(l).Groups[1].Value).Append("424242").ToHashSet();
        var expected = reference.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("unix", StringComparison.Ordinal) || (UnixRow.Match(l) is { Success: true } m && !mangled.Contains(m.Groups[1].Value)))
            .ToList();
        Assert.True(expected.Count >= 2 + 2 * fixture.Pairs, $"{expected.Count} lines for {fixture.Pairs} pairs");
        Assert.Equal(expected, lines.Where(l => !l.Contains(@"\x0a")).ToList());
        Assert.Equal(0, ours.ExitCode);
    }

    [SkippableFact]
    public void TheProcfsPathAloneBehavesAsNetTools()
    {
        fixture.SkipIfUnavailable();
        // Without netlink there is nothing to tell a continuation from a row: we then do what
        // net-tools does, except that names are escaped; the lines themselves match.
        var reference = fixture.World.Run(Repo.ReferenceNetstat, ["-xl"]);
        var ours = fixture.World.Run("env", ["NETSTAT_NO_NETLINK=1", Repo.OurNetstat, "-xl"]);
        Assert.Equal(reference.StdoutText, ours.StdoutText);
        Assert.Equal(reference.StderrText, ours.StderrText);
    }
}

public sealed class NewlineNameTests(NewlineWorld fixture) : NewlineNameTestsBase(fixture), IClassFixture<NewlineWorld>;

public sealed class LongNewlineNameTests(LongNewlineWorld fixture) : NewlineNameTestsBase(fixture), IClassFixture<LongNewlineWorld>;
