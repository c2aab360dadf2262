using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>An empty namespace: option handling, usage and error paths do not need sockets.</summary>
public sealed class EmptyWorld : WorldFixture;

public sealed class OptionTests(EmptyWorld fixture) : IClassFixture<EmptyWorld>
{
    public static TheoryData<string> Arguments() =>
    [
        // getopt errors and usage
        "-Q", "-tQ", "--bogus", "--bogus=3", "-A", "-tA", "--prot", "--protocol", "--tcp=1", "--help=1",
        "--ver", "--ver=2", "--num", "--n", "--a", "--c", "--i", "--l", "--p", "--r", "--s", "--t", "--u", "--v",
        "-?", "-Z -h", "-Q -V", "-Z", "--context", "-- -t", "-t foo bar", "-",
        "--", "-t -- -u", "-x -- -t",
        // address families
        "-A foo", "-A ,inet", "-A inet,", "-A inet,foo -t", "--prot=", "--protocol=inet6", "--prot inet6",
        "-A ip", "-A ip6", "-A tcpip", "-A unix", "-A ddp", "-A appletalk", "-A econet", "-A ash",
        "--inet", "--inet6", "--ip", "--ine", "--unix", "--un", "--ddp", "--appletalk", "--tcpip", "--tcpip -t",
        "-A ipx", "--ipx", "-A ax25", "--ax25", "-A x25", "--x25", "-A netrom", "--netrom", "-A rose", "--rose",
        "-A bluetooth", "--bluetooth", "-2", "-f", "--l2cap", "--rfcomm", "-A ax25 -t", "-t --ipx",
        // our options match only in full, so net-tools' prefixes keep their meaning and ambiguity lists
        "--jso", "--por", "--st", "--pi", "--prog", "--us", "--ad", "--sr", "--ds", "--net", "--netn", "--all-", "--ch",
        "--prom", "--list", "--ex", "--expl",
        "-S", "-Sa", "-Sl", "-S -v", "-M", "-Mc", "--masquerade", "-4 -6", "-6 -4 -a", "-g -x",
        "-d", "-dd -t", "-C -t", "-F -t", "-N -t", "-v -4", "-v -x",
        // more than one mode
        "-s -r", "-i -r", "-ss", "-ii", "-rr", "-MM", "-r --route", "-i -M",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetTools(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args);
    }

    [SkippableFact]
    public void TooManyFamiliesAreReportedLikeNetTools()
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, string.Join(' ', Enumerable.Repeat("-A inet", 60)));
        Diff.AssertSame(fixture.World, "-A " + string.Join(',', Enumerable.Repeat("inet6", 60)));
        Diff.AssertSame(fixture.World, "-A " + new string('x', 300));
    }

    [SkippableFact]
    public void HelpKeepsNetToolsTextAndListsOurOptionsAfterIt()
    {
        fixture.SkipIfUnavailable();
        foreach (var args in new[] { "-h", "--help", "--he", "-h -Z", "-th -Q" })
        {
            var expected = fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args));
            var actual = fixture.World.Run(Repo.OurNetstat, Diff.SplitArgs(args));
            Assert.Equal(expected.ExitCode, actual.ExitCode);
            Assert.Equal(expected.StderrText, actual.StderrText);
            Assert.StartsWith(expected.StdoutText, actual.StdoutText);
            var extra = actual.StdoutText[expected.StdoutText.Length..];
            foreach (var name in new[] { "--json", "--port", "--state", "--netns", "--all-netns", "--changes", "--prometheus", "--explain" })
                Assert.Contains("        " + name + " ", extra);
        }
    }

    [SkippableFact]
    public void VersionKeepsNetToolsLinesAndAddsOneNamingUs()
    {
        fixture.SkipIfUnavailable();
        foreach (var args in new[] { "-V", "--version", "-V -Q", "--vers" })
        {
            var expected = fixture.World.Run(Repo.ReferenceNetstat, Diff.SplitArgs(args));
            var actual = fixture.World.Run(Repo.OurNetstat, Diff.SplitArgs(args));
            Assert.Equal(expected.ExitCode, actual.ExitCode);
            Assert.Equal(expected.StderrText, actual.StderrText);
            Assert.StartsWith(expected.StdoutText, actual.StdoutText);
            var extra = actual.StdoutText[expected.StdoutText.Length..];
            Assert.Matches(@"^netstat for \.NET \S+ \(commit [0-9a-f]{7,40}; compatible with net-tools 2\.10\)\n$", extra);
        }
    }
}
