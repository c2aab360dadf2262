using NetStat.Cli.Localization;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// A long option as glibc's getopt_long sees it: a name, whether it takes an argument, and the
/// value returned for it. Options with the same value and argument rule are interchangeable when
/// an abbreviation matches several of them.
/// </summary>
internal readonly record struct LongOption(string Name, bool TakesArgument, int Value);

/// <summary>One step of option parsing: an option (with its argument) or an error message.</summary>
internal readonly record struct OptionEvent(int Value, string? Argument, int LongIndex, string? Error)
{
    public bool IsError => Error is not null;
}

/// <summary>
/// glibc getopt_long, reproduced for its observable behaviour: argument permutation (unless
/// POSIXLY_CORRECT), bundled short options, attached or separate arguments, unambiguous long
/// prefixes, "--" as the end of options, and glibc's error messages word for word.
/// Options are yielded in command-line order so that the caller can act on each at once.
/// </summary>
internal sealed class GetOptLong(string programName, string shortOptions, IReadOnlyList<LongOption> longOptions)
{
    /// <summary>Event values of our own long options: this plus their <see cref="ExtensionKind"/>.</summary>
    public const int ExtensionBase = 0x1000;

    /// <summary>The short option whose optional interval may follow as the next word ("-c 0.5").</summary>
    private const char IntervalOption = 'c';

    public IEnumerable<OptionEvent> Parse(IReadOnlyList<string> args)
    {
        bool posixlyCorrect = Environment.GetEnvironmentVariable("POSIXLY_CORRECT") is not null || shortOptions.StartsWith('+');
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
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
                char c = arg[j];
                int spec = c == ':' ? -1 : shortOptions.IndexOf(c);
                if (spec < 0)
                {
                    yield return Error("{0}: invalid option -- {1}", $"'{c}'");
                    continue;
                }
                bool needsArgument = spec + 1 < shortOptions.Length && shortOptions[spec + 1] == ':';
                if (!needsArgument)
                {
                    string? interval = c == IntervalOption && j + 1 == arg.Length ? TakeInterval(args, ref i) : null;
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
                    yield return Error("{0}: option requires an argument -- {1}", $"'{c}'");
                }
                break;
            }
        }
    }

    private OptionEvent ParseLong(IReadOnlyList<string> args, ref int i)
    {
        string arg = args[i];
        string body = arg[2..];
        int eq = body.IndexOf('=');
        string name = eq >= 0 ? body[..eq] : body;
        string? value = eq >= 0 ? body[(eq + 1)..] : null;

        if (ExtensionOptions.TryFind(name, out var extension))
            return ParseExtension(args, ref i, extension, value);

        int found = -1;
        bool exact = false;
        var ambiguous = new List<int>();
        for (int k = 0; k < longOptions.Count; k++)
        {
            var o = longOptions[k];
            if (!o.Name.StartsWith(name, StringComparison.Ordinal))
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
            return Error("{0}: option {1} is ambiguous; possibilities: {2}", $"'{arg}'", names.ToString());
        }
        if (found < 0)
            return Error("{0}: unrecognized option {1}", $"'{arg}'");

        var option = longOptions[found];
        if (option.Value == IntervalOption && !option.TakesArgument)
            return new OptionEvent(option.Value, value ?? TakeInterval(args, ref i), found, null);
        if (value is not null && !option.TakesArgument)
            return Error("{0}: option {1} doesn't allow an argument", $"'--{option.Name}'");
        if (option.TakesArgument && value is null)
        {
            if (i + 1 < args.Count)
                value = args[++i];
            else
                return Error("{0}: option {1} requires an argument", $"'--{option.Name}'");
        }
        return new OptionEvent(option.Value, value, found, null);
    }

    /// <summary>
    /// Our own options: matched only by their full name (see <see cref="ExtensionOptions"/>),
    /// with glibc's messages for a missing or unwanted argument.
    /// </summary>
    private OptionEvent ParseExtension(IReadOnlyList<string> args, ref int i, ExtensionOption option, string? value)
    {
        int eventValue = ExtensionBase + (int)option.Kind;
        switch (option.Argument)
        {
            case ExtensionArgument.None when value is not null:
                return Error("{0}: option {1} doesn't allow an argument", $"'--{option.Name}'");
            case ExtensionArgument.Required when value is null:
                if (i + 1 >= args.Count)
                    return Error("{0}: option {1} requires an argument", $"'--{option.Name}'");
                value = args[++i];
                break;
            case ExtensionArgument.Optional when value is null && i + 1 < args.Count && !args[i + 1].StartsWith('-'):
                value = args[++i];
                break;
        }
        return new OptionEvent(eventValue, value, -1, null);
    }

    /// <summary>
    /// "-c 0.5": net-tools ignores a word after -c, so a number there can be our interval
    /// without changing what any net-tools command line means.
    /// </summary>
    private static string? TakeInterval(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || !LooksLikeInterval(args[i + 1]))
            return null;
        return args[++i];
    }

    private static bool LooksLikeInterval(string word)
    {
        int digits = 0, dots = 0;
        foreach (char ch in word)
        {
            if (ch is >= '0' and <= '9') digits++;
            else if (ch == '.' && dots++ == 0) { }
            else return false;
        }
        return digits > 0;
    }

    /// <summary>
    /// glibc's message <paramref name="english"/> ({0} the program name, {1}... the quoted
    /// option, the candidates), translated here where its parts are still apart, as glibc's own
    /// catalog translates it; in English the bytes are glibc's.
    /// </summary>
    private OptionEvent Error(string english, params string[] parts) =>
        new('?', null, -1, Catalog.T(english, [programName, .. parts]));
}
