using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// netstat -s --json: every counter of the kernel's files, not only those net-tools prints.
/// Without -A all four files (snmp, netstat, snmp6, sctp/snmp); with -A inet what the text reads
/// for IPv4 (snmp, netstat, sctp/snmp), with -A inet6 snmp6 and the Tcp table of snmp. Messages
/// go to stderr as text (the family message too, which net-tools prints on stdout, so that
/// stdout stays JSON); exit statuses are the text mode's.
/// </summary>
internal sealed class JsonStatisticsMode(NetstatOptions options, StandardStreams streams, ProtocolCounters counters, JsonStatisticsRenderer renderer)
{
    public int Run()
    {
        string family = options.Families.List;
        if (family.Length != 0 && family != "inet" && family != "inet6")
        {
            streams.Error.Write(Catalog.T("netstat: No statistics support for specified address family: {0}\n", family));
            return 1;
        }
        if (family is "" or "inet")
        {
            if (!Render(CounterFile.Snmp, "/proc/net/snmp", mustOpen: true, reportMalformed: true, onlyTcp: false))
                return Done();
            Render(CounterFile.Netstat, "/proc/net/netstat", mustOpen: false, reportMalformed: true, onlyTcp: false);
        }
        if (family == "inet6")
        {
            // What the text reads for -A inet6, and like it, nothing more without snmp6.
            if (!Render(CounterFile.Snmp6, "/proc/net/snmp6", mustOpen: true, reportMalformed: false, onlyTcp: false))
                return Done();
            Render(CounterFile.Snmp, "/proc/net/snmp", mustOpen: true, reportMalformed: false, onlyTcp: true);
        }
        else if (family == "")
        {
            // Without -A snmp6 is an extra the text never reads: a kernel without IPv6 has none,
            // which is no error and must not cost the sctp counters.
            Render(CounterFile.Snmp6, "/proc/net/snmp6", mustOpen: false, reportMalformed: false, onlyTcp: false);
        }
        if (family is "" or "inet")
            Render(CounterFile.SctpSnmp, "/proc/net/sctp/snmp", mustOpen: false, reportMalformed: false, onlyTcp: false);
        return Done();
    }

    private int Done()
    {
        renderer.Write();
        return 0;
    }

    private bool Render(CounterFile which, string name, bool mustOpen, bool reportMalformed, bool onlyTcp)
    {
        var file = counters.Read(which);
        if (!file.Opened)
        {
            if (mustOpen)
                StatisticsMode.CannotOpen(streams, name, file.OpenErrno);
            return false;
        }
        StatisticsMode.Render(streams, renderer, file, name, reportMalformed, onlyTcp);
        return true;
    }
}
