namespace NetStat.Cli.CommandLine;

/// <summary>One option as the man page check and the shell completions see it.</summary>
/// <param name="Long">The long name without dashes, or "" for a short-only option.</param>
/// <param name="Short">The short letter, or '\0' when there is none.</param>
/// <param name="Value">The value name when the option takes one ("" otherwise).</param>
/// <param name="ValueOptional">True when the value may be left out (--explain [TERM]).</param>
/// <param name="Ours">True for our own options (full names only).</param>
internal readonly record struct CatalogOption(string Long, char Short, string Value, bool ValueOptional, bool Ours, string Help);

/// <summary>
/// Every option the parser accepts, read from the parser's own tables (net-tools' long and short
/// options, <see cref="ExtensionOptions"/>) so that completions and the man page check cannot
/// drift from what the parser does. Help texts come from net-tools' usage text where it has one.
/// </summary>
internal static class OptionCatalog
{
    /// <summary>Help for the options net-tools' usage text lists without a description of their own.</summary>
    private static readonly (string Name, string Help)[] ExtraHelp =
    [
        ("version", "print version information"), ("help", "print the usage text"),
        ("protocol", "address families to show (comma list)"),
        ("tcp", "TCP sockets"), ("udp", "UDP sockets"), ("udplite", "UDP-Lite sockets"), ("sctp", "SCTP sockets"),
        ("raw", "raw sockets"), ("unix", "UNIX domain sockets"), ("l2cap", "Bluetooth L2CAP sockets"),
        ("rfcomm", "Bluetooth RFCOMM sockets"), ("4", "IPv4 only (-A inet)"), ("6", "IPv6 only (-A inet6)"),
        ("d", "accepted and ignored, as by net-tools"),
    ];

    /// <summary>net-tools' options first (in its long option order), then the short-only ones, then ours.</summary>
    public static IReadOnlyList<CatalogOption> All { get; } = Build();

    /// <summary>The names -A and --protocol accept (a comma-separated list of them).</summary>
    public static IEnumerable<string> Families => AddressFamilySet.Aliases.Select(a => a.Alias).Distinct();

    /// <summary>The state names offered after --state: exactly those the state filter accepts.</summary>
    public static IReadOnlyList<string> States => NetStat.Query.SocketStateSet.Names;

    private static List<CatalogOption> Build()
    {
        var usageHelp = UsageHelp();
        var list = new List<CatalogOption>();
        var seen = new HashSet<string>();
        var shortsWithLong = new HashSet<char>();
        foreach (var o in OptionParser.LongOptions)
        {
            if (!seen.Add(o.Name))
                continue; // "unix" is both a family and -x; one entry
            char letter = o.Value is > ' ' and < 127 && OptionParser.ShortOptions.Contains((char)o.Value) ? (char)o.Value : '\0';
            if (o.Name == "unix")
                letter = 'x';
            if (letter != '\0')
                shortsWithLong.Add(letter);
            string help = usageHelp.TryGetValue(o.Name, out var h) ? h
                : Extra(o.Name) ?? (o.Value == 1 ? "address family " + o.Name : "");
            list.Add(new CatalogOption(o.Name, letter, o.TakesArgument ? "FAMILIES" : "", false, false, help));
        }
        foreach (char c in OptionParser.ShortOptions)
        {
            if (c is ':' or '?' || shortsWithLong.Contains(c))
                continue;
            list.Add(new CatalogOption("", c, "", false, false, Extra(c.ToString()) ?? ""));
        }
        foreach (var e in ExtensionOptions.All)
            list.Add(new CatalogOption(e.Name, '\0', e.Argument == ExtensionArgument.None ? "" : e.ValueName,
                e.Argument == ExtensionArgument.Optional, true, e.Help));
        return list;
    }

    private static string? Extra(string name)
    {
        foreach (var (n, h) in ExtraHelp)
            if (n == name)
                return h;
        return null;
    }

    /// <summary>"--route" → "display routing table", from the lines of net-tools' usage text.</summary>
    private static Dictionary<string, string> UsageHelp()
    {
        var map = new Dictionary<string, string>();
        foreach (var raw in UsageText.Usage.Split('\n'))
        {
            var line = raw.Trim();
            int dashes = line.IndexOf("--", StringComparison.Ordinal);
            if (!line.StartsWith('-') || dashes < 0)
                continue;
            int end = line.IndexOf(' ', dashes);
            if (end < 0)
                continue;
            var name = line[(dashes + 2)..end];
            var help = line[end..].Trim();
            if (help.Length > 0 && !name.Contains('|'))
                map[name] = help;
        }
        return map;
    }
}
