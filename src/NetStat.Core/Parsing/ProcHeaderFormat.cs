using System.Text;

namespace NetStat.Parsing;

/// <summary>
/// net-tools' tolerant /proc header matching (lib/proc.c): the column names of a table's first
/// line decide which word of each row goes to which field. Wanted names must appear in the
/// given order; other words are skipped; a wanted name that never comes is fatal.
/// </summary>
internal sealed class ProcHeaderFormat
{
    /// <summary>A step that skips one word of a row (<c>%*s</c>).</summary>
    public const int Skip = -1;

    /// <summary>What to do with each word of a row: <see cref="Skip"/> or the index of the wanted column.</summary>
    public int[] Steps { get; }

    /// <summary>The first wanted column that the header lacks, or null.</summary>
    public string? MissingColumn { get; }

    private ProcHeaderFormat(int[] steps, string? missing)
    {
        Steps = steps;
        MissingColumn = missing;
    }

    /// <summary>
    /// proc_gen_fmt: <paramref name="header"/> is the header as fgets read it (at most 510 bytes).
    /// Words end at '|', ' ', '\t' or '\n'; separators between words are white space and '|'.
    /// </summary>
    public static ProcHeaderFormat Build(ReadOnlySpan<byte> header, string[] wanted)
    {
        int nul = header.IndexOf((byte)0);
        if (nul >= 0)
            header = header[..nul];
        // The C code appends one space to the line, so a last word also ends at a separator.
        var buf = new byte[header.Length + 1];
        header.CopyTo(buf);
        buf[^1] = (byte)' ';
        var steps = new List<int>();
        int next = 0;
        int hdr = 0;
        while (hdr >= 0)
        {
            int p = hdr;
            while (p < buf.Length && (ScanfInput.IsSpace(buf[p]) || buf[p] == '|'))
                p++;
            int q = p;
            while (q < buf.Length && buf[q] is not ((byte)'|' or (byte)' ' or (byte)'\t' or (byte)'\n'))
                q++;
            ReadOnlySpan<byte> word = buf.AsSpan(p, q - p);
            hdr = q < buf.Length ? q + 1 : -1;
            if (Matches(word, wanted[next]))
            {
                steps.Add(next++);
                if (next == wanted.Length)
                    break;
            }
            else
            {
                steps.Add(Skip);
            }
        }
        return new ProcHeaderFormat([.. steps], next < wanted.Length ? wanted[next] : null);
    }

    private static bool Matches(ReadOnlySpan<byte> word, string title)
    {
        if (word.Length != title.Length)
            return false;
        for (int i = 0; i < word.Length; i++)
            if (word[i] != title[i])
                return false;
        return true;
    }

    /// <summary>proc_guess_fmt: the sum of the flags of the names found anywhere in the header (substring match).</summary>
    public static int Guess(ReadOnlySpan<byte> header, ReadOnlySpan<(string Name, int Flag)> names)
    {
        int nul = header.IndexOf((byte)0);
        if (nul >= 0)
            header = header[..nul];
        int flags = 0;
        foreach (var (name, flag) in names)
            if (header.IndexOf(Encoding.ASCII.GetBytes(name)) >= 0)
                flags |= flag;
        return flags;
    }
}
