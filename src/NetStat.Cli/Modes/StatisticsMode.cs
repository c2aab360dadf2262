using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// netstat -s: the protocol counters of /proc/net/snmp, netstat and sctp/snmp (IPv4, the
/// default) or of /proc/net/snmp6 and the Tcp table of /proc/net/snmp (IPv6), in net-tools'
/// order, with its messages. Exits 0 whatever was missing; 1 only for a family other than
/// exactly "inet" or "inet6".
/// </summary>
internal sealed class StatisticsMode(NetstatOptions options, StandardStreams streams, ProtocolCounters counters, IStatisticsRenderer renderer)
{
    public int Run()
    {
        string family = options.Families.List;
        if (family.Length == 0)
            family = "inet";
        if (family == "inet")
            RunInet();
        else if (family == "inet6")
            RunInet6();
        else
        {
            // On stdout, as net-tools prints it.
            streams.Out.Write(Catalog.T("netstat: No statistics support for specified address family: {0}\n", family));
            return 1;
        }
        return 0;
    }

    private void RunInet()
    {
        var snmp = counters.Read(CounterFile.Snmp);
        if (!snmp.Opened)
        {
            CannotOpen("/proc/net/snmp", snmp.OpenErrno);
            return;
        }
        Render(snmp, "/proc/net/snmp", reportMalformed: true, onlyTcp: false);

        // net-tools reads these two silently when they are missing (sctp/snmp needs the sctp module).
        var netstat = counters.Read(CounterFile.Netstat);
        if (netstat.Opened)
            Render(netstat, "/proc/net/netstat", reportMalformed: true, onlyTcp: false);
        var sctp = counters.Read(CounterFile.SctpSnmp);
        if (sctp.Opened)
            Render(sctp, "/proc/net/sctp/snmp", reportMalformed: false, onlyTcp: false);
    }

    private void RunInet6()
    {
        var snmp6 = counters.Read(CounterFile.Snmp6);
        if (!snmp6.Opened)
        {
            CannotOpen("/proc/net/snmp6", snmp6.OpenErrno);
            return;
        }
        Render(snmp6, "/proc/net/snmp6", reportMalformed: false, onlyTcp: false);

        // IPv6 TCP counters live in the IPv4 file's Tcp table. net-tools ignores a parse failure here.
        var snmp = counters.Read(CounterFile.Snmp);
        if (!snmp.Opened)
        {
            CannotOpen("/proc/net/snmp", snmp.OpenErrno);
            return;
        }
        Render(snmp, "/proc/net/snmp", reportMalformed: false, onlyTcp: true);
    }

    private void Render(CounterFileSnapshot file, string name, bool reportMalformed, bool onlyTcp) =>
        Render(streams, renderer, file, name, reportMalformed, onlyTcp);

    private void CannotOpen(string name, int errno) => CannotOpen(streams, name, errno);

    /// <summary>
    /// Hands a read file's tables to the renderer (only the Tcp ones with <paramref name="onlyTcp"/>)
    /// and reports, as net-tools does, a malformed line or a read error. The text and --json modes
    /// share it so their messages cannot drift apart. Messages name /proc/net/... literally, as
    /// net-tools does, whatever root the files come from.
    /// </summary>
    internal static void Render(StandardStreams streams, IStatisticsRenderer renderer, CounterFileSnapshot file, string name, bool reportMalformed, bool onlyTcp)
    {
        foreach (var table in file.Tables)
        {
            // net-tools' filter compares the first three characters: TcpExt would pass too.
            if (!onlyTcp || table.Name.StartsWith("Tcp", StringComparison.Ordinal))
                renderer.Table(table);
        }
        if (reportMalformed && file.StoppedAtMalformedLine)
            streams.Error.Write(Catalog.T("Problem while parsing {0}\n", name));
        if (file.ReadErrno != 0)
            streams.Error.Write($"{name}: {Catalog.SystemError(file.ReadErrno)}\n");
    }

    /// <summary>net-tools' message for a counter file it needs and cannot open.</summary>
    internal static void CannotOpen(StandardStreams streams, string name, int errno) =>
        streams.Error.Write(Catalog.T("cannot open {0}: {1}\n", name, Catalog.SystemError(errno)));
}
