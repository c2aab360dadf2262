using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Packaging;

/// <summary>
/// The options the man page and the completion scripts must cover, taken apart from the
/// parser's tables (OptionParser, ExtensionOptions), which they would otherwise only mirror:
/// net-tools' options from its own --help, plus the few its parser takes without listing them
/// (each checked against /usr/bin/netstat); ours from the list below, which is what README's
/// "Beyond netstat" documents.
/// </summary>
internal static partial class ExpectedOptions
{
    /// <summary>Our long options (README, "Beyond netstat"): a new one must be added here by hand.</summary>
    public static readonly string[] OurLong =
    [
        "json", "port", "sport", "dport", "state", "pid", "program", "user", "addr", "src", "dst",
        "netns", "netns-pid", "all-netns", "changes", "prometheus", "prometheus-textfile", "listen", "explain",
    ];

    /// <summary>Our sub-commands, the first word of the command line.</summary>
    public static readonly string[] OurCommands = ["completions", "serve"];

    /// <summary>
    /// Options netstat.c's getopt table accepts that --help does not list: -d (in the short
    /// option string, no case of its own), the Bluetooth -2/--l2cap and -f/--rfcomm, --protocol
    /// (the long form of -A) and the families --ip, --appletalk, --bluetooth and --tcpip.
    /// </summary>
    private static readonly char[] UnlistedShort = ['d', '2', 'f'];

    private static readonly string[] UnlistedLong = ["ip", "appletalk", "bluetooth", "tcpip", "protocol", "l2cap", "rfcomm"];

    public static string? MissingNetTools => File.Exists(Repo.ReferenceNetstat) ? null : $"needs {Repo.ReferenceNetstat} (net-tools)";

    /// <summary>net-tools' long (without "--") and short options.</summary>
    public static (HashSet<string> Long, HashSet<char> Short) NetTools()
    {
        var help = ProcessRunner.Run(Repo.ReferenceNetstat, ["--help"]);
        Assert.Equal(0, help.ExitCode);
        // The usage text is on stdout; the list of address families ends it on stderr.
        Assert.Contains("List of possible address families", help.StdoutText);
        var text = help.StdoutText + help.StderrText;

        var longOptions = LongOption().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        // "--<af>": every family of the list is a long option of its own.
        Assert.Contains("'--<af>'", text);
        var families = Family().Matches(help.StderrText).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("inet6", families);
        longOptions.UnionWith(families);
        // Short options, alone (-r) or in clusters ([-vWeenNcCF], -6tuw).
        var shortOptions = ShortCluster().Matches(text).SelectMany(m => m.Groups[1].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "tcp", "numeric-users", "route", "version", "ax25" }, longOptions);
        Assert.Superset(new HashSet<char> { 'r', 'v', 'W', 'A', '6', '4', 'Z' }, shortOptions);

        // The unlisted ones: not in the help (else they would not belong here), and net-tools takes
        // each (the invalid -Q after it is reached, and it is not itself refused).
        foreach (var name in UnlistedLong)
        {
            Assert.DoesNotContain(name, longOptions);
            AssertNetToolsAccepts(name == "protocol" ? "--protocol=inet" : "--" + name, $"unrecognized option '--{name}'");
        }
        foreach (var c in UnlistedShort)
        {
            Assert.DoesNotContain(c, shortOptions);
            AssertNetToolsAccepts("-" + c, $"invalid option -- '{c}'");
        }
        // The probe can fail: an option net-tools does not have is refused.
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNetToolsAccepts("--l2capx", "unrecognized option '--l2capx'"));
        longOptions.UnionWith(UnlistedLong);
        shortOptions.UnionWith(UnlistedShort);
        return (longOptions, shortOptions);
    }

    private static void AssertNetToolsAccepts(string option, string refusal)
    {
        var r = ProcessRunner.Run(Repo.ReferenceNetstat, [option, "-Q"], TimeSpan.FromSeconds(10));
        Assert.Contains("invalid option -- 'Q'", r.StderrText);
        Assert.DoesNotContain(refusal, r.StderrText);
    }

    [GeneratedRegex(@"(?<![\w-])--([a-z0-9][a-z0-9-]*)")]
    private static partial Regex LongOption();

    [GeneratedRegex(@"(?<![\w-])-([A-Za-z0-9]+)")]
    private static partial Regex ShortCluster();

    /// <summary>"inet (DARPA Internet)": a family and its description, in the family list.</summary>
    [GeneratedRegex(@"(?<![\w-])([a-z][a-z0-9]*) \(")]
    private static partial Regex Family();
}
