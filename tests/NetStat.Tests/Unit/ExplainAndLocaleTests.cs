using System.Text.RegularExpressions;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Explain;
using NetStat.Cli.Localization;
using NetStat.Cli.Modes;
using NetStat.Cli.Rendering;
using NetStat.Query;
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

    /// <summary>net-tools' header line: the first line of its output that starts with <paramref name="start"/>.</summary>
    private static string NetToolsHeader(string args, string start)
    {
        var r = ProcessRunner.Run(Repo.ReferenceNetstat, args.Split(' '), env: new Dictionary<string, string> { ["LC_ALL"] = "C" });
        return r.StdoutText.Split('\n').First(l => l.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void ColumnTablesLayOutNetToolsHeaders()
    {
        // The headers net-tools prints here (its printf formats), which the Japanese layout widens.
        Assert.Equal(NetToolsHeader("-tn", "Proto "), EnglishHeader(TextSocketRenderer.InternetColumns, [0, 1, 2, 3, 4, 5]));
        Assert.Equal(NetToolsHeader("-tneepo", "Proto "), EnglishHeader(TextSocketRenderer.InternetColumns, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
        Assert.Equal(NetToolsHeader("-xp", "Proto "), EnglishHeader(TextSocketRenderer.UnixColumns, [0, 1, 2, 3, 4, 5, 6, 7]));
        Assert.Equal(NetToolsHeader("-i", "Iface "), EnglishHeader(TextInterfaceRenderer.Columns, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        Assert.Equal(NetToolsHeader("-gn", "Interface "), EnglishHeader(TextGroupRenderer.Columns, [0, 1, 2]));
        // The route headers overflow a column here and there (Window, Ref): same names, in order.
        Assert.Equal(HeaderWords(NetToolsHeader("-rn", "Destination ")), TextRouteRenderer.Ipv4Columns2.Select(c => c.Name));
        Assert.Equal(HeaderWords(NetToolsHeader("-rn -A inet6", "Destination ")), TextRouteRenderer.Ipv6Columns.Select(c => c.Name));
        // The literal headers printed in English are net-tools' lines.
        Assert.Equal(NetToolsHeader("-rn", "Destination "), TextRouteRenderer.FibHeader(2));
        Assert.Equal(NetToolsHeader("-rne", "Destination "), TextRouteRenderer.FibHeader(1));
        Assert.Equal(NetToolsHeader("-rnee", "Destination "), TextRouteRenderer.FibHeader(3));
        Assert.Equal(TextRouteRenderer.Ipv6Header, NetToolsHeader("-rn -A inet6", "Destination "));
        // And every literal header names the columns of the table --explain reads its route columns from.
        for (int ext = 0; ext <= 3; ext++)
        {
            Assert.Equal(HeaderWords(TextRouteRenderer.FibHeader(ext)), TextRouteRenderer.FibColumns(ext)?.Select(c => c.Name));
            foreach (int layout in new[] { 63, 97, 5 })
                Assert.Equal(HeaderWords(TextRouteRenderer.CacheHeader(ext, layout)), TextRouteRenderer.CacheColumns(ext, layout)?.Select(c => c.Name));
        }
        Assert.Equal(HeaderWords(TextRouteRenderer.Ipv6Header), TextRouteRenderer.Ipv6Columns.Select(c => c.Name));
    }

    /// <summary>The column names of a header line: words split on spaces, two-word labels kept together.</summary>
    private static List<string>? HeaderWords(string? header)
    {
        if (header is null)
            return null;
        var words = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && (words[i], words[i + 1]) is ("Next", "Hop"))
                names.Add(words[i] + " " + words[++i]);
            else
                names.Add(words[i]);
        }
        return names;
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
        // Catalog.T and Catalog.Bytes, and the wrappers that hand their first literal to them: the
        // route renderer's Title(key), the legacy tables' Begin(title, ...) and GetOptLong's Error(key, parts).
        var literal = new Regex(@"\b(?:Catalog\.T|Catalog\.Bytes|Title|Begin|Error)\(""((?:[^""\\]|\\.)*)""");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", "NetStat.Cli"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}Languages{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                continue;
            foreach (Match m in literal.Matches(File.ReadAllText(file)))
                keys.Add(Regex.Unescape(m.Groups[1].Value));
        }
        // The tables the renderers hand to the catalog a row at a time.
        Column[][] tables = [TextSocketRenderer.InternetColumns, TextSocketRenderer.UnixColumns, TextInterfaceRenderer.Columns, TextGroupRenderer.Columns,
            .. TextRouteRenderer.ColumnTables, .. LegacyRouteTables.ColumnTables];
        foreach (var c in tables.SelectMany(t => t))
            keys.Add(c.Name);
        foreach (var sentence in NetToolsCounterCatalog.PrintedSentences)
            keys.Add(sentence.Format);
        foreach (var hardware in HardwareTypes.All)
            keys.Add(hardware.TitleText);
        foreach (int errno in Catalog.SystemErrorNumbers)
            keys.Add(NetStat.Cli.Interop.Libc.StrError(errno));
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
        Assert.Contains("%llu active connection openings", keys);
        Assert.Contains("RX packets", keys);
        Assert.Contains("No such file or directory", keys);
        Assert.Contains("Kernel ROSE routing table", keys);
        Assert.Contains("HHUptod", keys);
        Assert.Contains("netstat: {0}: prefix length above 128 '{1}'\n", keys);
        Assert.Contains("cannot enter network namespace {0}: {1}", keys);
        Assert.Contains("of PID {0} (inode {1})", keys);
        Assert.Contains("netstat: internal error: {0}\n", keys);
        Assert.NotEmpty(Catalog.Codes);
        foreach (var code in Catalog.Codes)
        {
            var catalog = Catalog.For(code)!;
            var missing = keys.Where(k => !catalog.Messages.TryGetValue(k, out var t) || t.Length == 0).ToList();
            Assert.True(missing.Count == 0, $"{code} lacks:\n" + string.Join("\n", missing.Select(m => Quote(m))));
            // And holds nothing the code no longer uses (a renamed message would leave its old translation behind).
            var stale = catalog.Messages.Keys.Where(k => !keys.Contains(k)).ToList();
            Assert.True(stale.Count == 0, $"{code} has keys no code uses:\n" + string.Join("\n", stale.Select(m => Quote(m))));
            foreach (var k in keys)
            {
                string t = catalog.Messages[k];
                // Placeholders survive translation: {0}, {1} ... and the -s sentences' one value.
                foreach (Match m in Regex.Matches(k, @"\{\d\}"))
                    Assert.Contains(m.Value, t);
                Assert.True(Regex.Matches(k, "%llu").Count == Regex.Matches(t, "%llu").Count, $"{code}: %llu of '{Quote(k)}'");
                // A message that ends its line still does.
                Assert.True(k.EndsWith('\n') == t.EndsWith('\n'), $"{code}: the line end of '{Quote(k)}'");
            }
        }
    }

    private static string Quote(string s) => s.Replace("\n", "\\n");

    [Fact]
    public void FilterLinesInEnglishAreTheLibrarysWords()
    {
        // Every kind has its own line, and in English it holds the library's words for the kind.
        var lines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<FilterProblem>())
        {
            var e = new FilterValueException(FilterField.Port, kind, "v");
            string line = FilterMessages.Of("--port", e);
            Assert.Equal($"netstat: --port: {e.Problem} 'v'\n", line);
            Assert.True(lines.Add(line), $"{kind} shares its line");
            foreach (var code in Catalog.Codes)
                Assert.True(Catalog.For(code)!.Messages.ContainsKey(line.Replace("--port", "{0}").Replace("'v'", "'{1}'")), $"{code} lacks the line of {kind}");
        }
    }

    [Fact]
    public void EachLanguageFileRegistersItsLanguage()
    {
        // A language is one file, Localization/Languages/Catalog.XX.cs, which registers itself:
        // the files and the registered codes are the same set.
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "src", "NetStat.Cli", "Localization", "Languages"), "Catalog.*.cs")
            .Select(f => Path.GetFileName(f)["Catalog.".Length..^".cs".Length]).Order().ToList();
        Assert.Contains("ja", files);
        Assert.Equal(files, Catalog.Codes.Order().ToList());
        foreach (var code in files)
            Assert.Equal(code, Catalog.For(code)!.Language);
    }

    [Fact]
    public void EveryTermIsExplainedInEveryCatalogAndNothingElse()
    {
        var terms = Terms.All().ToHashSet();
        foreach (var code in Catalog.Codes)
        {
            var catalog = Catalog.For(code)!;
            var missing = terms.Where(t => !catalog.Explanations.ContainsKey(t)).ToList();
            Assert.True(missing.Count == 0, $"{code} lacks explanations of: " + string.Join(", ", missing));
            var stale = catalog.Explanations.Keys.Where(k => !terms.Contains(k)).ToList();
            Assert.True(stale.Count == 0, $"{code} explains terms no table has: " + string.Join(", ", stale));
        }
        var englishStale = EnglishExplanations.All.Keys.Where(k => !terms.Contains(k)).ToList();
        Assert.True(englishStale.Count == 0, "English explains terms no table has: " + string.Join(", ", englishStale));
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

    /// <summary>
    /// Settings built from C, POSIX, C.UTF-8, ja, de and fr in LANGUAGE, LC_ALL, LC_MESSAGES and
    /// LANG (each may be unset), for comparing gettext's choice in net-tools with ours. "ko:ja" is
    /// a list whose first language has no catalog anywhere, so gettext goes on to ja; a list like
    /// "fr:ja" is not compared: gettext then mixes French and Japanese message by message, where
    /// we, with no French, show Japanese throughout.
    /// </summary>
    public static TheoryData<string> LocaleSettings()
    {
        var data = new TheoryData<string>();
        string?[] language = [null, "ja", "de", "ko:ja"], all = [null, "C", "C.UTF-8", "fr"],
            messages = [null, "POSIX", "C.UTF-8", "ja"], lang = [null, "C", "C.UTF-8", "ja", "de"];
        foreach (var a in language)
            foreach (var b in all)
                foreach (var c in messages)
                    foreach (var d in lang)
                    {
                        var parts = new List<string>();
                        if (a is not null) parts.Add("LANGUAGE=" + a);
                        if (b is not null) parts.Add("LC_ALL=" + b);
                        if (c is not null) parts.Add("LC_MESSAGES=" + c);
                        if (d is not null) parts.Add("LANG=" + d);
                        data.Add(string.Join(' ', parts));
                    }
        return data;
    }

    /// <summary>-h's stderr (the family list, which net-tools' catalog translates) under exactly <paramref name="settings"/>.</summary>
    private static string HelpFamilies(string program, string settings) =>
        ProcessRunner.Run("env", ["-i", .. settings.Split(' ', StringSplitOptions.RemoveEmptyEntries), program, "-h"]).StderrText;

    private static readonly Lazy<(string NetTools, string Ours)> EnglishFamilies =
        new(() => (HelpFamilies(Repo.ReferenceNetstat, "LANG=C"), HelpFamilies(Repo.OurNetstat, "LANG=C")));

    /// <summary>The locales glibc can load here (locale -a), by its normalized names (C.UTF-8 is C.utf8).</summary>
    private static readonly Lazy<HashSet<string>> InstalledLocales = new(() =>
        ProcessRunner.Run("locale", ["-a"]).StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(NormalizeLocale).ToHashSet(StringComparer.Ordinal));

    private static string NormalizeLocale(string name)
    {
        int dot = name.IndexOf('.');
        return dot < 0 ? name : name[..dot] + "." + name[(dot + 1)..].Replace("-", "").ToLowerInvariant();
    }

    [Theory]
    [MemberData(nameof(LocaleSettings))]
    public void NetToolsAndOursTranslateUnderTheSameSettings(string settings)
    {
        var env = settings.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        // net-tools calls setlocale(LC_ALL, ""), which fails as a whole when a locale it is given is
        // not installed, and then nothing is translated. We read the names only (LocaleSelection:
        // no locale needs to be installed for our catalog), a difference we keep on purpose; so
        // settings that name a missing locale are not compared.
        IEnumerable<string> named = env.TryGetValue("LC_ALL", out var lcAll) ? [lcAll] : env.Where(e => e.Key is "LC_MESSAGES" or "LANG").Select(e => e.Value);
        if (named.Any(n => !InstalledLocales.Value.Contains(NormalizeLocale(n))))
            return;
        string netTools = HelpFamilies(Repo.ReferenceNetstat, settings), ours = HelpFamilies(Repo.OurNetstat, settings);
        bool netToolsTranslates = netTools != EnglishFamilies.Value.NetTools, oursTranslates = ours != EnglishFamilies.Value.Ours;
        // In an ASCII character locale (LC_CTYPE C) gettext turns each Japanese character into '?';
        // we always write UTF-8, so there we show the Japanese itself.
        bool netToolsJapanese = netToolsTranslates && (Regex.IsMatch(netTools, @"[\u3040-\u30FF]") || netTools.Contains("???", StringComparison.Ordinal));
        // Japanese exactly when net-tools shows its Japanese catalog; where it shows its German or
        // French one we have no catalog and stay English.
        Assert.True(netToolsJapanese == oursTranslates,
            $"{settings}: net-tools {(netToolsTranslates ? netToolsJapanese ? "Japanese" : "translated" : "English")}, ours {(oursTranslates ? "translated" : "English")}");
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

    /// <summary>One term of each kind (the first of its table): the command line path is the same for all.</summary>
    public static TheoryData<string, string> OneTermPerKind()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Enum.GetValues<TermKind>())
            if (Terms.Of(kind).FirstOrDefault() is { } term)
                data.Add(kind.ToString(), term);
        return data;
    }

    [Theory]
    [MemberData(nameof(OneTermPerKind))]
    public void ExplainATermOfEachKindFromTheCommandLine(string kind, string term)
    {
        string english = EnglishExplanations.All[(Enum.Parse<TermKind>(kind), term)];
        var r = Ours(["--explain=" + term]);
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        Assert.StartsWith(term + " (", r.StdoutText);
        Assert.Contains(english, r.StdoutText);
        var ja = Ours(["--explain=" + term], "LANG=ja_JP.UTF-8", "LC_ALL=");
        Assert.Equal(0, ja.ExitCode);
        Assert.Matches(@"[\u3040-\u30FF\u4E00-\u9FFF]", ja.StdoutText);
        Assert.DoesNotContain(english, ja.StdoutText);
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
        // net-tools' own internal error (a long family option beyond its table), its line in Japanese too.
        Assert.StartsWith("netstat.c: Internal Error `longopts 1 range'.\n", Ours("--tcpip -tn", "LC_ALL=C").StderrText);
        Assert.StartsWith("netstat.c: 内部エラー `longopts 1 range'。\n", Ours("--tcpip -tn", "LANG=ja_JP.UTF-8", "LC_ALL=").StderrText);
        var c = Ours("-q", "LANGUAGE=ja", "LC_ALL=", "LANG=C");
        Assert.StartsWith("usage: netstat", c.StderrText.Split('\n')[1]);
    }
}
