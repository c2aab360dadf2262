using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>A namespace holding one socket of every kind, shared by the tests of this class.</summary>
public sealed class SocketWorld : IDisposable
{
    public NetnsWorld World { get; }
    public string? SkipReason { get; }

    public SocketWorld()
    {
        SkipReason = Requirements.MissingForNamespaces;
        World = SkipReason is null ? new NetnsWorld() : null!;
        if (SkipReason is not null)
            return;
        var dir = $"/tmp/{World.Name}";
        World.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "sockets.py")} {dir}");
        World.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7001 /usr/local/bin/a-very-long-program-name-indeed");
        World.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7002 relative/prog");
        World.Spawn($"exec setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} 7003");
    }

    public void Dispose()
    {
        if (SkipReason is null)
        {
            World.Dispose();
            try { Directory.Delete($"/tmp/{World.Name}", true); } catch (IOException) { }
        }
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
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        Diff.AssertSame(fixture.World, args, normalize: args.Contains('o') ? Diff.MaskTimers : null);
    }

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetToolsFromProcfs(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        Diff.AssertSame(fixture.World, args, normalize: args.Contains('o') ? Diff.MaskTimers : null, procfsOnly: true);
    }

    [SkippableTheory]
    [InlineData("-ap")]
    [InlineData("-tulp")]
    [InlineData("-xap")]
    [InlineData("-ae")]
    public void SameAsNetToolsForAnOrdinaryUser(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        Diff.AssertSame(fixture.World, args, asUser: "65534");
    }
}
