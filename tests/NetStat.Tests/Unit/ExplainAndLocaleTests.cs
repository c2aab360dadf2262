using System.Text.RegularExpressions;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Explain;
using NetStat.Cli.Localization;
using NetStat.Cli.Rendering;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>The --explain term tables, the catalogs and gettext's choice of language.</summary>
public sealed class ExplainAndLocaleTests
{
    public static TheoryData<string, string> AllTerms()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, term) in Terms.All())
            data.Add(kind.ToString(), term);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTerms))]
    public void EveryTermHasAnExplanationInEveryLanguage(string kind, string term)
    {
        var k = Enum.Parse<TermKind>(kind);
        Assert.True(EnglishExplanations.All.TryGetValue((k, term), out var english) && english.Length > 10, $"no English text for {kind} {term}");
        foreach (var code in Catalog.Codes)
        {
            var catalog = Catalog.For(code)!;
            Assert.True(catalog.Explanations.TryGetValue((k, term), out var text) && text.Length > 3, $"no {code} text for {kind} {term}");
        }
    }

    [Fact]
    public void TermsComeFromTheRenderersTables()
    {
        // The tables the renderers print from, spot-checked against net-tools' vocabulary.
        Assert.Equal(["ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"], Terms.Of(TermKind.TcpState));
        Assert.Equal(["U", "G", "!", "H", "R", "D", "M", "d", "a", "c", "o", "e", "f", "p", "l", "u", "w", "i", "n"], Terms.Of(TermKind.RouteFlag));
        Assert.Equal(["A", "B", "D", "L", "M", "d", "P", "N", "O", "s", "m", "R", "U"], Terms.Of(TermKind.InterfaceFlag));
        Assert.Contains("MSS", Terms.Of(TermKind.RouteColumn));
        Assert.Contains("Next Hop", Terms.Of(TermKind.RouteColumn));
        Assert.Equal(["ACC", "W", "N"], Terms.Of(TermKind.UnixFlag));
    }

    [Fact]
    public void ColumnTablesLayOutNetToolsHeaders()
    {
        // The literal headers net-tools prints (its printf formats), which the Japanese layout widens.
        Assert.Equal("Proto Recv-Q Send-Q Local Address           Foreign Address         State      ",
            EnglishHeader(TextSocketRenderer.InternetColumns, [0, 1, 2, 3, 4, 5]));
        Assert.Equal("Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name     Timer",
            EnglishHeader(TextSocketRenderer.InternetColumns, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
        Assert.Equal("Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path",
            EnglishHeader(TextSocketRenderer.UnixColumns, [0, 1, 2, 3, 4, 5, 6, 7]));
        Assert.Equal("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg",
            EnglishHeader(TextInterfaceRenderer.Columns, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        Assert.Equal("Interface       RefCnt Group", EnglishHeader(TextGroupRenderer.Columns, [0, 1, 2]));
        // The route headers overflow a column here and there (Window, Ref): same names, in order.
        Assert.Equal(Terms.HeaderColumns(TextRouteRenderer.Ipv4Header2), TextRouteRenderer.Ipv4Columns2.Select(c => c.Name));
        Assert.Equal(Terms.HeaderColumns(TextRouteRenderer.Ipv6Header), TextRouteRenderer.Ipv6Columns.Select(c => c.Name));
    }

    private static string EnglishHeader(Column[] columns, int[] indexes) => new LocalizedColumns(null, columns).Header(indexes);

    [Fact]
    public void PlaceholdersAreSubstitutedInOnePass()
    {
        // An argument that looks like a placeholder stays as given (a user's option text, say).
        Assert.Equal("netstat: unrecognized option '--{1}x'", Catalog.T("{0}: unrecognized option {1}", "netstat", "'--{1}x'"));
        Assert.Equal("a {1} b", Catalog.T("{1} {0} {2}", "{1}", "a", "b"));
    }

    /// <summary>Every English text the code hands to the catalog, found in the sources and the tables.</summary>
    public static IEnumerable<string> KeysUsedInCode()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // Catalog.T itself, and the two wrappers that hand their first literal to it: the route
        // renderer's Title(key) and GetOptLong's Error(key, parts).
        var literal = new Regex(@"\b(?:Catalog\.T|Title|Error)\(""((?:[^""\\]|\\.)*)""");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", "NetStat.Cli"), "*.cs", SearchOption.AllDirectories))
            foreach (Match m in literal.Matches(File.ReadAllText(file)))
                keys.Add(Regex.Unescape(m.Groups[1].Value));
        foreach (var c in TextSocketRenderer.InternetColumns.Concat(TextSocketRenderer.UnixColumns).Concat(TextInterfaceRenderer.Columns).Concat(TextGroupRenderer.Columns)
            .Concat(TextRouteRenderer.Ipv4Columns2).Concat(TextRouteRenderer.Ipv6Columns))
            keys.Add(c.Name);
        foreach (var kind in Enum.GetValues<TermKind>())
        {
            keys.Add(Explainer.Heading(kind));
            keys.Add(Explainer.Label(kind));
        }
        keys.Add(UsageText.Usage);
        keys.Add(UsageText.FamilyList);
        foreach (var o in ExtensionOptions.All)
            keys.Add(o.Help);
        foreach (var (_, _, help) in ExtensionOptions.Commands)
            keys.Add(help);
        return keys;
    }

    [Fact]
    public void EveryKeyUsedInCodeIsInEveryCatalog()
    {
        var keys = KeysUsedInCode().ToList();
        Assert.True(keys.Count > 60, $"only {keys.Count} keys found: the source scan is broken");
        Assert.Contains("warning, got bogus tcp line.\n", keys);
        Assert.Contains("Kernel IPv6 routing cache", keys);
        Assert.Contains("{0}: option {1} is ambiguous; possibilities: {2}", keys);
        foreach (var code in Catalog.Codes)
        {
            var catalog = Catalog.For(code)!;
            var missing = keys.Where(k => !catalog.Messages.TryGetValue(k, out var t) || t.Length == 0).ToList();
            Assert.True(missing.Count == 0, $"{code} lacks: " + string.Join(" | ", missing));
            // Placeholders survive translation.
            foreach (var k in keys)
                foreach (Match m in Regex.Matches(k, @"\{\d\}"))
                    Assert.Contains(m.Value, catalog.Messages[k]);
        }
    }

    [Theory]
    // LANGUAGE is ignored when the locale is C or POSIX, not C.UTF-8 (glibc 2.36 shows net-tools' catalog then).
    [InlineData("LANGUAGE=ja LANG=C", null)]
    [InlineData("LANGUAGE=ja", null)]
    [InlineData("LANGUAGE=ja LANG=POSIX", null)]
    [InlineData("LANGUAGE=ja LANG=C.UTF-8", "ja")]
    [InlineData("LANG=C.UTF-8", null)]
    [InlineData("LANGUAGE=ja LANG=en_US.UTF-8", "ja")]
    [InlineData("LANG=ja_JP.UTF-8", "ja")]
    [InlineData("LANG=ja_JP.eucJP", "ja")]
    [InlineData("LANG=ja", "ja")]
    [InlineData("LANG=en_US.UTF-8", null)]
    // LC_ALL overrides LC_MESSAGES overrides LANG; empty means unset.
    [InlineData("LC_ALL=C LANG=ja_JP.UTF-8", null)]
    [InlineData("LC_ALL=C LC_MESSAGES=ja_JP.UTF-8", null)]
    [InlineData("LC_MESSAGES=ja_JP.UTF-8 LANG=C", "ja")]
    [InlineData("LC_ALL=ja_JP.UTF-8 LC_MESSAGES=C LANG=C", "ja")]
    [InlineData("LC_ALL= LANG=ja_JP.UTF-8", "ja")]
    [InlineData("LC_MESSAGES=C LANG=ja_JP.UTF-8", null)]
    // LANGUAGE, when honoured, is searched alone: the first entry with a catalog wins.
    [InlineData("LANGUAGE=fr:ja LANG=en_US.UTF-8", "ja")]
    [InlineData("LANGUAGE=en:ja LANG=ja_JP.UTF-8", null)]
    [InlineData("LANGUAGE=fr LANG=ja_JP.UTF-8", null)]
    [InlineData("LANGUAGE= LANG=ja_JP.UTF-8", "ja")]
    [InlineData("LANGUAGE=ja_JP LC_ALL=de_DE.UTF-8", "ja")]
    public void GettextPrecedence(string assignments, string? expected)
    {
        var env = assignments.Split(' ').Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        Assert.Equal(expected, LocaleSelection.Language(name => env.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("受信キュー", 10)]
    [InlineData("PID/プログラム名", 16)]
    [InlineData("ｱ", 1)] // halfwidth katakana
    [InlineData("Ａ", 2)] // fullwidth A
    [InlineData("e\u0301", 1)] // combining acute
    [InlineData("한국", 4)]
    [InlineData("\U0001F600", 2)]
    public void DisplayWidthOfText(string text, int cells) => Assert.Equal(cells, DisplayWidth.Of(text));

    private static RunResult Ours(string args, params string[] env) => Ours(args.Split(' ', StringSplitOptions.RemoveEmptyEntries), env);

    private static RunResult Ours(string[] args, params string[] env) =>
        ProcessRunner.Run(Repo.OurNetstat, args, env: env.Select(e => e.Split('=', 2)).ToDictionary(a => a[0], a => a[1]));

    public static TheoryData<string> DistinctTerms()
    {
        var data = new TheoryData<string>();
        foreach (var t in Terms.All().Select(t => t.Term).Distinct())
            data.Add(t);
        return data;
    }

    [Theory]
    [MemberData(nameof(DistinctTerms))]
    public void ExplainEveryTermFromTheCommandLine(string term)
    {
        var r = Ours(["--explain=" + term]);
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        Assert.StartsWith(term + " (", r.StdoutText);
        var ja = Ours(["--explain=" + term], "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Equal(0, ja.ExitCode);
        Assert.Matches(@"[\u3040-\u30FF\u4E00-\u9FFF]", ja.StdoutText);
    }

    [Theory]
    [InlineData("TIME_WAIT", "(TCP state)", "60 seconds")]
    [InlineData("time_wait", "(TCP state)", "60 seconds")]
    [InlineData("Recv-Q", "(column of the Internet socket table)", "accept queue")]
    [InlineData("G", "(route flag)", "RTF_GATEWAY")]
    [InlineData("LISTENING", "(UNIX socket state)", "listen()")]
    [InlineData("STREAM", "(UNIX socket type)", "SOCK_STREAM")]
    [InlineData("ACC", "(UNIX socket flag)", "__SO_ACCEPTCON")]
    [InlineData("MTU", "(column of the interface table)", "largest packet")]
    [InlineData("RX-OK", "(column of the interface table)", "received")]
    [InlineData("B", "(interface flag)", "BROADCAST")]
    [InlineData("CLOSE", "(TCP state)", "TCP_CLOSE")]
    public void ExplainOneTerm(string term, string label, string words)
    {
        var r = Ours("--explain " + term);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(label, r.StdoutText);
        Assert.Contains(words, r.StdoutText);
    }

    [Fact]
    public void AmbiguousLetterIsExplainedInEveryMeaningLabelled()
    {
        var r = Ours("--explain U");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("U (route flag)\n", r.StdoutText);
        Assert.Contains("U (IPv6 route flag)\n", r.StdoutText);
        Assert.Contains("U (interface flag)\n", r.StdoutText);
        // Case decides when it can: d is IPv4's RTF_DEFAULT and the interface's DYNAMIC, not D.
        var d = Ours("--explain d");
        Assert.DoesNotContain("RTF_DYNAMIC", d.StdoutText);
        Assert.Contains("DYNAMIC:", d.StdoutText);
    }

    [Fact]
    public void UnknownTermIsOneLineAndStatus1()
    {
        var r = Ours("--explain NO_SUCH_THING");
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Equal("netstat: --explain: unknown term 'NO_SUCH_THING' (netstat -tan --explain lists the terms of a listing)\n", r.StderrText);
        var ja = Ours("--explain NO_SUCH_THING", "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Equal(1, ja.ExitCode);
        Assert.Single(ja.StderrText.TrimEnd('\n').Split('\n'));
        Assert.Contains("不明な用語", ja.StderrText);
    }

    [Fact]
    public void UsageInJapaneseAndEnglish()
    {
        var ja = Ours("-h", "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Equal(0, ja.ExitCode);
        Assert.StartsWith("使い方: netstat", ja.StdoutText);
        Assert.Contains("省略不可", ja.StdoutText);
        var bad = Ours("-q", "LC_MESSAGES=ja_JP.UTF-8", "LC_ALL=", "LANG=C");
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains("無効なオプションです -- 'q'", bad.StderrText);
        var ambiguous = Ours("--n", "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Contains("オプション '--n' はあいまいです。候補: '--netrom' '--numeric'", ambiguous.StderrText);
        var noArgument = Ours("--tcp=x", "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Contains("オプション '--tcp' は引数を取りません", noArgument.StderrText);
        var c = Ours("-q", "LANGUAGE=ja", "LC_ALL=", "LANG=C");
        Assert.StartsWith("usage: netstat", c.StderrText.Split('\n')[1]);
    }
}
