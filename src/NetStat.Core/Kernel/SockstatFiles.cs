using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Reads /proc/net/sockstat and /proc/net/sockstat6 (the socket summary node_exporter's sockstat
/// collector exports). Never throws: a missing file gives no lines, a malformed pair is skipped.
/// </summary>
public sealed class SockstatFiles(ProcPaths paths)
{
    /// <summary>The files of the running kernel.</summary>
    public static SockstatFiles Default { get; } = new(ProcPaths.Default);

    /// <summary>The lines of /proc/net/sockstat followed by those of /proc/net/sockstat6.</summary>
    public IReadOnlyList<SockstatLine> Read()
    {
        var lines = new List<SockstatLine>();
        ReadFile(paths.Net("sockstat"), lines);
        ReadFile(paths.Net("sockstat6"), lines);
        return lines;
    }

    /// <summary>Parses the text of one sockstat file into <paramref name="lines"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> text, List<SockstatLine> lines)
    {
        while (!text.IsEmpty)
        {
            int end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            int colon = line.IndexOf((byte)':');
            if (colon <= 0)
                continue;
            string protocol = System.Text.Encoding.UTF8.GetString(line[..colon].Trim((byte)' '));
            var values = new List<(string, long)>();
            var rest = line[(colon + 1)..];
            while (true)
            {
                var name = NextWord(ref rest);
                if (name.IsEmpty)
                    break;
                var number = NextWord(ref rest);
                if (number.IsEmpty)
                    break;
                if (System.Buffers.Text.Utf8Parser.TryParse(number, out long value, out int used) && used == number.Length)
                    values.Add((System.Text.Encoding.UTF8.GetString(name), value));
            }
            lines.Add(new SockstatLine(protocol, values));
        }
    }

    private static ReadOnlySpan<byte> NextWord(ref ReadOnlySpan<byte> text)
    {
        text = text.TrimStart(" \t"u8);
        int end = text.IndexOfAny(" \t"u8);
        var word = end < 0 ? text : text[..end];
        text = end < 0 ? default : text[end..];
        return word;
    }

    private static void ReadFile(string path, List<SockstatLine> lines)
    {
        using var file = ProcFile.TryOpen(path, out _);
        if (file is null)
            return;
        Parse(file.ReadToEnd(), lines);
    }
}
