using System.Text;
using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// Runs both programs in a namespace world with a chosen environment: net-tools in the C locale
/// (the data it prints is the expectation), ours as asked.
/// </summary>
internal static class LocaleRuns
{
    public static RunResult NetTools(NetnsWorld world, string args, params string[] env) => Diff.RunReference(world, args, env);

    public static RunResult Ours(NetnsWorld world, string args, params string[] env) => Diff.RunOurs(world, args, env);

    /// <summary>The words of a header line, joined by one space ("Local Address" stays two words).</summary>
    public static string Words(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The header line of net-tools' output (the first line starting with <paramref name="start"/>), as words.</summary>
    public static string HeaderWords(RunResult reference, string start) =>
        Words(reference.StdoutText.Split('\n').FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) ?? "");

    /// <summary>Terminal cells of a string, computed independently of the program: CJK and fullwidth forms take two.</summary>
    public static int Cells(string s)
    {
        int n = 0;
        foreach (var r in s.EnumerateRunes())
            n += r.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 ? 2 : 1;
        return n;
    }

    /// <summary>The whitespace-separated fields of a line with the display column each starts at.</summary>
    public static List<(string Text, int Start, int End)> Fields(string line)
    {
        var fields = new List<(string, int, int)>();
        int cell = 0, i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ') { cell++; i++; continue; }
            int start = i, startCell = cell;
            while (i < line.Length && line[i] != ' ') i++;
            string text = line[start..i];
            cell += Cells(text);
            fields.Add((text, startCell, cell));
        }
        return fields;
    }

    /// <summary>True when the text holds Japanese (kana or kanji).</summary>
    public static bool HasJapanese(string s) => Regex.IsMatch(s, @"[\u3040-\u30FF\u4E00-\u9FFF]");

    /// <summary>The fields of a line (split on spaces).</summary>
    public static string[] Tokens(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Asserts that each row's cells line up with the header's labels by display width: a
    /// left-aligned column's data starts where its label starts, a right-aligned one's ends where
    /// its label ends. <paramref name="layout"/> holds net-tools' printf widths, one per column
    /// ("L15" is "%-15s", "R7" is "%7d", "L0" the unpadded last one, "X8" a column not checked:
    /// a number right-aligned inside a wider left column); a column is as wide as its label when
    /// the label is wider. A cell wider than its column shifts the rest of its line (as in
    /// net-tools' output): the line is checked up to it. Rows with another number of fields are
    /// skipped, or with <paramref name="partialRows"/> checked as far as they go. Returns how
    /// many rows were checked.
    /// </summary>
    public static int AssertAligned(string header, IEnumerable<string> rows, string layout, bool partialRows = false)
    {
        var spec = layout.Split(' ').Select(s => (Kind: s[0], Width: int.Parse(s[1..], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var h = Fields(header);
        Assert.True(spec.Length == h.Count, $"header '{header}' has {h.Count} labels, the layout {spec.Length} columns");
        int checkedRows = 0;
        foreach (var row in rows)
        {
            var f = Fields(row);
            if (f.Count == 0 || (partialRows ? f.Count > h.Count || f[0].Start != h[0].Start : f.Count != h.Count))
                continue;
            for (int c = 0; c < f.Count; c++)
            {
                if (spec[c].Kind == 'R')
                    Assert.True(h[c].End == f[c].End, $"'{f[c].Text}' does not end under '{h[c].Text}':\n{header}\n{row}");
                else if (spec[c].Kind == 'L')
                    Assert.True(h[c].Start == f[c].Start, $"'{f[c].Text}' does not start under '{h[c].Text}':\n{header}\n{row}");
                if (spec[c].Width > 0 && Cells(f[c].Text) > Math.Max(spec[c].Width, Cells(h[c].Text)))
                    break;
            }
            checkedRows++;
        }
        return checkedRows;
    }

    /// <summary>
    /// A translated table against net-tools' English one: as many lines; the given titles; then a
    /// header in Japanese holding none of <paramref name="englishLabels"/>; then net-tools' rows
    /// field for field (or, with <paramref name="sameCharacters"/>, character for character when a
    /// widened column separates what net-tools ran together), aligned under the header.
    /// </summary>
    public static void AssertTranslatedTable(string[] reference, string[] ja, string[] titles, string[] englishLabels, string layout,
        bool rowsExpected = true, bool partialRows = false, bool sameCharacters = false)
    {
        Assert.True(reference.Length == ja.Length, $"net-tools:\n{string.Join('\n', reference)}\nours:\n{string.Join('\n', ja)}");
        for (int i = 0; i < titles.Length; i++)
            Assert.Equal(titles[i], ja[i]);
        string header = ja[titles.Length];
        Assert.True(LocaleRuns.HasJapanese(header), header);
        foreach (var word in Tokens(header))
            Assert.DoesNotContain(word, englishLabels);
        for (int i = titles.Length + 1; i < ja.Length; i++)
        {
            if (sameCharacters)
                Assert.Equal(reference[i].Replace(" ", ""), ja[i].Replace(" ", ""));
            else
                Assert.Equal(Tokens(reference[i]), Tokens(ja[i]));
        }
        int rows = AssertAligned(header, ja.Skip(titles.Length + 1), layout, partialRows);
        Assert.True(!rowsExpected || rows > 0, "no row could be checked:\n" + string.Join('\n', ja));
    }

    /// <summary>
    /// Messages in Japanese for net-tools' English ones: as many lines, each in Japanese (the C
    /// library's error text included) and keeping the paths net-tools names.
    /// </summary>
    public static void AssertTranslatedMessages(string reference, string ja)
    {
        var r = reference.TrimEnd('\n').Split('\n');
        var j = ja.TrimEnd('\n').Split('\n');
        Assert.True(r.Length == j.Length && r[0].Length > 0, $"net-tools:\n{reference}\nours:\n{ja}");
        for (int i = 0; i < r.Length; i++)
        {
            Assert.True(HasJapanese(j[i]), $"not translated: '{j[i]}' for '{r[i]}'");
            foreach (Match path in Regex.Matches(r[i], @"/proc/[\w/]+"))
                Assert.Contains(path.Value, j[i]);
            // perror's form, "path: error", keeps its path first.
            if (Regex.Match(r[i], @"^(/proc/[\w/]+): ") is { Success: true } perror)
                Assert.StartsWith(perror.Value, j[i]);
        }
    }

    /// <summary>The terms listed under <paramref name="heading"/> in an --explain listing.</summary>
    public static List<string> Listed(string explain, string heading)
    {
        var terms = new List<string>();
        bool inside = false;
        foreach (var line in explain.Split('\n'))
        {
            if (!line.StartsWith(' '))
            {
                inside = line == heading;
                continue;
            }
            if (inside)
                terms.Add(line.Trim().Split("  ")[0]);
        }
        return terms;
    }
}

/// <summary>--explain on the socket world: the values it lists are exactly those net-tools shows.</summary>
public sealed class ExplainSocketTests(SocketWorld fixture) : IClassFixture<SocketWorld>
{
    [SkippableTheory]
    [InlineData("-tan")]
    [InlineData("-an")]
    [InlineData("-a")]
    [InlineData("-uan")]
    [InlineData("-xa")]
    [InlineData("-xl")]
    [InlineData("-x")]
    [InlineData("-l")]
    [InlineData("-wan")]
    [InlineData("")]
    public void ValuesListedAreThoseNetToolsShows(string args)
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, args);
        var explain = LocaleRuns.Ours(fixture.World, args + " --explain", "LANG=C");
        Assert.Equal(0, explain.ExitCode);
        var protocols = new SortedSet<string>(StringComparer.Ordinal);
        var tcp = new SortedSet<string>(StringComparer.Ordinal);
        var udp = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var states = new SortedSet<string>(StringComparer.Ordinal);
        var flags = new SortedSet<string>(StringComparer.Ordinal);
        bool internet = false, unix = false;
        foreach (var line in reference.StdoutText.Split('\n'))
        {
            if (line.StartsWith("Active Internet")) internet = true;
            if (line.StartsWith("Active UNIX")) unix = true;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0 || f[0] is "Proto" or "Active")
                continue;
            protocols.Add(f[0]);
            if (f[0] == "unix")
            {
                // "%-5s %-6ld %-11s %-10s %-13s": fixed columns.
                var flagText = line.Substring(13, 11);
                foreach (var w in flagText.Trim('[', ']', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    flags.Add(w);
                types.Add(line.Substring(25, 10).Trim());
                var state = line.Substring(36, 13).Trim();
                if (state.Length > 0) states.Add(state);
            }
            else if (f[0].StartsWith("tcp"))
                tcp.Add(f[5]);
            else if (f[0].StartsWith("udp") && f.Length > 5)
                udp.Add(f[5]);
        }
        string text = explain.StdoutText;
        Assert.Equal(protocols, new SortedSet<string>(LocaleRuns.Listed(text, "Protocols in this output:"), StringComparer.Ordinal));
        Assert.Equal(tcp, new SortedSet<string>(LocaleRuns.Listed(text, "TCP states in this output:"), StringComparer.Ordinal));
        Assert.Equal(udp, new SortedSet<string>(LocaleRuns.Listed(text, "UDP states in this output:"), StringComparer.Ordinal));
        Assert.Equal(types, new SortedSet<string>(LocaleRuns.Listed(text, "UNIX socket types in this output:"), StringComparer.Ordinal));
        Assert.Equal(states, new SortedSet<string>(LocaleRuns.Listed(text, "UNIX socket states in this output:"), StringComparer.Ordinal));
        Assert.Equal(flags, new SortedSet<string>(LocaleRuns.Listed(text, "UNIX socket flags in this output:"), StringComparer.Ordinal));
        // The columns are the words of net-tools' own header lines.
        var internetColumns = LocaleRuns.Listed(text, "Columns of the Internet socket table:");
        Assert.Equal(internet ? LocaleRuns.HeaderWords(reference, "Proto Recv-Q") : "", string.Join(' ', internetColumns));
        var unixColumns = LocaleRuns.Listed(text, "Columns of the UNIX socket table:");
        Assert.Equal(unix ? LocaleRuns.HeaderWords(reference, "Proto RefCnt") : "", string.Join(' ', unixColumns));
    }

    [SkippableFact]
    public void ColumnsFollowTheOptions()
    {
        fixture.SkipIfUnavailable();
        var text = LocaleRuns.Ours(fixture.World, "-taeepo --explain", "LANG=C").StdoutText;
        var reference = LocaleRuns.NetTools(fixture.World, "-taeepo");
        Assert.Equal(LocaleRuns.HeaderWords(reference, "Proto "), string.Join(' ', LocaleRuns.Listed(text, "Columns of the Internet socket table:")));
        Assert.Contains("PID/Program name Timer", LocaleRuns.HeaderWords(reference, "Proto "));
    }

    [SkippableTheory]
    [InlineData("-tano")]
    [InlineData("-ao")]
    public void TimersListedAreThoseNetToolsShows(string args)
    {
        fixture.SkipIfUnavailable();
        var timers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n'))
        {
            int open = line.LastIndexOf(" (", StringComparison.Ordinal);
            if ((line.StartsWith("tcp") || line.StartsWith("udp") || line.StartsWith("raw")) && open > 0 && line.EndsWith(')'))
                timers.Add(line[..open].Split(' ')[^1]);
        }
        Assert.NotEmpty(timers);
        var text = LocaleRuns.Ours(fixture.World, args + " --explain", "LANG=C").StdoutText;
        Assert.Equal(timers, new SortedSet<string>(LocaleRuns.Listed(text, "Timers in this output:"), StringComparer.Ordinal));
    }

    public static TheoryData<string> JapaneseArguments() => ["-tan", "-uan", "-an", "-a", "-xa", "-tanp", "-tane", "-taee", "-wan", "-l"];

    [SkippableTheory]
    [MemberData(nameof(JapaneseArguments))]
    public void JapaneseRowsAreNetToolsDataUnderTranslatedHeaders(string args)
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, args);
        var ja = LocaleRuns.Ours(fixture.World, args, "LANG=ja_JP.UTF-8");
        Assert.Equal(reference.ExitCode, ja.ExitCode);
        var refLines = reference.StdoutText.Split('\n');
        var jaLines = ja.StdoutText.Split('\n');
        Assert.Equal(refLines.Length, jaLines.Length);
        string[]? header = null;
        List<(string Text, int Start, int End)>? jaHeader = null;
        for (int i = 0; i < refLines.Length; i++)
        {
            string r = refLines[i], j = jaLines[i];
            if (r.StartsWith("Active "))
            {
                Assert.StartsWith("アクティブな", j);
                continue;
            }
            if (r.StartsWith("Proto "))
            {
                Assert.StartsWith("プロトコル ", j);
                Assert.DoesNotContain("Recv-Q", j);
                header = r.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                jaHeader = LocaleRuns.Fields(j);
                continue;
            }
            // The data: the same fields as net-tools, in the same order.
            Assert.Equal(r.Split(' ', StringSplitOptions.RemoveEmptyEntries), j.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (r.Length == 0)
                continue;
            Assert.NotNull(jaHeader);
            var fields = LocaleRuns.Fields(j);
            var h = jaHeader!;
            if (r.StartsWith("unix"))
            {
                // プロトコル 参照数 フラグ 種類: Proto, RefCnt and Flags start under their labels, so does Type.
                Assert.Equal(h[0].Start, fields[0].Start);
                Assert.Equal(h[1].Start, fields[1].Start);
                Assert.Equal(h[2].Start, fields[2].Start);
                int close = fields.FindIndex(f => f.Text == "]");
                Assert.Equal(h[3].Start, fields[close + 1].Start);
            }
            else
            {
                // Proto, Local Address, Foreign Address and State start under their labels;
                // Recv-Q and Send-Q end under theirs (right-aligned numbers).
                Assert.Equal(h[0].Start, fields[0].Start);
                Assert.Equal(h[1].End, fields[1].End);
                Assert.Equal(h[2].End, fields[2].End);
                if (fields[3].Text.Length <= 23)
                    Assert.Equal(h[3].Start, fields[3].Start);
                if (fields[3].Text.Length <= 23 && fields[4].Text.Length <= 23)
                {
                    Assert.Equal(h[4].Start, fields[4].Start);
                    if (fields.Count > 5 && r.StartsWith("tcp"))
                        Assert.Equal(h[5].Start, fields[5].Start);
                }
            }
        }
        Assert.NotNull(header);
    }

    [SkippableTheory]
    [InlineData("LANG=en_US.UTF-8", "-a")]
    [InlineData("LANG=C.UTF-8", "-a")]
    [InlineData("LANG=en_US.UTF-8", "-tanep")]
    [InlineData("LANG=C.UTF-8", "-xa")]
    [InlineData("LANGUAGE=ja LANG=C", "-a")]
    [InlineData("LANGUAGE=ja LANG=POSIX", "-an")]
    [InlineData("LC_ALL=C LANG=ja_JP.UTF-8", "-a")]
    [InlineData("LC_MESSAGES=C LANG=ja_JP.UTF-8", "-an")]
    [InlineData("LANG=en_US.UTF-8", "-q")]
    [InlineData("LANG=C.UTF-8", "--tcp --bogus")]
    public void EnglishLocalesAreByteIdenticalToNetTools(string env, string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args, env: env.Split(' '));
    }

    [SkippableTheory]
    [InlineData("LANGUAGE=ja LANG=en_US.UTF-8")]
    [InlineData("LC_MESSAGES=ja_JP.UTF-8 LANG=C")]
    [InlineData("LC_ALL=ja_JP.UTF-8 LC_MESSAGES=C")]
    [InlineData("LANGUAGE=ja LANG=C.UTF-8")] // net-tools' own (gettext) catalog shows in Japanese here too
    [InlineData("LANGUAGE=ja:en LC_ALL=C.UTF-8")]
    public void JapaneseSelectedByGettextRules(string env)
    {
        fixture.SkipIfUnavailable();
        var r = LocaleRuns.Ours(fixture.World, "-tan", env.Split(' '));
        Assert.StartsWith("アクティブなインターネット接続 (サーバーと確立済み)\nプロトコル 受信キュー 送信キュー ローカルアドレス", r.StdoutText);
    }
}

/// <summary>--explain and Japanese on the route world.</summary>
public sealed class ExplainRouteTests(RouteWorld fixture) : IClassFixture<RouteWorld>
{
    [SkippableTheory]
    [InlineData("-rn", 3, "Destination Gateway Genmask Flags MSS Window irtt Iface", "Route flags in this output:")]
    [InlineData("-rne", 3, "Destination Gateway Genmask Flags Metric Ref Use Iface", "Route flags in this output:")]
    [InlineData("-rn -A inet6", 2, "Destination Next Hop Flag Met Ref Use If", "IPv6 route flags in this output:")]
    public void RouteFlagsListedAreThoseNetToolsShows(string args, int flagField, string columns, string heading)
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var letters = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in reference.Skip(2))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > flagField)
                foreach (var c in f[flagField])
                    letters.Add(c.ToString());
        }
        Assert.NotEmpty(letters);
        var text = LocaleRuns.Ours(fixture.World, args + " --explain", "LANG=C").StdoutText;
        Assert.Equal(letters, new SortedSet<string>(LocaleRuns.Listed(text, heading), StringComparer.Ordinal));
        Assert.Equal(columns, string.Join(' ', LocaleRuns.Listed(text, "Columns of the routing table:")));
        Assert.Equal(string.Join(' ', reference[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)), columns);
    }

    [SkippableTheory]
    [InlineData("-rCn")]
    [InlineData("-rCne")]
    [InlineData("-rCnee")]
    [InlineData("-rnee")]
    public void RouteColumnsAreTheWordsOfNetToolsHeader(string args)
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var text = LocaleRuns.Ours(fixture.World, args + " --explain", "LANG=C").StdoutText;
        Assert.StartsWith("Kernel IP routing ", reference[0]);
        Assert.Equal(LocaleRuns.Words(reference[1]), string.Join(' ', LocaleRuns.Listed(text, "Columns of the routing table:")));
    }

    [SkippableFact]
    public void StatisticsSectionsAreNetToolsSectionLines()
    {
        fixture.SkipIfUnavailable();
        // net-tools' section titles: lines at column 0 ending in ':'.
        var sections = LocaleRuns.NetTools(fixture.World, "-s").StdoutText.Split('\n')
            .Where(l => l.Length > 1 && l[0] != ' ' && l.EndsWith(':')).Select(l => l[..^1]).ToList();
        Assert.NotEmpty(sections);
        var text = LocaleRuns.Ours(fixture.World, "-s --explain", "LANG=C").StdoutText;
        Assert.Equal(sections, LocaleRuns.Listed(text, "Sections in this output:"));
    }

    /// <summary>net-tools' English header words, none of which may be left in a Japanese route header.</summary>
    private static readonly string[] EnglishRouteLabels = ["Destination", "Gateway", "Genmask", "Flags", "Flag", "Metric", "Ref", "Use", "Iface", "Window", "Source", "Next", "Met", "If"];

    [SkippableTheory]
    [InlineData("-rn", "カーネルの IP 経路表", "L15 L15 L15 L5 R5 L5 R6 L0")]
    [InlineData("-r", "カーネルの IP 経路表", "L15 L15 L15 L5 R5 L5 R6 L0")]
    [InlineData("-rne", "カーネルの IP 経路表", "L15 L15 L15 L5 L6 L2 R7 L0")]
    [InlineData("-rnee", "カーネルの IP 経路表", "L15 L15 L15 L5 L6 L3 R6 L8 L5 L6 L0")]
    [InlineData("-rCn", "カーネルの IP 経路キャッシュ", "L15 L15 L15 L5 R5 L5 R6 L0")]
    [InlineData("-rCne", "カーネルの IP 経路キャッシュ", "L15 L15 L15 L5 L6 L2 R7 L0")]
    [InlineData("-rCnee", "カーネルの IP 経路キャッシュ", "L15 L15 L15 L5 L6 L3 R6 L8 L5 L6 L5 L3 L5 L3 R15")]
    [InlineData("-rn -A inet6", "カーネルの IPv6 経路表", "L30 L26 L4 L3 L1 R6 L0")]
    [InlineData("-r -A inet6", "カーネルの IPv6 経路表", "L30 L26 L4 L3 L1 R6 L0")]
    [InlineData("-rCn -A inet6", "カーネルの IPv6 経路キャッシュ", "L30 L26 L4 L3 L1 R6 L0")]
    public void JapaneseRouteTablesAreAligned(string args, string title, string layout)
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var ja = LocaleRuns.Ours(fixture.World, args, "LANG=ja_JP.UTF-8").StdoutText.Split('\n');
        LocaleRuns.AssertTranslatedTable(reference, ja, [title], EnglishRouteLabels, layout, rowsExpected: !args.Contains('C'));
    }
}

/// <summary>--explain and Japanese on the interface world.</summary>
public sealed class ExplainInterfaceTests(InterfaceWorld fixture) : IClassFixture<InterfaceWorld>
{
    [SkippableTheory]
    [InlineData("-i")]
    [InlineData("-ia")]
    public void InterfaceFlagsListedAreThoseNetToolsShows(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var letters = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in reference.Skip(2))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 0 && !f[^1].StartsWith('['))
                foreach (var c in f[^1])
                    letters.Add(c.ToString());
        }
        Assert.NotEmpty(letters);
        var text = LocaleRuns.Ours(fixture.World, args + " --explain", "LANG=C").StdoutText;
        Assert.Equal(letters, new SortedSet<string>(LocaleRuns.Listed(text, "Interface flags in this output:"), StringComparer.Ordinal));
        Assert.Equal(reference[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), LocaleRuns.Listed(text, "Columns of the interface table:"));
    }

    [SkippableTheory]
    [InlineData("-i")]
    [InlineData("-ia")]
    public void JapaneseInterfaceTableIsAligned(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var ja = LocaleRuns.Ours(fixture.World, args, "LANG=ja_JP.UTF-8").StdoutText.Split('\n');
        // A link without counters says so in words, between dashes: in Japanese there.
        Assert.Contains(reference, l => l.Contains(NoStatistics));
        for (int i = 0; i < reference.Length && i < ja.Length; i++)
        {
            if (!reference[i].Contains(NoStatistics))
                continue;
            var words = Regex.Match(ja[i], " - (.+?) - ");
            Assert.True(words.Success && LocaleRuns.HasJapanese(words.Groups[1].Value), ja[i]);
            reference[i] = reference[i].Replace(NoStatistics, "-*-");
            ja[i] = ja[i].Replace(words.Value, " -*- ");
        }
        // RX-OVR is left-aligned, as net-tools prints it.
        LocaleRuns.AssertTranslatedTable(reference, ja, ["カーネルのインターフェース表"], TextHeaderWords, "L15 R5 R8 R6 R6 L6 R8 R6 R6 R6 L0");
    }

    private const string NoStatistics = "- no statistics available -";

    private static readonly string[] TextHeaderWords = ["Iface", "RX-OK", "RX-ERR", "RX-DRP", "RX-OVR", "TX-OK", "TX-ERR", "TX-DRP", "TX-OVR", "Flg"];

    /// <summary>The words of net-tools' -e blocks that are labels, not data: none may be left in Japanese.</summary>
    private static readonly string[] BlockLabels =
        ["flags", "mtu", "netmask", "broadcast", "destination", "prefixlen", "scopeid", "txqueuelen", "packets", "bytes", "errors", "dropped", "overruns", "frame", "carrier", "collisions", "RX", "TX", "Ethernet", "Loopback"];

    [SkippableTheory]
    [InlineData("-ie")]
    [InlineData("-iae")]
    [InlineData("-iaee")]
    public void JapaneseInterfaceBlocksKeepNetToolsData(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var reference = LocaleRuns.NetTools(fixture.World, args).StdoutText.Split('\n');
        var ja = LocaleRuns.Ours(fixture.World, args, "LANG=ja_JP.UTF-8").StdoutText.Split('\n');
        Assert.Equal(reference.Length, ja.Length);
        Assert.Equal("カーネルのインターフェース表", ja[0]);
        int labelled = 0;
        for (int i = 1; i < ja.Length; i++)
        {
            // The same indentation, and the same data (every field holding a digit: names like
            // eth0, flag words, addresses, counts, byte sizes) in the same order.
            Assert.Equal(reference[i].Length - reference[i].TrimStart(' ').Length, ja[i].Length - ja[i].TrimStart(' ').Length);
            Assert.Equal(Data(reference[i]), Data(ja[i]));
            foreach (var word in LocaleRuns.Tokens(ja[i]).SelectMany(t => t.Split('=', '(', ')')))
                Assert.DoesNotContain(word, BlockLabels);
            if (LocaleRuns.HasJapanese(ja[i]))
                labelled++;
        }
        Assert.True(labelled > 4, string.Join('\n', ja));
    }

    private static string[] Data(string line) =>
        [.. LocaleRuns.Tokens(line).Select(t => t[(t.IndexOf('=') + 1)..]).Where(t => t.Any(char.IsAsciiDigit))];
}

/// <summary>Japanese -g on the group world.</summary>
public sealed class JapaneseGroupTests(GroupWorld fixture) : IClassFixture<GroupWorld>
{
    [SkippableFact]
    public void GroupTableIsAligned()
    {
        fixture.SkipIfUnavailable();
        var reference = LocaleRuns.NetTools(fixture.World, "-gn").StdoutText.Split('\n');
        var ja = LocaleRuns.Ours(fixture.World, "-gn", "LANG=ja_JP.UTF-8").StdoutText.Split('\n');
        Assert.Equal(reference.Length, ja.Length);
        var h = LocaleRuns.Fields(ja[1]);
        var dashes = LocaleRuns.Fields(ja[2]);
        Assert.Equal(["インターフェース", "参照数", "グループ"], h.Select(x => x.Text));
        for (int i = 3; i < ja.Length; i++)
        {
            Assert.Equal(reference[i].Split(' ', StringSplitOptions.RemoveEmptyEntries), ja[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var f = LocaleRuns.Fields(ja[i]);
            if (f.Count != 3)
                continue;
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal(h[c].Start, f[c].Start);
                Assert.Equal(dashes[c].Start, f[c].Start);
            }
        }
        var text = LocaleRuns.Ours(fixture.World, "-g --explain", "LANG=C").StdoutText;
        Assert.Equal(LocaleRuns.Words(reference[1]), string.Join(' ', LocaleRuns.Listed(text, "Columns of the multicast group table:")));
    }
}

/// <summary>Japanese -s on synthetic counter files: net-tools' counters, in translated sentences.</summary>
public sealed class JapaneseStatisticsTests
{
    private static readonly string[] Japanese = ["LANG=ja_JP.UTF-8"];
    private static readonly string[] English = ["LANG=C"];

    /// <summary>A counter net-tools prints by the kernel's name ("InType3: 3", "TCPTimeouts: 4"): data, never translated.</summary>
    private static readonly Regex KernelName = new(@"^ +[A-Z][A-Za-z0-9]*: -?\d+$");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var args in new[] { "-s", "-s6", "-st", "-su", "-sw", "-s6w" })
        {
            data.Add("kernel618", args);
            data.Add("seed 7", args);
        }
        data.Add("seed 11", "-s");
        data.Add("seed 19", "-s6");
        data.Add("edge", "-s");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void CountersAreNetToolsInTranslatedSentences(string files, string args)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        var generated = files.StartsWith("seed ") ? Directory.CreateTempSubdirectory("netstat-ja-stats-") : null;
        try
        {
            string dir = generated?.FullName ?? Repo.Fixture("statistics", files);
            if (generated is not null)
                CounterFileGenerator.Write(dir, int.Parse(files[5..], System.Globalization.CultureInfo.InvariantCulture));
            var reference = Diff.RunOnProc(dir, Repo.ReferenceNetstat, args, env: English);
            var ja = Diff.RunOnProc(dir, Repo.OurNetstat, args, env: Japanese);
            Assert.Equal(reference.ExitCode, ja.ExitCode);
            var r = reference.StdoutText.Split('\n');
            var j = ja.StdoutText.Split('\n');
            Assert.True(r.Length == j.Length, $"net-tools:\n{reference.StdoutText}\nours:\n{ja.StdoutText}");
            int sentences = 0;
            for (int i = 0; i < r.Length; i++)
            {
                // Titles (the kernel's table names) and counters shown by name are data.
                if (r[i].Length == 0 || r[i][0] != ' ' || KernelName.IsMatch(r[i]))
                {
                    Assert.Equal(r[i], j[i]);
                    continue;
                }
                // A sentence: at the same indentation, in Japanese, with the same numbers.
                Assert.Equal(r[i].Length - r[i].TrimStart(' ').Length, j[i].Length - j[i].TrimStart(' ').Length);
                Assert.True(LocaleRuns.HasJapanese(j[i]), $"not translated: '{j[i]}' for '{r[i]}'");
                Assert.Equal(Numbers(r[i]), Numbers(j[i]));
                sentences++;
            }
            Assert.True(sentences > 0 || reference.StdoutText.Length == 0);
        }
        finally
        {
            generated?.Delete(recursive: true);
        }
    }

    private static string[] Numbers(string line) => [.. Regex.Matches(line, @"\d+").Select(m => m.Value)];

    [SkippableTheory]
    [InlineData("nosnmp", "-s")]
    [InlineData("nosnmp6", "-s6")]
    public void MissingFileIsReportedInJapanese(string files, string args)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        string dir = Repo.Fixture("statistics", files);
        var reference = Diff.RunOnProc(dir, Repo.ReferenceNetstat, args, env: English);
        var ja = Diff.RunOnProc(dir, Repo.OurNetstat, args, env: Japanese);
        Assert.Equal(reference.ExitCode, ja.ExitCode);
        LocaleRuns.AssertTranslatedMessages(reference.StderrText, ja.StderrText);
    }
}
