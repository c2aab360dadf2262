using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// net-tools 2.10's printing engine for -s. Its one piece of state, the kind of the last
/// recognised counter, lives for the whole run (across tables and files): it sets the indentation
/// of counters printed as "Name: value" and decides when an ICMP histogram title is due.
/// </summary>
internal sealed class TextStatisticsRenderer(TextOutput output, StatisticsSelection selection) : IStatisticsRenderer
{
    private SentenceKind _state = SentenceKind.Number;

    // Translated: the sentences as they are met (net-tools' own ones in English, untouched) and
    // the histogram titles, looked up once per run.
    private readonly Dictionary<Sentence, Sentence>? _translated = Catalog.Current is null ? null : new(ReferenceEqualityComparer.Instance);
    private readonly byte[]? _inputHistogram = Catalog.Current is null ? null : [.. Catalog.Bytes("ICMP input histogram:"), (byte)'\n'];
    private readonly byte[]? _outputHistogram = Catalog.Current is null ? null : [.. Catalog.Bytes("ICMP output histogram:"), (byte)'\n'];

    public void Table(CounterTable table)
    {
        var known = NetToolsCounterCatalog.Find(table.Source, table.Name);
        if (known is not null)
        {
            bool selected = selection.Includes(known.Protocol);
            if (selected)
                Title(table.Name);
            // Reset even when the table is filtered out: that is why -st indents IcmpMsg by 4.
            _state = SentenceKind.Number;
            if (!selected)
                return;
        }
        else
        {
            // Tables net-tools does not know are printed whatever the filter, with the state untouched.
            Title(table.Name);
        }
        foreach (var counter in table.Counters)
            Counter(known, counter);
    }

    private void Title(string name)
    {
        output.Write(name);
        output.Write(":\n"u8);
    }

    private void Counter(KnownTable? known, in KernelCounter counter)
    {
        if (known is null || !known.TryGetSentence(counter.Name, out var sentence))
        {
            if (counter.Value != 0)
            {
                output.Spaces(Indent(_state));
                output.Write(counter.Name);
                output.Write(": "u8);
                output.Number(counter.Value);
                output.WriteByte((byte)'\n');
            }
            return;
        }
        var kind = sentence.Kind;
        if (kind == SentenceKind.Hidden)
            return;
        if (_translated is not null)
            sentence = Translated(sentence);
        if (kind is SentenceKind.InputHistogram or SentenceKind.OutputHistogram && _state != kind)
        {
            // The title goes at the indentation of what came before it, so after Icmp6OutMsgs the
            // output histogram's title is indented 8.
            output.Spaces(Indent(_state));
            if (kind == SentenceKind.InputHistogram)
                output.Write(_inputHistogram ?? "ICMP input histogram:\n"u8);
            else
                output.Write(_outputHistogram ?? "ICMP output histogram:\n"u8);
        }
        if (kind == SentenceKind.Number || counter.Value != 0)
        {
            output.Spaces(Indent(kind));
            output.Write(sentence.Before);
            output.Number(counter.Value);
            output.Write(sentence.After);
            output.WriteByte((byte)'\n');
        }
        _state = kind;
    }

    private Sentence Translated(Sentence english)
    {
        if (!_translated!.TryGetValue(english, out var translated))
            _translated[english] = translated = new Sentence(english.Kind, Catalog.T(english.Format));
        return translated;
    }

    private static int Indent(SentenceKind kind) => kind is SentenceKind.InputHistogram or SentenceKind.OutputHistogram ? 8 : 4;
}
