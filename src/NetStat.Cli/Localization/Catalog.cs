using NetStat.Cli.Explain;

namespace NetStat.Cli.Localization;

/// <summary>
/// One language's translations: messages keyed by their English text (gettext's msgid) and the
/// --explain texts keyed by (kind, term). English is the keys themselves: no catalog at all,
/// which keeps the C locale on net-tools' exact bytes. A language is one Catalog.XX.cs file
/// (messages) plus one Explain/Explanations.XX.cs file, registered in <see cref="Languages"/>.
/// </summary>
internal sealed class Catalog(string language, IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<(TermKind, string), string> explanations)
{
    /// <summary>The languages that have a catalog (English has none: it is the source text).</summary>
    private static readonly (string Code, Func<Catalog> Create)[] Languages =
    [
        ("ja", () => new Catalog("ja", JapaneseMessages.All, JapaneseExplanations.All)),
    ];

    private static Catalog? _current;
    private static bool _resolved;

    public string Language { get; } = language;
    public IReadOnlyDictionary<string, string> Messages { get; } = messages;
    public IReadOnlyDictionary<(TermKind Kind, string Term), string> Explanations { get; } = explanations;

    /// <summary>Every registered language code.</summary>
    public static IEnumerable<string> Codes => Languages.Select(l => l.Code);

    public static bool Has(string code) => Array.Exists(Languages, l => l.Code == code);

    /// <summary>The catalog for <paramref name="code"/>, null for English or an unknown code.</summary>
    public static Catalog? For(string? code)
    {
        foreach (var (c, create) in Languages)
            if (c == code)
                return create();
        return null;
    }

    /// <summary>The catalog the environment selects (null: English), read once per process.</summary>
    public static Catalog? Current
    {
        get
        {
            if (!_resolved)
            {
                _current = For(LocaleSelection.Language(Environment.GetEnvironmentVariable));
                _resolved = true;
            }
            return _current;
        }
    }

    /// <summary>The translation of <paramref name="english"/> in the current language (itself in English).</summary>
    public static string T(string english) => Current is { } c && c.Messages.TryGetValue(english, out var t) ? t : english;

    /// <summary>
    /// <see cref="T"/> with {0}, {1}... replaced in one pass over the text (no culture involved), so
    /// an argument that itself contains "{1}" is copied as it is, never substituted again.
    /// </summary>
    public static string T(string english, params string[] arguments)
    {
        string text = T(english);
        var result = new System.Text.StringBuilder(text.Length + 16);
        foreach (var (start, length, argument) in Pieces(text, arguments.Length))
        {
            if (argument >= 0)
                result.Append(arguments[argument]);
            else
                result.Append(text, start, length);
        }
        return result.ToString();
    }

    /// <summary>
    /// <see cref="T(string, string[])"/> for arguments that are raw bytes (the command line as
    /// getopt saw it): the text is UTF-8, the arguments are copied byte for byte, as C's printf
    /// copies a %s, even when they are not UTF-8.
    /// </summary>
    public static byte[] T(string english, params byte[][] arguments)
    {
        string text = T(english);
        var result = new List<byte>(text.Length + 16);
        foreach (var (start, length, argument) in Pieces(text, arguments.Length))
        {
            if (argument >= 0)
                result.AddRange(arguments[argument]);
            else
                result.AddRange(System.Text.Encoding.UTF8.GetBytes(text.ToCharArray(start, length)));
        }
        return [.. result];
    }

    /// <summary>
    /// The text cut at its placeholders: literal runs (<c>Argument</c> -1) and the arguments that
    /// replace "{n}" (only for n below <paramref name="count"/>; any other braces are text).
    /// </summary>
    private static IEnumerable<(int Start, int Length, int Argument)> Pieces(string text, int count)
    {
        int literal = 0, i = 0;
        while (i < text.Length)
        {
            int close;
            if (text[i] == '{' && (close = text.IndexOf('}', i + 1)) > i + 1
                && int.TryParse(text.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
                && n < count)
            {
                if (i > literal)
                    yield return (literal, i - literal, -1);
                yield return (0, 0, n);
                i = literal = close + 1;
                continue;
            }
            i++;
        }
        if (i > literal)
            yield return (literal, i - literal, -1);
    }
}
