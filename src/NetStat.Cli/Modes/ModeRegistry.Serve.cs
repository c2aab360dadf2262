using System.Globalization;
using System.Net;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Metrics;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>Where serve listens without --listen: loopback only, on a port apart from node_exporter's 9100.</summary>
    public const string DefaultListen = "127.0.0.1:9117";

    /// <summary>netstat serve [--listen ADDR:PORT]: the metrics at http://ADDR:PORT/metrics until killed.</summary>
    public static int Serve(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        if (options.Ext.Prometheus || options.Ext.PrometheusTextfile is not null)
        {
            streams.Error.Write(Catalog.T("netstat: serve: --prometheus and --prometheus-textfile do not apply to serve\n"));
            return 1;
        }
        string listen = options.Ext.Listen ?? DefaultListen;
        if (!TryParseListen(listen, out var endpoint))
        {
            streams.Error.Write(Catalog.T("netstat: --listen: not an ADDR:PORT (numeric address, port 1-65535) '{0}'\n", EchoedValue.Of(listen)));
            return 1;
        }
        var collector = MetricsSetup(options, streams, proc, "serve");
        if (collector is null)
            return 1;
        int listener = MetricsServer.Listen(endpoint, out string? error);
        if (listener < 0)
        {
            return CannotListen(error ?? "");
        }
        try
        {
            string shown = endpoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                ? $"[{endpoint.Address}]:{endpoint.Port}" : $"{endpoint.Address}:{endpoint.Port}";
            streams.Error.Write(Catalog.T("netstat: serving metrics at {0}\n", $"http://{shown}/metrics"));
            // Run returns only when the listening socket failed for good.
            return CannotListen(Catalog.SystemError(new MetricsServer(listener, () => collector.Collect(nodeSeries: true)).Run()));
        }
        finally
        {
            MetricsServer.Close(listener);
        }

        int CannotListen(string reason)
        {
            streams.Error.Write(Catalog.T("netstat: serve: cannot listen on {0}: {1}\n", listen, reason));
            return 1;
        }
    }

    /// <summary>"127.0.0.1:9117", "[::1]:9117", "0.0.0.0:9117": numeric addresses only, so no name service is asked.</summary>
    internal static bool TryParseListen(string text, out IPEndPoint endpoint)
    {
        endpoint = null!;
        int colon = text.LastIndexOf(':');
        if (colon <= 0)
            return false;
        string host = text[..colon], port = text[(colon + 1)..];
        if (host.StartsWith('['))
        {
            if (!host.EndsWith(']'))
                return false;
            host = host[1..^1];
            if (!host.Contains(':'))
                return false;
        }
        else if (host.Contains(':'))
        {
            return false;
        }
        if (!IPAddress.TryParse(host, out var address) || host.Contains('%'))
            return false;
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && host.Split('.').Length != 4)
            return false;
        if (port.Length is 0 or > 5 || !port.All(char.IsAsciiDigit)
            || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number is < 1 or > 65535)
            return false;
        endpoint = new IPEndPoint(address, number);
        return true;
    }
}
