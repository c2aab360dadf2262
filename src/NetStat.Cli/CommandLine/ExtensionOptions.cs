namespace NetStat.Cli.CommandLine;

/// <summary>How one of our own long options takes its value.</summary>
internal enum ExtensionArgument : byte
{
    None,
    Required,
    /// <summary>"--opt=VALUE", or the next word when it does not start with '-'.</summary>
    Optional,
}

/// <summary>What one of our own long options sets.</summary>
internal enum ExtensionKind : byte
{
    Json,
    Port, SourcePort, DestinationPort, State, Pid, Program, User, Address, Source, Destination,
    Netns, NetnsPid, AllNetns,
    Changes,
    Prometheus, PrometheusTextfile, Listen,
    Explain,
}

/// <summary>One of our own long options, with the text the help, man page and completions show.</summary>
internal readonly record struct ExtensionOption(string Name, ExtensionArgument Argument, ExtensionKind Kind, string ValueName, string Help);

/// <summary>
/// The options net-tools does not have. They match only when spelled in full, and never take
/// part in glibc's abbreviation matching: "--n" must stay ambiguous exactly as net-tools lists
/// it, and "--pro" must not become "--program". This table is the one list of our options: the
/// parser, --help, the man page and the shell completions all read it.
/// </summary>
internal static class ExtensionOptions
{
    public static readonly ExtensionOption[] All =
    [
        new("json", ExtensionArgument.None, ExtensionKind.Json, "", "write the output as JSON (schema in docs/json-schema.json)"),
        new("port", ExtensionArgument.Required, ExtensionKind.Port, "LIST", "only sockets with this local or remote port (80,https,8000-8099)"),
        new("sport", ExtensionArgument.Required, ExtensionKind.SourcePort, "LIST", "only sockets with this local port"),
        new("dport", ExtensionArgument.Required, ExtensionKind.DestinationPort, "LIST", "only sockets with this remote port"),
        new("state", ExtensionArgument.Required, ExtensionKind.State, "LIST", "only sockets in these states (established,time_wait,listening,connected)"),
        new("pid", ExtensionArgument.Required, ExtensionKind.Pid, "LIST", "only sockets held by these processes"),
        new("program", ExtensionArgument.Required, ExtensionKind.Program, "NAME", "only sockets held by this program (a * matches anything)"),
        new("user", ExtensionArgument.Required, ExtensionKind.User, "NAME|UID", "only sockets owned by this user"),
        new("addr", ExtensionArgument.Required, ExtensionKind.Address, "CIDR", "only sockets with a local or remote address in CIDR"),
        new("src", ExtensionArgument.Required, ExtensionKind.Source, "CIDR", "only sockets with a local address in CIDR"),
        new("dst", ExtensionArgument.Required, ExtensionKind.Destination, "CIDR", "only sockets with a remote address in CIDR"),
        new("netns", ExtensionArgument.Required, ExtensionKind.Netns, "NAME", "read the tables of network namespace NAME (/run/netns)"),
        new("netns-pid", ExtensionArgument.Required, ExtensionKind.NetnsPid, "PID", "read the tables of the network namespace of process PID"),
        new("all-netns", ExtensionArgument.None, ExtensionKind.AllNetns, "", "read the tables of every network namespace, one section each"),
        new("changes", ExtensionArgument.None, ExtensionKind.Changes, "", "with -c: print the table once, then only sockets that came (+) or went (-)"),
        new("prometheus", ExtensionArgument.None, ExtensionKind.Prometheus, "", "write metrics in the Prometheus text format"),
        new("prometheus-textfile", ExtensionArgument.Required, ExtensionKind.PrometheusTextfile, "DIR", "write metrics to DIR/netstat.prom for node_exporter"),
        new("listen", ExtensionArgument.Required, ExtensionKind.Listen, "ADDR:PORT", "with 'serve': where to serve /metrics (default 127.0.0.1:9117)"),
        new("explain", ExtensionArgument.Optional, ExtensionKind.Explain, "TERM", "explain the columns and values of this output, or one TERM"),
    ];

    /// <summary>Words that, as the first argument, select one of our sub-commands.</summary>
    public static readonly (string Name, string Usage, string Help)[] Commands =
    [
        ("completions", "completions bash|zsh|fish", "print the shell completion script"),
        ("serve", "serve [--listen ADDR:PORT]", "serve Prometheus metrics over HTTP at /metrics"),
    ];

    /// <summary>The option named exactly <paramref name="name"/> (bytes of the command line), if it is one of ours.</summary>
    public static bool TryFind(ReadOnlySpan<byte> name, out ExtensionOption option)
    {
        foreach (var o in All)
        {
            if (name.Length == o.Name.Length && System.Text.Ascii.Equals(name, o.Name))
            {
                option = o;
                return true;
            }
        }
        option = default;
        return false;
    }

    /// <summary>The name of the option that sets <paramref name="kind"/>.</summary>
    public static string NameOf(ExtensionKind kind)
    {
        foreach (var o in All)
            if (o.Kind == kind)
                return o.Name;
        return kind.ToString();
    }

    /// <summary>What --help adds after net-tools' usage text.</summary>
    public static string HelpText()
    {
        var text = new System.Text.StringBuilder(Localization.Catalog.T("\nnetstat for .NET adds (full names only):\n"));
        foreach (var o in All)
        {
            string head = o.Argument switch
            {
                ExtensionArgument.Required => $"--{o.Name} {o.ValueName}",
                ExtensionArgument.Optional => $"--{o.Name} [{o.ValueName}]",
                _ => $"--{o.Name}",
            };
            text.Append("        ").Append(head.PadRight(25)).Append(head.Length >= 25 ? " " : "").Append(Localization.Catalog.T(o.Help)).Append('\n');
        }
        text.Append("        -c [SECONDS]             ").Append(Localization.Catalog.T("continuous listing every SECONDS (default 1)")).Append('\n');
        foreach (var (_, usage, help) in Commands)
            text.Append("  netstat ").Append(usage.PadRight(31)).Append(Localization.Catalog.T(help)).Append('\n');
        return text.ToString();
    }
}
