using NetStat.Cli.CommandLine;
using NetStat.Cli.Metrics;
using NetStat.Cli.Output;
using NetStat.Kernel;

namespace NetStat.Cli.Modes;

internal static partial class ModeRegistry
{
    /// <summary>--prometheus / --prometheus-textfile DIR: the metrics, once or every -c interval.</summary>
    public static int Prometheus(NetstatOptions options, StandardStreams streams, ProcPaths proc)
    {
        var collector = MetricsSetup(options, streams, proc, "--prometheus");
        return collector is null ? 1 : new PrometheusMode(options, streams, collector).Run();
    }

    /// <summary>
    /// The collector, or null after a one-line error: a bad limit in the environment, or one of
    /// our options the metrics do not honour yet (refused rather than silently ignored).
    /// </summary>
    private static MetricsCollector? MetricsSetup(NetstatOptions options, StandardStreams streams, ProcPaths proc, string mode)
    {
        var ext = options.Ext;
        string? unsupported = ext.Json ? "--json"
            : ext.Filters.Count > 0 ? "--" + ExtensionOptions.NameOf(ext.Filters[0].Kind)
            : ext.Netns is not null ? "--netns"
            : ext.NetnsPid is not null ? "--netns-pid"
            : ext.AllNetns ? "--all-netns"
            : ext.Changes ? "--changes"
            : ext.Explain ? "--explain"
            : ext.Listen is not null && ext.Command != "serve" ? "--listen"
            : null;
        if (unsupported is not null)
        {
            streams.Error.Write($"netstat: {mode}: {unsupported} is not supported with metrics\n");
            return null;
        }
        var settings = MetricsSettings.FromEnvironment(out string? error);
        if (settings is null)
        {
            streams.Error.Write(error + "\n");
            return null;
        }
        return new MetricsCollector(proc, settings);
    }
}
