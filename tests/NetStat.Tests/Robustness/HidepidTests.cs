using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>Sockets of root (all kinds) and of nobody (a TCP listener shared with a child).</summary>
public sealed class HidepidWorld : WorldFixture
{
    public HidepidWorld()
        : base(setup: world =>
        {
            world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "sockets.py")} {DirOf(world)}");
            world.Spawn($"exec setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7003");
        })
    {
    }

    public string Dir => DirOf(World);

    private static string DirOf(NetnsWorld world) => $"/tmp/{world.Name}-hidepid";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}

/// <summary>
/// /proc mounted with hidepid: an ordinary user sees only their own processes (hidepid=2) or
/// cannot look into the others' (hidepid=1). -p and -e must degrade exactly as net-tools' do,
/// warnings and status included.
/// </summary>
public sealed class HidepidTests(HidepidWorld fixture) : IClassFixture<HidepidWorld>
{
    [SkippableTheory]
    [InlineData("2", "-tap")]
    [InlineData("2", "-xap")]
    [InlineData("2", "-ap")]
    [InlineData("2", "-ae")]
    [InlineData("2", "-taepn")]
    [InlineData("1", "-tap")]
    [InlineData("1", "-ap")]
    [InlineData("invisible", "-xap")]
    public void AsOrdinaryUserSameAsNetTools(string hidepid, string args)
    {
        fixture.SkipIfUnavailable();
        RunResult Run(string program, string netlink) => fixture.World.Run("unshare", ["-m", "sh", "-c",
            $"mount -t proc -o hidepid={hidepid} proc /proc && NETSTAT_NO_NETLINK={netlink} exec setpriv --reuid=65534 --regid=65534 --clear-groups {program} {args}"]);
        var expected = Run(Repo.ReferenceNetstat, "0");
        if (args.Contains('p') && !args.Contains('x'))
        {
            // The user's own process is found and root's are hidden, or the test proves nothing.
            Assert.Contains("/python3", expected.StdoutText);
            Assert.Matches(new System.Text.RegularExpressions.Regex(@"^tcp .* - +$", System.Text.RegularExpressions.RegexOptions.Multiline), expected.StdoutText);
        }
        Diff.AssertEqual($"{args} (hidepid={hidepid})", expected, Run(Repo.OurNetstat, "0"));
        Diff.AssertEqual($"{args} (hidepid={hidepid}, NETSTAT_NO_NETLINK=1)", expected, Run(Repo.OurNetstat, "1"));
    }
}
