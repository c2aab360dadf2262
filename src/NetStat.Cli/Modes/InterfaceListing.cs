using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Modes;

/// <summary>
/// The -i mode (net-tools' iface_info): the title once, then per pass the interfaces that are up
/// (all with -a), with net-tools' messages for listing problems and for an interface that cannot
/// be queried, which ends the run with status 1. Owns its -c loop because the title prints once.
/// </summary>
internal sealed class InterfaceListing(NetstatOptions options, StandardStreams streams, INetworkInterfaceSource source, IInterfaceRenderer renderer)
{
    private const int ENODEV = 19;

    public int Run()
    {
        if (Begin() is int failed)
            return failed;
        while (true)
        {
            int rc = Pass();
            if (options.Continuous == 0 || rc != 0)
                return rc;
            streams.Out.Flush();
            Thread.Sleep(options.Ext.IntervalTime);
        }
    }

    /// <summary>
    /// Opens the query socket (in the caller's network namespace) and prints the title, once per
    /// run; the exit status when no socket can be opened. <see cref="Pass"/> prints the rows.
    /// </summary>
    public int? Begin()
    {
        if (!source.TryConnect(out int errno))
        {
            streams.Error.Write(Catalog.T("No usable address families found.\n"));
            streams.Error.Write($"socket: {Catalog.SystemError(errno)}\n");
            return 1;
        }
        renderer.Title();
        return null;
    }

    /// <summary>One listing of the interfaces; the exit status. The renderer ends its pass even on failure (a JSON document stays closed).</summary>
    public int Pass()
    {
        try
        {
            return Rows();
        }
        finally
        {
            renderer.EndPass();
        }
    }

    private int Rows()
    {
        renderer.BeginPass();
        using var cursor = source.Open(new InterfaceQuery { IPv6Addresses = options.Extend >= 2 });
        foreach (var d in cursor.Diagnostics)
        {
            string reason = Catalog.SystemError(d.Errno);
            streams.Error.Write(d.Kind switch
            {
                InterfaceDiagnosticKind.DeviceTableUnreadable => Catalog.T("Warning: cannot open /proc/net/dev ({0}). Limited output.\n", reason),
                InterfaceDiagnosticKind.DeviceTableReadError => $"/proc/net/dev: {reason}\n",
                InterfaceDiagnosticKind.NoInetSocket => Catalog.T("warning: no inet socket available: {0}\n", reason),
                _ => $"SIOCGIFCONF: {reason}\n",
            });
        }
        if (cursor.ListError != 0)
            return Missing(cursor.ListError);
        bool all = options.All > 0;
        while (cursor.Next(out var iface) == ReadOutcome.Row)
        {
            if (iface.FetchError != 0)
            {
                string reason = iface.FetchError == ENODEV ? Catalog.T("Device not found") : Catalog.SystemError(iface.FetchError);
                var name = SafeText.Escape(iface.Name.Span);
                var tail = System.Text.Encoding.UTF8.GetBytes(Catalog.T(": error fetching interface information: {0}\n", reason));
                streams.Error.Write([.. name, .. tail]);
                return Missing(iface.FetchError);
            }
            if ((iface.Flags & InterfaceFlags.Up) != 0 || all)
                renderer.Interface(iface);
        }
        return 0;
    }

    private int Missing(int errno)
    {
        streams.Error.Write(Catalog.T("missing interface information: {0}\n", Catalog.SystemError(errno)));
        return 1;
    }
}
