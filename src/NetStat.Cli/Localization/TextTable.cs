using System.Text;
using NetStat.Cli.Explain;

namespace NetStat.Cli.Localization;

/// <summary>
/// Tables of texts kept as UTF-8 data ("key\0text\0" pairs) rather than string literals. Every
/// literal is an object in the executable's data, which each run maps whether it prints the
/// text or not; UTF-8 data stays on disk until a table is first used, and is decoded then.
/// </summary>
internal static class TextTable
{
    /// <summary>The texts of one kind of term as "term\0text\0" pairs; empty when the kind has none.</summary>
    public delegate ReadOnlySpan<byte> KindTexts(TermKind kind);

    /// <summary>A dictionary of the "key\0text\0" pairs of <paramref name="data"/>.</summary>
    public static Dictionary<string, string> Pairs(ReadOnlySpan<byte> data)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (Next(ref data) is { } key && Next(ref data) is { } text)
            table[key] = text;
        return table;
    }

    /// <summary>A dictionary of every kind's pairs, keyed by (kind, term).</summary>
    public static Dictionary<(TermKind, string), string> Explanations(KindTexts texts)
    {
        var table = new Dictionary<(TermKind, string), string>();
        for (int k = 0; k <= byte.MaxValue; k++)
        {
            var data = texts((TermKind)k);
            while (Next(ref data) is { } term && Next(ref data) is { } text)
                table[((TermKind)k, term)] = text;
        }
        return table;
    }

    /// <summary>One text kept as UTF-8 data.</summary>
    public static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static string? Next(ref ReadOnlySpan<byte> data)
    {
        int end = data.IndexOf((byte)0);
        if (end < 0)
            return null;
        var text = Encoding.UTF8.GetString(data[..end]);
        data = data[(end + 1)..];
        return text;
    }
}
