using System.Text;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Modes;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Query;
using NetStat.Text;

namespace NetStat.Cli;

/// <summary>Parses the command line and runs the selected mode, as net-tools' main() dispatches.</summary>
internal sealed class NetstatCommand(StandardStreams streams)
{
    /// <summary>Where the kernel tables are read (tests substitute captured files).</summary>
    public ProcPaths Proc { get; init; } = ProcPaths.Default;

    /// <summary>Runs with <paramref name="args"/> as the words after "netstat" (their UTF-8 bytes).</summary>
    public int Run(IReadOnlyList<string> args) => Run(RawArguments.FromStrings(args));

    public int Run(RawArguments args)
    {
        var parser = new OptionParser(streams);
        var options = parser.Parse(args);
        if (parser.ExitCode is int code)
            return code;

        // Our own commands and modes first: none of them exists in net-tools.
        switch (options.Ext.Command)
        {
            case "completions": return ModeRegistry.Completions(options, streams);
            case "serve": return ModeRegistry.Serve(options, streams, Proc);
        }
        if (options.Ext.Explain)
            return ModeRegistry.Explain(options, streams, Proc);
        // Once for every -c loop, the metrics' textfile refresh included.
        if (!IntervalOption.TryParse(options.Ext.Interval, out options.Ext.IntervalTime, out string? intervalError))
            return Fail(intervalError!);
        if (options.Ext.Prometheus || options.Ext.PrometheusTextfile is not null)
            return ModeRegistry.Prometheus(options, streams, Proc);
        if (ModeRegistry.Unavailable(options, streams) is int unavailable)
            return unavailable;
        if (ChangesProblem(options) is string changesError)
            return Fail(changesError);
        // Once, before any namespace is entered: one error line, and --user names resolved here.
        if (FilterProblem(options) is string filterError)
            return Fail(filterError);

        return InNamespaces(options);
    }

    private static string? ChangesProblem(NetstatOptions options)
    {
        if (!options.Ext.Changes)
            return null;
        if (options.Continuous == 0)
            return Localization.Catalog.T("netstat: --changes: needs -c (a continuous listing to compare)\n");
        if (options.Statistics + options.Route + options.Interfaces + options.Groups + options.Masquerade > 0)
            return Localization.Catalog.T("netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)\n");
        return null;
    }

    /// <summary>
    /// Reads --port, --state ... (in command-line order) into <see cref="ExtensionSettings.SocketFilter"/>.
    /// They select socket rows, so a mode without Internet or UNIX rows refuses them rather than
    /// ignoring them; a bad value is one line naming the option and the value.
    /// </summary>
    private static string? FilterProblem(NetstatOptions options)
    {
        var filters = options.Ext.Filters;
        if (filters.Count == 0)
            return null;
        bool socketRows = !options.ExplicitSelection || options.Tcp + options.Sctp + options.Udp + options.UdpLite + options.Raw + options.Families.Unix > 0;
        if (options.Statistics + options.Route + options.Interfaces + options.Masquerade > 0 || !socketRows)
            return Localization.Catalog.T("netstat: {0}: only socket listings can be filtered (not -r, -i, -s, -g alone or -M)\n", "--" + ExtensionOptions.NameOf(filters[0].Kind));
        var builder = new SocketFilterBuilder();
        foreach (var (kind, value) in filters)
        {
            try
            {
                builder.Add(FieldOf(kind), value);
            }
            catch (FilterValueException e)
            {
                return Localization.FilterMessages.Of("--" + ExtensionOptions.NameOf(kind), e);
            }
        }
        var filter = builder.Build();
        options.Ext.SocketFilter = filter.IsEverything ? null : filter;
        return null;
    }

    private static FilterField FieldOf(ExtensionKind kind) => kind switch
    {
        ExtensionKind.Port => FilterField.Port,
        ExtensionKind.SourcePort => FilterField.LocalPort,
        ExtensionKind.DestinationPort => FilterField.RemotePort,
        ExtensionKind.State => FilterField.State,
        ExtensionKind.Pid => FilterField.Pid,
        ExtensionKind.Program => FilterField.Program,
        ExtensionKind.User => FilterField.User,
        ExtensionKind.Address => FilterField.Address,
        ExtensionKind.Source => FilterField.LocalAddress,
        ExtensionKind.Destination => FilterField.RemoteAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// --netns and --netns-pid run everything inside that namespace (no heading: the output is
    /// net-tools' own there); --all-netns runs one section per namespace.
    /// </summary>
    private int InNamespaces(NetstatOptions options)
    {
        var ext = options.Ext;
        int chosen = NamespaceChoice.Count(ext);
        if (chosen == 0)
            return Dispatch(options, Proc);
        if (chosen > 1)
            return Fail(NamespaceChoice.Conflict);
        if (ext.AllNetns)
            return AllNamespaces(options);

        string option = NamespaceChoice.OptionOf(ext);
        NetworkNamespace ns;
        try
        {
            ns = NamespaceChoice.Open(ext);
        }
        catch (NetworkNamespaceException e)
        {
            // NamespaceChoice words its failures in the current language.
            return Fail($"netstat: {option}: {e.Message}\n");
        }
        using (ns)
        {
            RenderContext.Namespace = NamespaceLabel.Of(ns);
            try
            {
                return NamespaceChoice.Run(ns, paths => Dispatch(options, Proc == ProcPaths.Default ? paths : Proc));
            }
            catch (NetworkNamespaceException e)
            {
                return Fail($"netstat: {option}: {e.Message}\n");
            }
            finally
            {
                RenderContext.Namespace = null;
            }
        }
    }

    /// <summary>
    /// --all-netns: for each namespace a line "Network namespace NAME (inode N):" (or "of PID P"
    /// for one without a name), then net-tools' output inside it; sections are separated by an
    /// empty line. With -c every interval repeats the sections; a section whose pass fails drops
    /// out (net-tools would end there) and the status is the first failure's.
    /// </summary>
    private int AllNamespaces(NetstatOptions options)
    {
        if (options.Masquerade > 0)
            return Dispatch(options, Proc); // net-tools' refusal, once: no namespace has it
        var sections = NetworkNamespace.EnumerateAll().Select(ns => new NamespaceSection(ns, options, streams, SectionHeader(ns))).ToList();
        int status = 0;
        bool wroteSection = false;
        try
        {
            for (int round = 0; ; round++)
            {
                foreach (var section in sections)
                {
                    if (section.Finished)
                        continue;
                    var header = section.Header;
                    bool quiet = options.Ext.Changes && round > 0;
                    RenderContext.Namespace = section.Label;
                    int rc;
                    try
                    {
                        rc = NamespaceChoice.Run(section.Namespace, paths =>
                        {
                            // Only once inside: a namespace that cannot be entered gets no heading.
                            // Under --json each section is a document of its own whose records carry "netns".
                            if (!options.Ext.Json)
                            {
                                if (quiet)
                                {
                                    RenderContext.PendingSectionHeader = header;
                                }
                                else
                                {
                                    if (wroteSection)
                                        streams.Out.WriteByte((byte)'\n');
                                    streams.Out.Write(header);
                                    wroteSection = true;
                                }
                            }
                            return section.Pass(paths);
                        });
                    }
                    catch (NetworkNamespaceException e)
                    {
                        streams.Out.Flush();
                        Fail($"netstat: --all-netns: {e.Message}\n");
                        rc = 1;
                    }
                    finally
                    {
                        RenderContext.Namespace = null;
                        RenderContext.PendingSectionHeader = null;
                    }
                    if (rc != 0)
                    {
                        section.Finished = true;
                        if (status == 0)
                            status = rc;
                    }
                }
                if (options.Continuous == 0 || options.Statistics > 0 || sections.All(s => s.Finished))
                    return status;
                streams.Out.Flush();
                Thread.Sleep(options.Ext.IntervalTime);
            }
        }
        finally
        {
            foreach (var section in sections)
                section.Dispose();
        }
    }

    private static byte[] SectionHeader(NetworkNamespace ns) =>
        Encoding.UTF8.GetBytes(Localization.Catalog.T("Network namespace {0}:\n", Encoding.UTF8.GetString(SafeText.Escape(Encoding.UTF8.GetBytes(Localization.NamespaceMessages.Describe(ns))))));

    /// <summary>One line on stderr (names in it escaped like the tables'), status 1.</summary>
    private int Fail(string message)
    {
        streams.ErrorLine(message);
        return 1;
    }

    /// <summary>net-tools' own modes, in the order its main() tests them.</summary>
    private int Dispatch(NetstatOptions options, ProcPaths proc)
    {
        if (options.Masquerade > 0)
        {
            streams.Error.Write(Localization.Catalog.T("netstat: no support for `{0}' on this system.\n", "ip_masquerade"));
            return 1;
        }
        if (options.Statistics > 0)
            return ModeRegistry.Statistics(options, streams, proc);
        if (options.Route > 0)
            return Continuous(options, ModeRegistry.Routes(options, streams, proc));
        if (options.Interfaces > 0)
            return ModeRegistry.Interfaces(options, streams, proc);
        return Continuous(options, ModeRegistry.Sockets(options, streams, proc));
    }

    /// <summary>net-tools' -c loop: a pass, flush, a sleep (one second unless given), until a pass fails.</summary>
    private int Continuous(NetstatOptions options, Func<int> pass)
    {
        while (true)
        {
            int rc = pass();
            if (options.Continuous == 0 || rc != 0)
                return rc;
            streams.Out.Flush();
            Thread.Sleep(options.Ext.IntervalTime);
        }
    }
}
