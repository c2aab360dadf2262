using NetStat.Cli.Explain;

namespace NetStat.Cli.Localization;

/// <summary>
/// One language's translations: messages keyed by their English text (gettext's msgid) and the
/// --explain texts keyed by (kind, term). English is the keys themselves: no catalog at all,
/// which keeps the C locale on net-tools' exact bytes.
/// <para>
/// A language is one file, Localization/Languages/Catalog.XX.cs (docs/localization.md): a part of
/// this class holding its tables and one static field whose initializer calls <see cref="Register"/>.
/// Every part's static initializers run together, before the first use of the class, so the
/// language is known without a list to edit and without reflection (AOT and trimming see plain code).
/// </para>
/// </summary>
internal sealed partial class Catalog(string language, IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<(TermKind, string), string> explanations)
{
    // No initializer on purpose: the parts' initializers run in an order C# leaves open, and a
    // field set by an initializer could be reset after some part had already registered.
    private static List<(string Code, Func<Catalog> Create)>? _languages;

    private static Catalog? _current;
    private static bool _resolved;

    public string Language { get; } = language;
    public IReadOnlyDictionary<string, string> Messages { get; } = messages;
    public IReadOnlyDictionary<(TermKind Kind, string Term), string> Explanations { get; } = explanations;

    /// <summary>Makes a language known; called from its file's static field initializer. Returns true (the field's value).</summary>
    private static bool Register(string code, Func<Catalog> create)
    {
        (_languages ??= []).Add((code, create));
        return true;
    }

    private static List<(string Code, Func<Catalog> Create)> Languages => _languages ?? [];

    /// <summary>Every registered language code.</summary>
    public static IEnumerable<string> Codes => Languages.Select(l => l.Code);

    public static bool Has(string code) => Languages.Exists(l => l.Code == code);

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
    /// <see cref="T(string)"/> as UTF-8, for a renderer that writes a label many times: it looks
    /// the label up once per run and keeps the bytes.
    /// </summary>
    public static byte[] Bytes(string english) => System.Text.Encoding.UTF8.GetBytes(T(english));

    /// <summary>
    /// <see cref="T(string)"/> with {0}, {1}... replaced in one pass over the text (no culture involved), so
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

    /// <summary>
    /// The C library's text for <paramref name="errno"/> in the current language: the catalog
    /// translates strerror's English text (the message ids of glibc's own catalogs), so a line
    /// is in one language throughout; an error the catalog lacks stays in English.
    /// </summary>
    public static string SystemError(int errno) => T(Interop.Libc.StrError(errno));

    /// <summary>
    /// The errors whose texts every catalog translates: those opening, reading and querying the
    /// kernel's tables can end in (0 too: net-tools' perror shows a stale errno of 0 as "Success").
    /// </summary>
    internal static readonly int[] SystemErrorNumbers =
    [
        0, 1, 2, 3, 4, 5, 6, 9, 11, 12, 13, 14, 16, 17, 19, 20, 21, 22, 23, 24, 28, 30, 32, 34, 36, 38, 40, 71, 88, 93, 94, 95, 97, 98, 99, 105, 111,
    ];
}
