using NetStat.Cli.CommandLine;
using NetStat.Cli.Modes;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli;

/// <summary>Parses the command line and runs the selected mode, as net-tools' main() dispatches.</summary>
internal sealed class NetstatCommand(StandardStreams streams)
{
    /// <summary>Where the kernel tables are read (tests substitute captured files).</summary>
    public ProcPaths Proc { get; init; } = ProcPaths.Default;

    public int Run(IReadOnlyList<string> args)
    {
        var parser = new OptionParser(streams, ProgramName.Get());
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
        if (options.Ext.Prometheus || options.Ext.PrometheusTextfile is not null)
            return ModeRegistry.Prometheus(options, streams, Proc);
        if (ModeRegistry.Unavailable(options, streams) is int unavailable)
            return unavailable;

        return Dispatch(options);
    }

    /// <summary>net-tools' own modes, in the order its main() tests them.</summary>
    private int Dispatch(NetstatOptions options)
    {
        if (options.Masquerade > 0)
        {
            streams.Error.Write(Localization.Catalog.T("netstat: no support for `{0}' on this system.\n", "ip_masquerade"));
            return 1;
        }
        if (options.Statistics > 0)
            return ModeRegistry.Statistics(options, streams, Proc);
        if (options.Route > 0)
            return Continuous(options, ModeRegistry.Routes(options, streams, Proc));
        if (options.Interfaces > 0)
            return ModeRegistry.Interfaces(options, streams, Proc);
        return Continuous(options, ModeRegistry.Sockets(options, streams, Proc));
    }

    /// <summary>net-tools' -c loop: a pass, flush, one second's sleep, until a pass fails.</summary>
    private int Continuous(NetstatOptions options, Func<int> pass)
    {
        while (true)
        {
            int rc = pass();
            if (options.Continuous == 0 || rc != 0)
                return rc;
            streams.Out.Flush();
            Thread.Sleep(1000);
        }
    }
}
