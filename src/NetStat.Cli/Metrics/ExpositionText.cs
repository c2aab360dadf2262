using System.Buffers;
using System.Globalization;
using System.Text;

namespace NetStat.Cli.Metrics;

/// <summary>
/// Writes the Prometheus text exposition format, version 0.0.4: "# HELP" and "# TYPE" before
/// each family's samples, label values with backslash, double quote and newline escaped, one
/// sample per line, "\n" line ends. Built in memory so the whole scrape is sent (or renamed into
/// place) at once. The format wants all samples of a family together under one HELP and TYPE:
/// a family started again (the next network namespace's counters) continues where it was, and
/// <see cref="Written"/> gives the families in the order they were first started.
/// </summary>
internal sealed class ExpositionText
{
    /// <summary>The Content-Type of this format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly List<ArrayBufferWriter<byte>> _families = [];
    private readonly Dictionary<string, ArrayBufferWriter<byte>> _byName = new(StringComparer.Ordinal);
    private ArrayBufferWriter<byte> _buffer = null!;

    /// <summary>
    /// A label written before the others on every sample while set (the netns of the namespace
    /// whose series are being written); null for none.
    /// </summary>
    public (string Name, string Value)? LeadingLabel { get; set; }

    /// <summary>The text written so far, family by family.</summary>
    public ReadOnlySpan<byte> Written => ToArray();

    /// <summary>The text written so far, family by family, in one array.</summary>
    public byte[] ToArray()
    {
        var all = new byte[_families.Sum(f => f.WrittenCount)];
        int at = 0;
        foreach (var family in _families)
        {
            family.WrittenSpan.CopyTo(all.AsSpan(at));
            at += family.WrittenCount;
        }
        return all;
    }

    /// <summary>Starts a family (its HELP and TYPE lines), or goes back to it if it was started before.</summary>
    public void Family(string name, string help, MetricType type)
    {
        if (_byName.ContainsKey(name))
            return;
        _buffer = new ArrayBufferWriter<byte>();
        _families.Add(_buffer);
        _byName[name] = _buffer;
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

    /// <summary>One sample of a started family; <paramref name="labelNames"/> and <paramref name="labelValues"/> pair up.</summary>
    public void Sample(string name, ReadOnlySpan<string> labelNames, ReadOnlySpan<string> labelValues, Int128 value)
    {
        SampleStart(name, labelNames, labelValues);
        Ascii(value.ToString(CultureInfo.InvariantCulture));
        Ascii("\n");
    }

    /// <summary>One sample whose value is written as node_exporter's Go client writes a float (see <see cref="GoFloat"/>).</summary>
    public void FloatSample(string name, ReadOnlySpan<string> labelNames, ReadOnlySpan<string> labelValues, double value)
    {
        SampleStart(name, labelNames, labelValues);
        Ascii(GoFloat(value));
        Ascii("\n");
    }

    private void SampleStart(string name, ReadOnlySpan<string> labelNames, ReadOnlySpan<string> labelValues)
    {
        _buffer = _byName.TryGetValue(name, out var family) ? family
            : throw new InvalidOperationException($"sample of {name} before its family");
        Ascii(name);
        if (labelNames.Length > 0 || LeadingLabel is not null)
        {
            Ascii("{");
            if (LeadingLabel is var (leadName, leadValue))
            {
                Label(leadName, leadValue);
                if (labelNames.Length > 0)
                    Ascii(",");
            }
            for (int i = 0; i < labelNames.Length; i++)
            {
                if (i > 0)
                    Ascii(",");
                Label(labelNames[i], labelValues[i]);
            }
            Ascii("}");
        }
        Ascii(" ");
    }

    private void Label(string name, string value)
    {
        Ascii(name);
        Ascii("=\"");
        Escaped(value, escapeQuote: true);
        Ascii("\"");
    }

    /// <summary>
    /// A float as client_golang's text format writes it (expfmt writeFloat): Go's
    /// strconv.FormatFloat(f, 'g', -1, 64), the shortest digits that read back the same, in
    /// exponent form from 1e+06 up or below 1e-04 ("1.234567e+06", "1.8446744073709552e+19").
    /// </summary>
    internal static string GoFloat(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "+Inf" : "-Inf";
        if (value == 0)
            return "0";
        // .NET's "R" gives the same shortest round-trip digits; only the layout differs.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? r : r[..e];
        int exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent; // digits before the decimal point
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits[lead..];
        point -= lead;
        digits = digits.TrimEnd('0');
        var sb = new StringBuilder(32);
        if (value < 0)
            sb.Append('-');
        int exp = point - 1;
        if (exp < -4 || exp >= 6)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int abs = Math.Abs(exp);
            if (abs < 10)
                sb.Append('0');
            sb.Append(abs.ToString(CultureInfo.InvariantCulture));
        }
        else if (point <= 0)
        {
            sb.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            sb.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }
        return sb.ToString();
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
        // Almost every label value (program names, addresses) has nothing to escape: no copy then.
        if (text.AsSpan().IndexOfAny(escapeQuote ? "\\\n\"" : "\\\n") < 0)
        {
            int n0 = Encoding.UTF8.GetBytes(text, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
            _buffer.Advance(n0);
            return;
        }
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
