using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>One sample: its label values (unescaped) and its value.</summary>
public sealed record Sample(IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string this[string label] => Labels.TryGetValue(label, out var v) ? v : "";
}

/// <summary>One family of the text format: HELP, TYPE and samples.</summary>
public sealed class Family(string name)
{
    public string Name { get; } = name;
    public string? Help { get; set; }
    public string? Type { get; set; }
    public List<Sample> Samples { get; } = [];
}

/// <summary>
/// A strict reader of the text exposition format 0.0.4, independent of the code under test:
/// it fails on anything promtool would accept only loosely (a family split in two, samples
/// before HELP/TYPE, a duplicate series, an unknown escape, a bad name).
/// </summary>
public static partial class Exposition
{
    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    public static Dictionary<string, Family> Parse(string text)
    {
        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        Family? current = null;
        Assert.EndsWith("\n", text);
        var lines = text[..^1].Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string where = $"line {i + 1}: {line}";
            if (line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var rest = line[7..];
                int space = rest.IndexOf(' ');
                Assert.True(space > 0, where);
                string name = rest[..space];
                Assert.Matches(MetricName(), name);
                if (current?.Name != name)
                {
                    Assert.False(families.ContainsKey(name), $"family {name} appears twice ({where})");
                    current = families[name] = new Family(name);
                }
                Assert.Empty(current.Samples);
                if (line[2] == 'H')
                {
                    Assert.Null(current.Help);
                    current.Help = Unescape(rest[(space + 1)..], quotes: false, where);
                }
                else
                {
                    Assert.Null(current.Type);
                    current.Type = rest[(space + 1)..];
                    Assert.Contains(current.Type, new[] { "counter", "gauge", "untyped", "summary", "histogram" });
                }
                continue;
            }
            Assert.False(line.StartsWith('#'), where);
            Assert.NotEmpty(line);
            int brace = line.IndexOf('{');
            int firstSpace = line.IndexOf(' ');
            string metric = brace >= 0 && brace < firstSpace ? line[..brace] : line[..firstSpace];
            bool member = current is not null && (current.Name == metric
                || (current.Type is "summary" or "histogram" && metric is var m && (m == current.Name + "_sum" || m == current.Name + "_count" || m == current.Name + "_bucket")));
            Assert.True(member, $"sample outside its family ({where})");
            Assert.NotNull(current!.Help);
            Assert.NotNull(current.Type);
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            int pos = metric.Length;
            if (pos < line.Length && line[pos] == '{')
            {
                pos++;
                while (line[pos] != '}')
                {
                    int eq = line.IndexOf('=', pos);
                    string label = line[pos..eq];
                    Assert.Matches(LabelName(), label);
                    Assert.Equal('"', line[eq + 1]);
                    var value = new StringBuilder();
                    pos = eq + 2;
                    while (line[pos] != '"')
                    {
                        if (line[pos] == '\\')
                        {
                            value.Append(line[pos + 1] switch
                            {
                                '\\' => '\\',
                                '"' => '"',
                                'n' => '\n',
                                _ => throw new Xunit.Sdk.XunitException($"bad escape ({where})"),
                            });
                            pos += 2;
                        }
                        else
                        {
                            value.Append(line[pos++]);
                        }
                    }
                    Assert.True(labels.TryAdd(label, value.ToString()), $"label {label} twice ({where})");
                    pos++;
                    if (line[pos] == ',')
                        pos++;
                }
                pos++;
            }
            Assert.Equal(' ', line[pos]);
            string number = line[(pos + 1)..];
            Assert.True(double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v), where);
            string key = metric + "{" + string.Join(",", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)) + "}";
            Assert.True(series.Add(key), $"duplicate series ({where})");
            current.Samples.Add(new Sample(labels, v));
        }
        return families;
    }

    private static string Unescape(string text, bool quotes, string where)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                sb.Append(text[i]);
                continue;
            }
            char next = text[++i];
            sb.Append(next switch
            {
                '\\' => '\\',
                'n' => '\n',
                '"' when quotes => '"',
                _ => throw new Xunit.Sdk.XunitException($"bad escape in HELP ({where})"),
            });
        }
        return sb.ToString();
    }

    /// <summary>Sum of a family's samples whose labels match all of <paramref name="match"/>.</summary>
    public static double Sum(Dictionary<string, Family> families, string name, params (string Label, string Value)[] match) =>
        families.TryGetValue(name, out var f)
            ? f.Samples.Where(s => match.All(m => s[m.Label] == m.Value)).Sum(s => s.Value)
            : 0;
}
