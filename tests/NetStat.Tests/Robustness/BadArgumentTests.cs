using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Robustness;

/// <summary>A bare namespace: the listings that valid-but-odd arguments print stay short and fixed.</summary>
public sealed class BareWorld : WorldFixture
{
}

/// <summary>
/// Hostile command lines: invalid UTF-8, empty values, huge repeated options, 10,000 arguments.
/// Never a .NET stack trace; stdout, stderr and status are net-tools', byte for byte, including
/// the raw bytes of an invalid UTF-8 argument that net-tools echoes (RawArgumentTests has more).
/// </summary>
public sealed class BadArgumentTests(BareWorld fixture) : IClassFixture<BareWorld>
{
    /// <summary>bash words (expanded by bash, so raw bytes and huge lists reach both programs alike).</summary>
    public static TheoryData<string> Cases() =>
    [
        @"-A $'\xff'", @"--$'\xfe'", @"-$'\xff'", @"-t$'\xff'", @"--tcp$'\xff'", @"--$'\xff'=x", @"-$'\xc3'",
        @"--protocol=$'\xff\xfe'", @"-A inet,$'\xff'", @"$'\xff'", @"--prot$'\xc3\xa9'", @"-A $'\xc3\xa9'",
        "-A ''", "--protocol=", "--protocol", "-A", "-tA", "''", "'' -t", "-", "--", "-- -t", "--n", "--proto", "--pro=inet",
        "-s -A ''", "-s -A unix", "-M", "-p -p -p -p",
        "$(printf -- '-t %.0s' {1..10000})",
        "$(printf -- '--numeric-hosts %.0s' {1..10000})",
        "$(printf -- 'x%.0s ' {1..10000})",
        "-$(printf 'v%.0s' {1..10000})",
        "-$(printf 'e%.0s' {1..10000})",
        "-A $(printf 'inet,%.0s' {1..5000})inet",
        "-A $(printf 'x%.0s' {1..100000})",
        "--$(printf 'x%.0s' {1..100000})",
        "-s $(printf -- '-t %.0s' {1..10000})",
        "-r $(printf -- '-n %.0s' {1..10000})",
        "-i $(printf -- '-a %.0s' {1..10000})",
    ];

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void NoStackTraceAndNetToolsStatus(string words)
    {
        fixture.SkipIfUnavailable();
        // exec -a: both programs see argv[0] "netstat", which getopt's messages quote.
        RunResult Run(string program) => fixture.World.Run("bash", ["-c", $"exec -a netstat {program} {words}"]);
        var expected = Run(Repo.ReferenceNetstat);
        var actual = Run(Repo.OurNetstat);
        Assert.DoesNotContain("   at ", actual.StderrText);
        Assert.DoesNotContain("Exception", actual.StderrText);
        Assert.DoesNotContain("Unhandled", actual.StderrText);

        bool rawBytes = !IsUtf8(expected.Stdout) || !IsUtf8(expected.Stderr);
        // Every invalid byte that net-tools echoes is in a message; an ignored non-option is not.
        bool echoes = words != @"$'\xff'" && (words.Contains(@"\xff") || words.Contains(@"\xfe") || words == @"-$'\xc3'");
        Assert.Equal(echoes, rawBytes);
        Diff.AssertEqual(words, expected, actual);
    }

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
