using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>A namespace holding one socket of every kind, shared by the tests of this class.</summary>
public sealed class SocketWorld : WorldFixture
{
    public SocketWorld() : base(setup: Populate)
    {
    }

    private static string SocketDirectory(NetnsWorld world) => $"/tmp/{world.Name}";

    private static void Populate(NetnsWorld world)
    {
        var dir = SocketDirectory(world);
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "sockets.py")} {dir}");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7001 /usr/local/bin/a-very-long-program-name-indeed");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7002 relative/prog");
        world.Spawn($"exec setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7003");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            try { Directory.Delete(SocketDirectory(World), true); } catch (IOException) { }
    }
}

public sealed class SocketListingTests(SocketWorld fixture) : IClassFixture<SocketWorld>
{
    public static TheoryData<string> Arguments() =>
    [
        "", "-a", "-l", "-n", "-an", "-ln", "-t", "-ta", "-tl", "-tan", "-u", "-ua", "-uan", "-U", "-Ua", "-Uan",
        "-w", "-wa", "-wan", "-x", "-xa", "-xl", "-xan", "-4", "-6", "-a4", "-a6", "-an4", "-an6", "-A inet", "-A inet6",
        "-A inet,inet6", "-Ainet6 -a", "--protocol=inet6 -a", "-A unix -a", "-tA unix -a", "-x -4 -a",
        "-ae", "-aee", "-ane", "-aeen", "-ao", "-aon", "-aeo", "-ap", "-anp", "-tulpn", "-taepo", "-xap", "-xapn",
        "-aW", "-anW", "-taW", "-uaW", "--numeric-hosts -a", "--numeric-ports -a", "--numeric-users -ae",
        "-a --tcp --udp", "--all --listening", "-la", "-v", "-av", "-tv", "-at --wide", "-aN",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetTools(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args, normalize: args.Contains('o') ? Diff.MaskTimers : null);
    }

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetToolsFromProcfs(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args, normalize: args.Contains('o') ? Diff.MaskTimers : null, procfsOnly: true);
    }

    [SkippableTheory]
    [InlineData("-ap")]
    [InlineData("-tulp")]
    [InlineData("-xap")]
    [InlineData("-ae")]
    public void SameAsNetToolsForAnOrdinaryUser(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args, asUser: "65534");
    }
}
