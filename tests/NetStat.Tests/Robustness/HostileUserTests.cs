using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>
/// The namespace's /etc/passwd (ip netns exec bind-mounts /etc/netns/NAME/passwd over it) names
/// users with escape sequences and bells, a long name and one of exactly the column's width;
/// each of them owns a listening socket.
/// </summary>
public sealed class HostileUserWorld : WorldFixture
{
    public const string EscapeName = "ev\u001b[31mil\u0007";
    public const string EscapedEscapeName = @"ev\x1b[31mil\x07";
    public const string ShortBellName = "a\u0007b";
    public const string EscapedShortBellName = @"a\x07b";
    public const string LongName = "averyveryverylongusername";
    public const string TenName = "exactly10c";

    public HostileUserWorld()
        : base(setup: world =>
        {
            File.WriteAllText($"/etc/netns/{world.Name}/passwd",
                "root:x:0:0:root:/root:/bin/sh\n" +
                "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" +
                $"{EscapeName}:x:4242:4242::/:/bin/sh\n" +
                $"{LongName}:x:4243:4243::/:/bin/sh\n" +
                $"{TenName}:x:4244:4244::/:/bin/sh\n" +
                $"{ShortBellName}:x:4245:4245::/:/bin/sh\n");
            foreach (var uid in new[] { 4242, 4243, 4244, 4245 })
                world.Spawn($"exec setpriv --reuid={uid} --regid={uid} --clear-groups /usr/bin/python3 {Repo.Fixture("worlds", "holder.py")} {uid + 3000}");
        })
    {
    }
}

/// <summary>
/// -e prints the owner's name from passwd. A name with control characters is the project's one
/// deliberate difference: it is printed as \xHH and padded by its printed length; every other
/// line, long and width-sized names included, is net-tools' byte for byte.
/// </summary>
public sealed class HostileUserTests(HostileUserWorld fixture) : IClassFixture<HostileUserWorld>
{
    [SkippableTheory]
    [InlineData("-ae")]
    [InlineData("-tae")]
    [InlineData("-aee")]
    [InlineData("-taep")]
    public void ControlCharactersInUserNamesAreEscaped(string args)
    {
        fixture.SkipIfUnavailable();
        var expected = fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args));
        Assert.Contains(HostileUserWorld.EscapeName, expected.StdoutText);
        Assert.Contains(HostileUserWorld.LongName + " ", expected.StdoutText);
        Assert.Contains(HostileUserWorld.TenName + " ", expected.StdoutText);
        // net-tools' output with each hostile name, padded to 10 by its raw length, replaced by
        // the escaped name padded by its escaped length (TextOutput.LeftSafe's rule, reference 2.9).
        var expectedText = expected.StdoutText;
        foreach (var (raw, escaped) in new[]
                 {
                     (HostileUserWorld.EscapeName, HostileUserWorld.EscapedEscapeName),
                     (HostileUserWorld.ShortBellName, HostileUserWorld.EscapedShortBellName),
                 })
            expectedText = expectedText.Replace(" " + raw.PadRight(10) + " ", " " + escaped.PadRight(10) + " ");
        Assert.DoesNotContain("\u001b", expectedText);
        Assert.DoesNotContain("\u0007", expectedText);
        var adjusted = expected with { Stdout = System.Text.Encoding.UTF8.GetBytes(expectedText) };
        Diff.AssertEqual(args, adjusted, fixture.World.Run(Repo.OurNetstat, Diff.SplitArgs(args)));
        Diff.AssertEqual(args + " (NETSTAT_NO_NETLINK=1)", adjusted, fixture.World.Run("env", ["NETSTAT_NO_NETLINK=1", Repo.OurNetstat, .. Diff.SplitArgs(args)]));
    }

    [SkippableTheory]
    [InlineData("-aen")]
    [InlineData("-tane")]
    [InlineData("-tae --numeric-users")]
    public void NumericUsersAreNetToolsExactly(string args)
    {
        fixture.SkipIfUnavailable();
        Assert.Contains(" 4242 ", fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args)).StdoutText);
        Diff.AssertSame(fixture.World, args);
    }
}
