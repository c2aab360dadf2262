using NetStat.Cli.CommandLine;
using NetStat.Cli.Modes;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;

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

        if (options.Masquerade > 0)
        {
            streams.Error.Write("netstat: no support for `ip_masquerade' on this system.\n");
            return 1;
        }
        if (options.Statistics > 0)
            return Modes.ModeRegistry.Statistics(options, streams, Proc);
        if (options.Route > 0)
            return Continuous(options, Modes.ModeRegistry.Routes(options, streams, Proc));
        if (options.Interfaces > 0)
            return Modes.ModeRegistry.Interfaces(options, streams, Proc);

        var hosts = new HostNames();
        var endpoints = new EndpointText(options, new HostText(options, hosts), ServiceNames.Default);
        var renderer = new TextSocketRenderer(options, streams.Out, endpoints, new UserNames());
        var listing = new SocketListing(options, streams, new SocketTables(Proc), new ProcessScanner(Proc), renderer,
            options.Groups > 0 ? Modes.ModeRegistry.Groups(options, streams, Proc, hosts) : null);
        return Continuous(options, listing.RunPass);
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
