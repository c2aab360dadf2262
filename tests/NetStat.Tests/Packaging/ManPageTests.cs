using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Packaging;

/// <summary>
/// The manual page (packaging/man/netstat-dotnet.8) against net-tools' --help and our own
/// options as README documents them (not the parser's tables): every one is documented and
/// nothing else is, every command is described, the README's examples are there, and groff and man take it without a warning.
/// </summary>
public sealed partial class ManPageTests
{
    private static string ManPath => Path.Combine(Repo.Root, "packaging", "man", "netstat-dotnet.8");

    /// <summary>The lines that head a .TP paragraph: where options and commands are defined.</summary>
    private static List<(string Section, string Line)> TaggedLines()
    {
        var lines = File.ReadAllLines(ManPath);
        var tags = new List<(string, string)>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(".SH ", StringComparison.Ordinal))
                section = lines[i][4..].Trim('"');
            else if (lines[i] == ".TP" && i + 1 < lines.Length)
                tags.Add((section, lines[i + 1]));
        }
        return tags;
    }

    private static readonly string[] OptionSections =
        ["MODES", "SOCKET SELECTION", "ADDRESS FAMILIES", "OUTPUT OPTIONS", "OPTIONS OF OUR OWN"];

    [SkippableFact]
    public void DocumentsEveryOptionOfNetToolsAndOursAndNoOther()
    {
        Skip.If(ExpectedOptions.MissingNetTools != null, ExpectedOptions.MissingNetTools);
        var documentedLong = new HashSet<string>();
        var documentedShort = new HashSet<char>();
        foreach (var (section, line) in TaggedLines().Where(t => OptionSections.Contains(t.Section)))
        {
            var text = Regex.Replace(line, @"\\f[BIRP]", " ").Replace("\\-", "-");
            foreach (Match m in LongOption().Matches(text))
                documentedLong.Add(m.Groups[1].Value);
            foreach (Match m in ShortOption().Matches(text))
                documentedShort.Add(m.Groups[1].Value[0]);
        }
        var (netToolsLong, expectedShort) = ExpectedOptions.NetTools();
        var expectedLong = netToolsLong.Concat(ExpectedOptions.OurLong).ToHashSet();

        Assert.Empty(expectedLong.Except(documentedLong).Order());
        Assert.Empty(documentedLong.Except(expectedLong).Order());
        Assert.Empty(expectedShort.Except(documentedShort).Order());
        Assert.Empty(documentedShort.Except(expectedShort).Order());
    }

    [Fact]
    public void DescribesEveryCommand()
    {
        var commands = TaggedLines().Where(t => t.Section == "COMMANDS")
            .Select(t => Regex.Replace(t.Line, @"\\f[BIRP]|^\.B[IR]? ", "").Split(' ')[0]).ToList();
        Assert.Equal(ExpectedOptions.OurCommands.Order(), commands.Order());
    }

    [Fact]
    public void ShowsTheReadmeExamples()
    {
        var man = File.ReadAllText(ManPath);
        var examples = man[man.IndexOf(".SH EXAMPLES", StringComparison.Ordinal)..].Replace("\\-", "-");
        var readme = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        var commands = readme.Where(l => l.StartsWith("$ netstat ", StringComparison.Ordinal) || l.StartsWith("$ sudo netstat ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim()).ToList();
        Assert.NotEmpty(commands);
        foreach (var c in commands)
            Assert.Contains("\n" + c + "\n", examples);
    }

    [SkippableFact]
    public void GroffReportsNothing()
    {
        var missing = ShellTools.MissingProgram("groff");
        Skip.If(missing != null, missing);
        var r = ProcessRunner.Run("groff", ["-ww", "-z", "-man", ManPath]);
        Assert.Equal("", r.StderrText);
        Assert.Equal("", r.StdoutText);
        Assert.Equal(0, r.ExitCode);
    }

    [SkippableFact]
    public void ManRendersIt()
    {
        var missing = ShellTools.MissingProgram("man");
        Skip.If(missing != null, missing);
        var r = ProcessRunner.Run("man", ["--warnings", "-l", ManPath],
            env: new Dictionary<string, string> { ["MANPAGER"] = "cat", ["PAGER"] = "cat", ["MANWIDTH"] = "80" });
        Assert.Equal("", r.StderrText);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("NETSTAT-DOTNET(8)", r.StdoutText);
        Assert.Contains("OPTIONS OF OUR OWN", r.StdoutText);
        Assert.Contains("update-alternatives --install /usr/local/bin/netstat netstat", r.StdoutText.Replace("\u2010", "-"));
    }

    [GeneratedRegex(@"(?<![\w-])--([a-z0-9][a-z0-9-]*)")]
    private static partial Regex LongOption();

    [GeneratedRegex(@"(?<![\w-])-([A-Za-z0-9])(?![\w-])")]
    private static partial Regex ShortOption();
}
