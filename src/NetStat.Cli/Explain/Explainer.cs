using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Modes;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

namespace NetStat.Cli.Explain;

/// <summary>Runs --explain: one term, or the columns and values of the selected mode's output.</summary>
internal sealed class Explainer(NetstatOptions options, StandardStreams streams, ProcPaths proc)
{
    private const int TermWidth = 18;

    /// <summary>The heading over each kind's terms in a listing's explanation.</summary>
    internal static string Heading(TermKind kind) => kind switch
    {
        TermKind.InternetColumn => "Columns of the Internet socket table:",
        TermKind.UnixColumn => "Columns of the UNIX socket table:",
        TermKind.RouteColumn => "Columns of the routing table:",
        TermKind.InterfaceColumn => "Columns of the interface table:",
        TermKind.GroupColumn => "Columns of the multicast group table:",
        TermKind.Protocol => "Protocols in this output:",
        TermKind.TcpState => "TCP states in this output:",
        TermKind.UdpState => "UDP states in this output:",
        TermKind.Timer => "Timers in this output:",
        TermKind.UnixType => "UNIX socket types in this output:",
        TermKind.UnixState => "UNIX socket states in this output:",
        TermKind.UnixFlag => "UNIX socket flags in this output:",
        TermKind.RouteFlag => "Route flags in this output:",
        TermKind.Ipv6RouteFlag => "IPv6 route flags in this output:",
        TermKind.InterfaceFlag => "Interface flags in this output:",
        _ => "Sections in this output:",
    };

    /// <summary>What a term is, after it in a one-term explanation.</summary>
    internal static string Label(TermKind kind) => kind switch
    {
        TermKind.InternetColumn => "column of the Internet socket table",
        TermKind.UnixColumn => "column of the UNIX socket table",
        TermKind.RouteColumn => "column of the routing table",
        TermKind.InterfaceColumn => "column of the interface table",
        TermKind.GroupColumn => "column of the multicast group table",
        TermKind.Protocol => "protocol",
        TermKind.TcpState => "TCP state",
        TermKind.UdpState => "UDP state",
        TermKind.Timer => "timer",
        TermKind.UnixType => "UNIX socket type",
        TermKind.UnixState => "UNIX socket state",
        TermKind.UnixFlag => "UNIX socket flag",
        TermKind.RouteFlag => "route flag",
        TermKind.Ipv6RouteFlag => "IPv6 route flag",
        TermKind.InterfaceFlag => "interface flag",
        _ => "section of netstat -s",
    };

    public int Run()
    {
        if (options.Ext.ExplainTerm is string term)
            return One(term);
        options.Continuous = 0;
        if (options.Masquerade > 0)
        {
            // Nothing to explain: -M has no table here, as net-tools says.
            streams.Error.Write(Catalog.T("netstat: no support for `{0}' on this system.\n", "ip_masquerade"));
            return 1;
        }
        var seen = new SeenTerms();
        var quiet = new StandardStreams(new TextOutput(-1), streams.Error);
        int rc;
        var columns = new List<(TermKind Kind, IEnumerable<string> Names)>();
        List<string>? sections = null;
        if (options.Statistics > 0)
        {
            var output = new TextOutput(-1);
            rc = new StatisticsMode(options, quiet, new ProtocolCounters(proc), new TextStatisticsRenderer(output, StatisticsSelection.From(options))).Run();
            sections = Sections(output.Pending);
        }
        else if (options.Route > 0)
        {
            var hosts = new HostNames();
            rc = new RouteListing(options, quiet, new ProcRouteTables(proc), proc, hosts, new RouteCollector(seen), () => streams.Error.HasWritten).RunPass();
            columns.Add((TermKind.RouteColumn, Terms.ColumnNames(seen.RouteTables)));
        }
        else if (options.Interfaces > 0)
        {
            using var source = new IoctlInterfaceSource(proc);
            rc = new InterfaceListing(options, quiet, source, new InterfaceCollector(seen)).Run();
            if (seen.InterfaceTable && options.Extend < 2)
                columns.Add((TermKind.InterfaceColumn, TextInterfaceRenderer.Columns.Select(c => c.Name)));
        }
        else
        {
            var groups = options.Groups > 0 ? new MulticastGroupListing(options, quiet, new GroupTables(proc), new GroupCollector(seen)) : null;
            rc = new SocketListing(options, quiet, new SocketTables(proc), new ProcessScanner(proc), new SocketCollector(seen, options.Timers > 0), groups).RunPass();
            if (seen.Internet)
                columns.Add((TermKind.InternetColumn, InternetColumns()));
            if (seen.Groups)
                columns.Add((TermKind.GroupColumn, TextGroupRenderer.Columns.Select(c => c.Name)));
            if (seen.Unix)
                columns.Add((TermKind.UnixColumn, TextSocketRenderer.UnixColumns.Select(c => c.Name).Where(n => n != "PID/Program name" || options.Programs > 0)));
        }

        var o = streams.Out;
        foreach (var (kind, names) in columns)
            Section(o, kind, names.ToList());
        foreach (var kind in new[] { TermKind.Protocol, TermKind.TcpState, TermKind.UdpState, TermKind.Timer, TermKind.UnixType, TermKind.UnixState, TermKind.UnixFlag, TermKind.RouteFlag, TermKind.Ipv6RouteFlag, TermKind.InterfaceFlag })
            Section(o, kind, seen.Values(kind));
        if (sections is not null)
            Section(o, TermKind.StatisticsSection, sections);
        return rc;
    }

    private IEnumerable<string> InternetColumns()
    {
        var c = TextSocketRenderer.InternetColumns;
        for (int i = 0; i < 6; i++)
            yield return c[i].Name;
        if (options.Extend > 1) { yield return c[6].Name; yield return c[7].Name; }
        if (options.Programs > 0) yield return c[8].Name;
        if (options.Timers > 0) yield return c[9].Name;
    }

    /// <summary>The section titles of -s output: lines that start in column 0 and end in ':'.</summary>
    private static List<string> Sections(ReadOnlySpan<byte> text)
    {
        var found = new List<string>();
        foreach (var line in System.Text.Encoding.UTF8.GetString(text).Split('\n'))
            if (line.Length > 1 && line[0] != ' ' && line[^1] == ':' && !found.Contains(line[..^1]))
                found.Add(line[..^1]);
        return found;
    }

    private static void Section(TextOutput o, TermKind kind, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
            return;
        o.Write(Catalog.T(Heading(kind)));
        o.WriteByte((byte)'\n');
        foreach (var term in terms)
        {
            o.Write("  "u8);
            o.Write(term);
            o.Spaces(Math.Max(2, TermWidth - DisplayWidth.Of(term)));
            o.Write(Text(kind, term));
            o.WriteByte((byte)'\n');
        }
    }

    /// <summary>The explanation in the current language (English when the catalog lacks it; tests make sure none does).</summary>
    internal static string Text(TermKind kind, string term)
    {
        if (Catalog.Current is { } c && c.Explanations.TryGetValue((kind, term), out var translated))
            return translated;
        if (EnglishExplanations.All.TryGetValue((kind, term), out var english))
            return english;
        return kind == TermKind.StatisticsSection
            ? Catalog.T("Counters the kernel reports under this name; netstat prints the ones it does not know as \"name: value\".")
            : Catalog.T("(no explanation: a value net-tools prints for numbers it does not know)");
    }

    /// <summary>All the (kind, term) pairs <paramref name="term"/> names: exact case first, else any case.</summary>
    internal static List<(TermKind Kind, string Term)> Find(string term)
    {
        var all = Terms.All().ToList();
        var exact = all.Where(t => t.Term == term).ToList();
        return exact.Count > 0 ? exact : all.Where(t => string.Equals(t.Term, term, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private int One(string term)
    {
        var matches = Find(term);
        if (matches.Count == 0)
        {
            streams.Error.Write(Catalog.T("netstat: --explain: unknown term '{0}' (netstat -tan --explain lists the terms of a listing)\n", EchoedValue.Of(term)));
            return 1;
        }
        var o = streams.Out;
        foreach (var (kind, name) in matches)
        {
            o.Write(name);
            o.Write(" ("u8);
            o.Write(Catalog.T(Label(kind)));
            o.Write(")\n  "u8);
            o.Write(Text(kind, name));
            o.WriteByte((byte)'\n');
        }
        return 0;
    }
}
