using System.Buffers;
using System.Globalization;
using System.Text;

namespace NetStat.Cli.Metrics;

/// <summary>
/// Writes the Prometheus text exposition format, version 0.0.4: "# HELP" and "# TYPE" before
/// each family's samples, label values with backslash, double quote and newline escaped, one
/// sample per line, "\n" line ends. Built in memory so the whole scrape is sent (or renamed into
/// place) at once.
/// </summary>
internal sealed class ExpositionText
{
    /// <summary>The Content-Type of this format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>The text written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>Starts a family: its HELP and TYPE lines.</summary>
    public void Family(string name, string help, MetricType type)
    {
        Ascii("# HELP ");
        Ascii(name);
        Ascii(" ");
        Escaped(help, escapeQuote: false);
        Ascii("\n# TYPE ");
        Ascii(name);
        Ascii(type switch
        {
            MetricType.Counter => " counter\n",
            MetricType.Gauge => " gauge\n",
            _ => " untyped\n",
        });
    }

    /// <summary>One sample; <paramref name="labelNames"/> and <paramref name="labelValues"/> pair up.</summary>
    public void Sample(string name, ReadOnlySpan<string> labelNames, ReadOnlySpan<string> labelValues, Int128 value)
    {
        Ascii(name);
        if (labelNames.Length > 0)
        {
            Ascii("{");
            for (int i = 0; i < labelNames.Length; i++)
            {
                if (i > 0)
                    Ascii(",");
                Ascii(labelNames[i]);
                Ascii("=\"");
                Escaped(labelValues[i], escapeQuote: true);
                Ascii("\"");
            }
            Ascii("}");
        }
        Ascii(" ");
        Ascii(value.ToString(CultureInfo.InvariantCulture));
        Ascii("\n");
    }

    /// <summary>Whether <paramref name="name"/> is a valid metric name: [a-zA-Z_:][a-zA-Z0-9_:]*.</summary>
    public static bool IsMetricName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || char.IsAsciiDigit(name[0]))
            return false;
        foreach (char c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != ':')
                return false;
        return true;
    }

    private void Ascii(string text)
    {
        var span = _buffer.GetSpan(text.Length);
        for (int i = 0; i < text.Length; i++)
            span[i] = (byte)text[i];
        _buffer.Advance(text.Length);
    }

    /// <summary>UTF-8 text with the format's escapes: \\ and \n always, \" inside label values.</summary>
    private void Escaped(string text, bool escapeQuote)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '"' when escapeQuote: sb.Append("\\\""); break;
                default: sb.Append(c); break;
            }
        }
        var s = sb.ToString();
        int max = Encoding.UTF8.GetMaxByteCount(s.Length);
        int n = Encoding.UTF8.GetBytes(s, _buffer.GetSpan(max));
        _buffer.Advance(n);
    }
}

/// <summary>The TYPE of a metric family.</summary>
internal enum MetricType : byte
{
    Untyped,
    Counter,
    Gauge,
}
