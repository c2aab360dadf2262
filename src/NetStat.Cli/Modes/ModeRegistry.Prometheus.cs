using System.Text;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Metrics;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Text;

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
            : ext.Changes ? "--changes"
            : ext.Explain ? "--explain"
            : ext.Listen is not null && ext.Command != "serve" ? "--listen"
            : null;
        if (unsupported is not null)
        {
            streams.Error.Write(Catalog.T("netstat: {0}: {1} is not supported with metrics\n", mode, unsupported));
            return null;
        }
        var settings = MetricsSettings.FromEnvironment(out string? error);
        if (settings is null)
        {
            streams.ErrorLine(error!);
            return null;
        }
        var scope = MetricsScopeOf(ext, out error);
        if (scope is null)
        {
            streams.ErrorLine(error!);
            return null;
        }
        return new MetricsCollector(proc, settings, scope);
    }

    /// <summary>
    /// The namespaces the metrics read, after opening and entering each once (so a bad name, a
    /// PID that is gone or a missing right is reported now, not at every scrape); null with the
    /// message otherwise.
    /// </summary>
    private static MetricsScope? MetricsScopeOf(ExtensionSettings ext, out string? error)
    {
        error = null;
        int chosen = NamespaceChoice.Count(ext);
        if (chosen > 1)
        {
            error = NamespaceChoice.Conflict;
            return null;
        }
        var scope = ext.AllNetns ? MetricsScope.Every
            : chosen == 1 ? MetricsScope.One(NamespaceChoice.OptionOf(ext), () => NamespaceChoice.Open(ext))
            : MetricsScope.Caller;
        error = scope.Check();
        return error is null ? scope : null;
    }
}
