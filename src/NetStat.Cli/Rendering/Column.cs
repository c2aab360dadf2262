using System.Text;
using NetStat.Cli.Localization;

namespace NetStat.Cli.Rendering;

/// <summary>
/// One column of a text table as net-tools lays it out: its header label, the printf width of its
/// data ("%-23s" is 23, left; "%6ld" is 6, right; 0 = the last, unpadded column).
/// </summary>
internal readonly record struct Column(string Name, int Width, bool Right = false);

/// <summary>
/// A table's header in a translated language. A label wider (in terminal cells) than its column
/// widens that column: the renderer adds <see cref="Extra"/>[i] spaces to the data of column i
/// (after a left-aligned field, before a right-aligned one), so rows stay under their headers.
/// Without a catalog (English) the labels are the column names and nothing is widened, which is
/// how the tests check a layout against net-tools' English header.
/// </summary>
internal sealed class LocalizedColumns
{
    public int[] Extra { get; }

    private readonly Column[] _columns;
    private readonly string[] _labels;

    public LocalizedColumns(Catalog? catalog, Column[] columns)
    {
        _columns = columns;
        _labels = new string[columns.Length];
        Extra = new int[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            _labels[i] = catalog is not null && catalog.Messages.TryGetValue(columns[i].Name, out var t) ? t : columns[i].Name;
            if (catalog is not null && columns[i].Width > 0)
                Extra[i] = Math.Max(0, DisplayWidth.Of(_labels[i]) - columns[i].Width);
        }
    }

    /// <summary>Writes the widening of column <paramref name="i"/>: nothing for an English table (null).</summary>
    public static void Pad(Output.TextOutput output, LocalizedColumns? columns, int i)
    {
        if (columns is not null)
            output.Spaces(columns.Extra[i]);
    }

    /// <summary>How many columns the table has.</summary>
    public int Count => _columns.Length;

    /// <summary>The printf width of column <paramref name="i"/> with its widening (0 for the last, unpadded column).</summary>
    public int Width(int i) => _columns[i].Width == 0 ? 0 : _columns[i].Width + Extra[i];

    /// <summary>Whether column <paramref name="i"/> is right-aligned.</summary>
    public bool IsRight(int i) => _columns[i].Right;

    /// <summary>The header of all the columns.</summary>
    public string Header()
    {
        Span<int> all = stackalloc int[_columns.Length];
        for (int i = 0; i < all.Length; i++)
            all[i] = i;
        return Header(all);
    }

    /// <summary>
    /// The header of the columns at <paramref name="indexes"/> (in order), each label padded to
    /// its widened column, columns separated by one space, as net-tools' "%-5s %6s ..." headers are.
    /// </summary>
    public string Header(ReadOnlySpan<int> indexes)
    {
        var text = new StringBuilder();
        bool first = true;
        foreach (int i in indexes)
        {
            if (!first)
                text.Append(' ');
            first = false;
            text.Append(Pad(i));
        }
        return text.ToString();
    }

    /// <summary>The label of column <paramref name="i"/> padded to its widened width.</summary>
    public string Pad(int i)
    {
        var c = _columns[i];
        string label = _labels[i];
        if (c.Width == 0)
            return label;
        int fill = Math.Max(0, c.Width + Extra[i] - DisplayWidth.Of(label));
        return c.Right ? new string(' ', fill) + label : label + new string(' ', fill);
    }
}
