using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// The command line as bytes: glibc's getopt_long walks the bytes of argv and its messages quote
/// them unchanged (invalid UTF-8, a lone first byte of "é", control characters), and so must ours,
/// although .NET hands Main decoded strings. Each case is sent as real bytes (bash's $'\xHH'
/// words, argv[0] set with exec -a) to /usr/bin/netstat and to ours, and stdout, stderr and the
/// exit status must be identical. No case gets as far as reading kernel tables (each one ends in
/// an option error, which the runs check), so no namespace is needed.
/// </summary>
public sealed class RawArgumentTests
{
    /// <summary>One command line: argv[0], the words, and an environment variable ("" for none).</summary>
    public sealed record Case(byte[] ProgramName, byte[][] Words, string Environment = "")
    {
        public Case(params byte[][] words) : this("netstat"u8.ToArray(), words) { }

        public override string ToString() =>
            (Environment.Length > 0 ? Environment + " " : "") + $"argv0={Shown(ProgramName)} " + string.Join(' ', Words.Select(Shown));
    }

    private static byte[] B(string latin1) => Encoding.Latin1.GetBytes(latin1);

    private static byte[] U(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Every byte that can be in an argument (argv words end at NUL).</summary>
    private static IEnumerable<byte> AllBytes => Enumerable.Range(1, 255).Select(b => (byte)b);

    /// <summary>-h and -V succeed, and ours adds to their output (tested in <see cref="OptionTests"/>).</summary>
    private static bool EndsParsingWell(byte b) => b is (byte)'h' or (byte)'V';

    private static string? SkipReason =>
        !File.Exists(Repo.ReferenceNetstat) ? "needs net-tools' /usr/bin/netstat as the oracle"
        : !File.Exists(Repo.OurNetstat) ? "needs bin/netstat: run ./build.sh first"
        : !File.Exists("/bin/bash") ? "needs bash (exec -a, $'\\xHH' words)"
        : null;

    [SkippableFact]
    public void EveryByteAsShortOption()
    {
        // The byte is the first of a cluster; 0xFF after it is an invalid option when the byte is a valid one.
        AssertSameForAll(AllBytes.Where(b => !EndsParsingWell(b)).Select(b => new Case([(byte)'-', b, 0xFF])));
    }

    /// <summary>
    /// Bytes that stand for the rest in positions where getopt treats every non-option byte alike:
    /// controls, quotes, separators, UTF-8 lead and continuation bytes, bytes never valid in UTF-8.
    /// </summary>
    private static readonly byte[] Sample = [.. B("\x01\t\n\x1b \"',-=:?\\\x7f\x80\x9b\xa9\xc0\xc3\xe2\xed\xf4\xf8\xfe\xff")];

    [SkippableFact]
    public void OptionLettersAndSampleBytesInsideAShortOptionCluster()
    {
        var letters = B("A:CFMacdeghilnNoprsStuUvVWw2fx64?Z").Where(b => b != ':');
        AssertSameForAll(letters.Concat(Sample).Where(b => !EndsParsingWell(b)).Select(b => new Case([(byte)'-', (byte)'t', b, 0x01])));
    }

    [SkippableFact]
    public void EveryByteAsALongOptionName()
    {
        // "--b=b": unrecognized (raw echo), ambiguous (the list, then the raw argument), or an
        // option that takes no value; "--nub": a prefix of four options, then any byte.
        AssertSameForAll(AllBytes.SelectMany(b => new[] { new Case([(byte)'-', (byte)'-', b, (byte)'=', b]), new Case([.. "--nu"u8, b]) }));
    }

    [SkippableFact]
    public void EveryByteInAnAddressFamilyValue()
    {
        AssertSameForAll(AllBytes.Select(b => new Case(B("-A"), [b])).Concat(Sample.Select(b => new Case([.. "--protocol=in"u8, b, .. "et"u8]))));
    }

    public static TheoryData<string, Case> HostileCases() => new()
    {
        // UTF-8 and invalid sequences as short options: getopt quotes the one byte it stopped at.
        { "é", new Case(U("-é")) },
        { "a then é", new Case(U("-aé")) },
        { "control byte in a cluster", new Case(B("-t\x01")) },
        { "lone lead byte", new Case(B("-\xc3")) },
        { "truncated sequence", new Case(B("-\xe2\x82")) },
        { "encoded surrogate", new Case(B("-\xed\xa0\x80")) },
        { "beyond U+10FFFF", new Case(B("-\xf4\x90\x80\x80")) },
        { "overlong", new Case(B("-\xc0\xaf")) },
        { "U+FFFD itself", new Case(U("-\uFFFD")) },
        { "escape sequence", new Case(B("-\x1b[31m")) },
        { "DEL", new Case(B("-\x7f")) },
        { "-c then a byte", new Case(B("-c\xff")) },
        { "-A attached", new Case(B("-A\xff")) },
        // Long option names, abbreviations and their values.
        { "unrecognized", new Case(B("--x\xff")) },
        { "unrecognized é", new Case(U("--é")) },
        { "prefix then é", new Case(U("--protè")) },
        { "prefix then invalid", new Case(B("--n\xff")) },
        { "escape in a name", new Case(B("--\x1b[31m")) },
        { "invalid name with value", new Case(B("--\xff=x")) },
        { "ambiguous with raw value", new Case(B("--n=\xff")) },
        { "ambiguous with é value", new Case(U("--a=é")) },
        { "empty name", new Case(B("--=")) },
        { "empty name, raw value", new Case(B("--=\xff")) },
        { "no argument allowed", new Case(B("--ver=\xff")) },
        { "no argument allowed, full", new Case(B("--tcp=\xff")) },
        { "full name then a byte", new Case(B("--tcp\xff")) },
        { "our option's name then a byte", new Case(B("--netns\xff")) },
        { "prefix of ours then a byte", new Case(B("--net\xff")) },
        { "protocol raw", new Case(B("--protocol=\xff\xfe")) },
        { "protocol list", new Case(B("--protocol=inet,\xff")) },
        { "protocol separate word", new Case(B("--prot"), B("\xff")) },
        { "-A é", new Case(B("-A"), U("é")) },
        { "-A truncated sequence", new Case(B("-A"), B("\xe2\x82")) },
        // net-tools cuts -A's value at 255 bytes, here inside the two bytes of "é".
        { "-A cut inside é", new Case(B("-A"), U(new string('x', 254) + "é")) },
        { "-A é just fits", new Case(B("-A"), U(new string('x', 253) + "é")) },
        { "-A many then raw", new Case(B("-A"), B(string.Concat(Enumerable.Repeat("inet,", 50)) + "\xff")) },
        // Non-options are skipped (permuted), whatever their bytes.
        { "raw non-option first", new Case(B("\xff"), B("-Q")) },
        { "control non-option first", new Case(B("\x01"), B("-Q")) },
        { "empty word first", new Case(B(""), B("-Q")) },
        // argv[0] is quoted as given.
        { "argv0 raw", new Case(B("net\xffstat"), [B("-Q")]) },
        { "argv0 é", new Case(U("é"), [B("--n=\xff")]) },
        { "argv0 empty", new Case(B(""), [B("-\xc3")]) },
        { "argv0 path", new Case(B("/usr/bin/net\x01stat"), [B("--x\xff")]) },
        // POSIXLY_CORRECT stops at the first non-option; the bytes before it are the same.
        { "posixly correct", new Case("netstat"u8.ToArray(), [B("-\xff")], "POSIXLY_CORRECT=1") },
        { "posixly correct cluster", new Case("netstat"u8.ToArray(), [B("-t\xe9")], "POSIXLY_CORRECT=1") },
    };

    [SkippableTheory]
    [MemberData(nameof(HostileCases))]
    public void HostileCommandLine(string name, Case c)
    {
        Assert.NotEmpty(name);
        AssertSameForAll([c]);
    }

    /// <summary>
    /// Our own options' values are names, paths and numbers that .NET keeps as strings: bytes that
    /// are not UTF-8 are refused in one line naming the option, the value escaped as in the tables.
    /// </summary>
    [SkippableTheory]
    [InlineData("--netns=\xff", "netstat: --netns: not valid UTF-8 '\\xff'\n")]
    [InlineData("--program=a\xc3", "netstat: --program: not valid UTF-8 'a\\xc3'\n")]
    [InlineData("--prometheus-textfile=\x1b[\xff", "netstat: --prometheus-textfile: not valid UTF-8 '\\x1b[\\xff'\n")]
    [InlineData("--explain=\xed\xa0\x80", "netstat: --explain: not valid UTF-8 '\\xed\\xa0\\x80'\n")]
    [InlineData("--continuous=\xff", "netstat: -c: not valid UTF-8 '\\xff'\n")]
    [InlineData("completions \xff", "netstat: completions: not valid UTF-8 '\\xff'\n")]
    [InlineData("serve --listen=\xff", "netstat: --listen: not valid UTF-8 '\\xff'\n")]
    [InlineData("--netns=\xff --pid=\xfe", "netstat: --netns: not valid UTF-8 '\\xff'\n")]
    public void OurValuesMustBeUtf8(string latin1Words, string message)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var words = latin1Words.Split(' ').Select(B).ToArray();
        var ours = Run([new Case(words)], Repo.OurNetstat)[0];
        Assert.Equal("", Encoding.Latin1.GetString(ours.Stdout));
        Assert.Equal(message, Encoding.Latin1.GetString(ours.Stderr));
        Assert.Equal(1, ours.ExitCode);
        // In Japanese: the words translated, the option and the escaped bytes as they are.
        var ja = Run([new Case(words)], Repo.OurNetstat, "LANG=ja_JP.UTF-8")[0];
        Assert.Equal(message.Replace("not valid UTF-8", "正しい UTF-8 ではありません"), Encoding.UTF8.GetString(ja.Stderr));
        Assert.Equal(1, ja.ExitCode);
    }

    /// <summary>
    /// A net-tools error first: a bad value of ours is checked only when parsing is over, like our
    /// other values, so an option error that net-tools makes later on the line is reported as
    /// net-tools reports it without our option.
    /// </summary>
    [SkippableFact]
    public void NetToolsErrorsComeBeforeOurValueCheck()
    {
        Skip.If(SkipReason is not null, SkipReason);
        (Case Ours, Case NetTools)[] pairs =
        [
            (new Case(B("--netns=\xff"), B("-\xff")), new Case(B("-\xff"))),
            (new Case(B("--program=\xff"), B("-A"), B("\xfe")), new Case(B("-A"), B("\xfe"))),
            (new Case(B("--explain=\xc3"), B("--n=\xff")), new Case(B("--n=\xff"))),
        ];
        var reference = Run([.. pairs.Select(p => p.NetTools)], Repo.ReferenceNetstat);
        var ours = Run([.. pairs.Select(p => p.Ours)], Repo.OurNetstat);
        for (int i = 0; i < pairs.Length; i++)
        {
            Assert.NotEqual(0, reference[i].ExitCode);
            Diff.AssertEqual(pairs[i].Ours.ToString(), reference[i], ours[i]);
        }
    }

    /// <summary>Translated messages quote the same bytes: glibc's Japanese getopt message and ours.</summary>
    [SkippableFact]
    public void JapaneseMessagesQuoteTheRawBytes()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var cases = new[] { new Case(U("-é")), new Case(B("--x\xff")), new Case(B("-A\xff")) };
        var env = "LANGUAGE=ja LANG=C.UTF-8";
        var reference = Run(cases, Repo.ReferenceNetstat, env);
        var ours = Run(cases, Repo.OurNetstat, env);
        for (int i = 0; i < cases.Length; i++)
        {
            var expectedLine = FirstLine(reference[i].Stderr);
            var actualLine = FirstLine(ours[i].Stderr);
            Assert.False(System.Text.Unicode.Utf8.IsValid(expectedLine), "net-tools quotes raw bytes");
            // The quoted part: from the first quote on (the words around it are each program's translation).
            Assert.Equal(Quoted(expectedLine), Quoted(actualLine));
            Assert.Contains("\u3067\u3059", Encoding.UTF8.GetString(actualLine)); // "です": ours is Japanese too
            Assert.Equal(reference[i].ExitCode, ours[i].ExitCode);
        }
    }

    private static byte[] FirstLine(byte[] text) => text.AsSpan(0, Math.Max(0, text.AsSpan().IndexOf((byte)'\n'))).ToArray();

    private static string Quoted(byte[] line)
    {
        int start = line.AsSpan().IndexOfAny((byte)'\'', (byte)'`');
        int end = line.AsSpan().LastIndexOf((byte)'\'');
        return start < 0 || end <= start ? "<none>" : Shown(line[start..(end + 1)]);
    }

    /// <summary>
    /// Runs every case through both programs and fails with all the cases that differ. Every case
    /// must also fail in net-tools with nothing on stdout: that proves none of them read kernel
    /// tables, which would make the comparison depend on the host.
    /// </summary>
    private static void AssertSameForAll(IEnumerable<Case> cases)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var list = cases.ToList();
        // Side by side: each is one script of short runs, and there are two cores.
        var referenceRuns = Task.Run(() => Run(list, Repo.ReferenceNetstat));
        var ours = Run(list, Repo.OurNetstat);
        var reference = referenceRuns.GetAwaiter().GetResult();
        var problems = new List<string>();
        for (int i = 0; i < list.Count; i++)
        {
            if (reference[i].ExitCode == 0 || reference[i].Stdout.Length > 0)
                problems.Add($"{list[i]}: net-tools got past its options (status {reference[i].ExitCode}); the case depends on the host");
            else if (Diff.Difference(list[i].ToString(), reference[i], ours[i]) is { } difference)
                problems.Add(difference + $"\n  net-tools stderr: {Shown(reference[i].Stderr)}\n  ours stderr:      {Shown(ours[i].Stderr)}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {list.Count} command lines differ:\n" + string.Join("\n", problems.Take(10)));
    }

    /// <summary>
    /// Runs <paramref name="program"/> once per case from one bash script (one process start for
    /// all of them): each word is a $'\xHH' string, so the bytes reach argv exactly, and exec -a
    /// sets argv[0]. Results go to files, read back byte for byte.
    /// </summary>
    private static RunResult[] Run(IReadOnlyList<Case> cases, string program, string environment = "")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"netstat-rawargs-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var script = new StringBuilder();
            script.Append("run() { n=$1; e=$2; a0=$3; shift 3; (if [ -n \"$e\" ]; then export \"$e\"; fi; exec -a \"$a0\" ")
                .Append(Word(Encoding.UTF8.GetBytes(program)))
                .Append(" \"$@\") >$n.out 2>$n.err </dev/null; echo $? >$n.st; }\n");
            if (environment.Length > 0)
                script.Append("unset LC_ALL LANG; export ").Append(environment).Append('\n');
            for (int i = 0; i < cases.Count; i++)
            {
                var c = cases[i];
                script.Append("run ").Append(i).Append(' ').Append(Word(Encoding.ASCII.GetBytes(c.Environment)))
                    .Append(' ').Append(Word(c.ProgramName));
                foreach (var w in c.Words)
                    script.Append(' ').Append(Word(w));
                script.Append('\n');
            }
            var path = Path.Combine(dir, "run.sh");
            File.WriteAllText(path, script.ToString());
            var r = ProcessRunner.Run("/bin/bash", ["-c", $"cd {NetnsWorld.Quote(dir)} && . ./run.sh"], TimeSpan.FromMinutes(3));
            Assert.True(r.ExitCode == 0, "the driver script failed: " + r.StderrText);
            return [.. Enumerable.Range(0, cases.Count).Select(i => new RunResult(
                File.ReadAllBytes(Path.Combine(dir, $"{i}.out")),
                File.ReadAllBytes(Path.Combine(dir, $"{i}.err")),
                int.Parse(File.ReadAllText(Path.Combine(dir, $"{i}.st")).Trim(), System.Globalization.CultureInfo.InvariantCulture)))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A bash word holding exactly <paramref name="bytes"/>: $'\xHH...' ('' when empty).</summary>
    private static string Word(byte[] bytes) =>
        bytes.Length == 0 ? "''" : "$'" + string.Concat(bytes.Select(b => $"\\x{b:x2}")) + "'";

    /// <summary>Bytes for a failure message: printable ASCII as is, the rest as \xHH.</summary>
    private static string Shown(byte[] bytes) =>
        string.Concat(bytes.Select(b => b is >= 0x20 and < 0x7F && b != '\\' ? ((char)b).ToString() : $"\\x{b:x2}"));
}

/// <summary>
/// When /proc/self/cmdline is not this program's command line (no /proc, or another directory
/// mounted over it, as the synthetic-/proc tests do), the strings Main got are used instead.
/// </summary>
public sealed class RawArgumentsSourceTests
{
    private static byte[] L(string latin1) => Encoding.Latin1.GetBytes(latin1);

    [Fact]
    public void CmdlineWordsAreUsedWhenTheyDecodeToMainsStrings()
    {
        var raw = NetStat.Cli.CommandLine.RawArguments.FromCmdline(L("net\xffstat\0-\xc3\xa9\0\0--x\xff\0"), ["-é", "", "--x\uFFFD"]);
        Assert.Equal(L("net\xffstat"), raw.ProgramName);
        Assert.Equal([L("-\xc3\xa9"), [], L("--x\xff")], raw.Words);
    }

    [Theory]
    [InlineData("netstat\0-t\0")] // one word too few
    [InlineData("netstat\0-t\0-u\0-x\0")] // one too many
    [InlineData("netstat\0-t\0-x\0")] // another word
    [InlineData("netstat\0-t\0-u")] // no final NUL
    [InlineData("")] // unreadable
    public void MainsStringsAreUsedOtherwise(string cmdline)
    {
        var raw = NetStat.Cli.CommandLine.RawArguments.FromCmdline(L(cmdline), ["-t", "-u"], "prog");
        Assert.Equal("prog"u8.ToArray(), raw.ProgramName);
        Assert.Equal([L("-t"), L("-u")], raw.Words);
    }

    [Fact]
    public void AWordThatIsNotTheSameInvalidByteFallsBack()
    {
        // Both decode to U+FFFD for the runtime, but the count of replacement characters differs.
        var raw = NetStat.Cli.CommandLine.RawArguments.FromCmdline(L("netstat\0\xff\xfe\0"), ["\uFFFD"], "prog");
        Assert.Equal(Encoding.UTF8.GetBytes("\uFFFD"), raw.Words[0]);
    }
}
