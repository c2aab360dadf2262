using NetStat.Cli.Localization;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// A long option as glibc's getopt_long sees it: a name, whether it takes an argument, and the
/// value returned for it. Options with the same value and argument rule are interchangeable when
/// an abbreviation matches several of them.
/// </summary>
internal readonly record struct LongOption(string Name, bool TakesArgument, int Value);

/// <summary>
/// One step of option parsing: an option (with its argument, the bytes as given) or an error
/// message (bytes: it quotes the command line as given, which need not be UTF-8).
/// </summary>
internal readonly record struct OptionEvent(int Value, byte[]? Argument, int LongIndex, byte[]? Error)
{
    public bool IsError => Error is not null;
}

/// <summary>
/// glibc getopt_long, reproduced for its observable behaviour: argument permutation (unless
/// POSIXLY_CORRECT), bundled short options, attached or separate arguments, unambiguous long
/// prefixes, "--" as the end of options, and glibc's error messages word for word.
/// Like glibc it walks bytes, not characters: "-é" is the option byte 0xC3 (then 0xA9), and a
/// message quotes the bytes of the command line unchanged.
/// Options are yielded in command-line order so that the caller can act on each at once.
/// </summary>
internal sealed class GetOptLong(byte[] programName, string shortOptions, IReadOnlyList<LongOption> longOptions)
{
    /// <summary>Event values of our own long options: this plus their <see cref="ExtensionKind"/>.</summary>
    public const int ExtensionBase = 0x1000;

    /// <summary>The short option whose optional interval may follow as the next word ("-c 0.5").</summary>
    private const byte IntervalLetter = (byte)'c';

    public IEnumerable<OptionEvent> Parse(IReadOnlyList<byte[]> args)
    {
        bool posixlyCorrect = Environment.GetEnvironmentVariable("POSIXLY_CORRECT") is not null || shortOptions.StartsWith('+');
        for (int i = 0; i < args.Count; i++)
        {
            byte[] arg = args[i];
            if (arg.AsSpan().SequenceEqual("--"u8))
                yield break;
            if (arg.Length < 2 || arg[0] != '-')
            {
                if (posixlyCorrect)
                    yield break;
                continue; // non-options are permuted to the end, and netstat ignores them
            }
            if (arg[1] == '-')
            {
                var e = ParseLong(args, ref i);
                yield return e;
                continue;
            }
            for (int j = 1; j < arg.Length; j++)
            {
                byte c = arg[j];
                // A byte above 0x7F is no option letter (the option string is ASCII).
                int spec = c is (byte)':' or >= 0x80 ? -1 : shortOptions.IndexOf((char)c);
                if (spec < 0)
                {
                    yield return Error("{0}: invalid option -- {1}", Quoted([c]));
                    continue;
                }
                bool needsArgument = spec + 1 < shortOptions.Length && shortOptions[spec + 1] == ':';
                if (!needsArgument)
                {
                    byte[]? interval = c == IntervalLetter && j + 1 == arg.Length ? TakeInterval(args, ref i) : null;
                    yield return new OptionEvent(c, interval, -1, null);
                    continue;
                }
                if (j + 1 < arg.Length)
                {
                    yield return new OptionEvent(c, arg[(j + 1)..], -1, null);
                }
                else if (i + 1 < args.Count)
                {
                    yield return new OptionEvent(c, args[++i], -1, null);
                }
                else
                {
                    yield return Error("{0}: option requires an argument -- {1}", Quoted([c]));
                }
                break;
            }
        }
    }

    private OptionEvent ParseLong(IReadOnlyList<byte[]> args, ref int i)
    {
        byte[] arg = args[i];
        ReadOnlySpan<byte> body = arg.AsSpan(2);
        int eq = body.IndexOf((byte)'=');
        ReadOnlySpan<byte> name = eq >= 0 ? body[..eq] : body;
        byte[]? value = eq >= 0 ? body[(eq + 1)..].ToArray() : null;

        if (ExtensionOptions.TryFind(name, out var extension))
            return ParseExtension(args, ref i, extension, value);

        int found = -1;
        bool exact = false;
        var ambiguous = new List<int>();
        for (int k = 0; k < longOptions.Count; k++)
        {
            var o = longOptions[k];
            if (!StartsWith(o.Name, name))
                continue;
            if (o.Name.Length == name.Length)
            {
                found = k;
                exact = true;
                break;
            }
            if (found < 0)
            {
                found = k;
            }
            else if (longOptions[found].TakesArgument != o.TakesArgument || longOptions[found].Value != o.Value)
            {
                if (ambiguous.Count == 0)
                    ambiguous.Add(found);
                ambiguous.Add(k);
            }
        }
        if (!exact && ambiguous.Count > 0)
        {
            var names = new System.Text.StringBuilder();
            foreach (int k in ambiguous)
                names.Append(names.Length > 0 ? " '--" : "'--").Append(longOptions[k].Name).Append('\'');
            return Error("{0}: option {1} is ambiguous; possibilities: {2}", Quoted(arg), Ascii(names.ToString()));
        }
        if (found < 0)
            return Error("{0}: unrecognized option {1}", Quoted(arg));

        var option = longOptions[found];
        if (option.Value == IntervalLetter && !option.TakesArgument)
            return new OptionEvent(option.Value, value ?? TakeInterval(args, ref i), found, null);
        if (value is not null && !option.TakesArgument)
            return Error("{0}: option {1} doesn't allow an argument", QuotedName(option.Name));
        if (option.TakesArgument && value is null)
        {
            if (i + 1 < args.Count)
                value = args[++i];
            else
                return Error("{0}: option {1} requires an argument", QuotedName(option.Name));
        }
        return new OptionEvent(option.Value, value, found, null);
    }

    /// <summary>strncmp(name, prefix, strlen(prefix)) == 0: a byte outside ASCII matches no option name.</summary>
    private static bool StartsWith(string name, ReadOnlySpan<byte> prefix) =>
        prefix.Length <= name.Length && System.Text.Ascii.Equals(prefix, name.AsSpan(0, prefix.Length));

    /// <summary>
    /// Our own options: matched only by their full name (see <see cref="ExtensionOptions"/>),
    /// with glibc's messages for a missing or unwanted argument.
    /// </summary>
    private OptionEvent ParseExtension(IReadOnlyList<byte[]> args, ref int i, ExtensionOption option, byte[]? value)
    {
        int eventValue = ExtensionBase + (int)option.Kind;
        switch (option.Argument)
        {
            case ExtensionArgument.None when value is not null:
                return Error("{0}: option {1} doesn't allow an argument", QuotedName(option.Name));
            case ExtensionArgument.Required when value is null:
                if (i + 1 >= args.Count)
                    return Error("{0}: option {1} requires an argument", QuotedName(option.Name));
                value = args[++i];
                break;
            case ExtensionArgument.Optional when value is null && i + 1 < args.Count && !args[i + 1].AsSpan().StartsWith("-"u8):
                value = args[++i];
                break;
        }
        return new OptionEvent(eventValue, value, -1, null);
    }

    /// <summary>
    /// "-c 0.5": net-tools ignores a word after -c, so a number there can be our interval
    /// without changing what any net-tools command line means.
    /// </summary>
    private static byte[]? TakeInterval(IReadOnlyList<byte[]> args, ref int i)
    {
        if (i + 1 >= args.Count || !IntervalOption.IsDecimal(System.Text.Encoding.Latin1.GetString(args[i + 1])))
            return null;
        return args[++i];
    }

    private static byte[] Quoted(ReadOnlySpan<byte> text) => [(byte)'\'', .. text, (byte)'\''];

    private static byte[] QuotedName(string name) => Ascii($"'--{name}'");

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    /// <summary>
    /// glibc's message <paramref name="english"/> ({0} the program name, {1}... the quoted
    /// option, the candidates), translated here where its parts are still apart, as glibc's own
    /// catalog translates it; in English the bytes are glibc's, the command line's bytes as given.
    /// </summary>
    private OptionEvent Error(string english, params byte[][] parts) =>
        new('?', null, -1, Catalog.T(english, [programName, .. parts]));
}
