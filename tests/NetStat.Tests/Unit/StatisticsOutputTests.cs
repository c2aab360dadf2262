using System.Text;
using NetStat.Cli;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// netstat -s run in-process on committed fixtures against output captured from net-tools 2.10
/// (Fixtures/statistics/expected, produced by /usr/bin/netstat with the fixture bind-mounted over
/// /proc). Runs without root; the differential tests repeat these live against the binary.
/// </summary>
public sealed class StatisticsOutputTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "kernel618", "-s" }, { "kernel618", "-s -6" }, { "kernel618", "-s -4 -6" },
        { "edge", "-s" }, { "edge", "-s -6" }, { "edge", "-st" }, { "edge", "-sw" },
        { "malformed", "-s" }, { "malformed", "-s -6" },
        { "newtable", "-s" }, { "newtable", "-s -6" }, { "newtable", "-sS" },
        { "nosnmp", "-s" }, { "nosnmp", "-s -6" }, { "nosnmp6", "-s -6" },
        { "emptyfiles", "-s" }, { "emptyfiles", "-s -6" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SameAsCapturedNetToolsOutput(string fixture, string args)
    {
        var output = new TextOutput(-1);
        var error = new TextOutput(-1, unbuffered: true);
        var command = new NetstatCommand(new StandardStreams(output, error)) { Proc = new ProcPaths(Repo.Fixture("statistics", fixture)) };
        int status = command.Run(Diff.SplitArgs(args));

        string stem = Repo.Fixture("statistics", "expected", fixture + "_" + args.Replace(" ", ""));
        Assert.Equal(File.ReadAllText(stem + ".out"), Encoding.UTF8.GetString(output.Pending));
        Assert.Equal(File.ReadAllText(stem + ".err"), Encoding.UTF8.GetString(error.Pending));
        Assert.Equal(int.Parse(File.ReadAllText(stem + ".status").Trim()), status);
    }
}
