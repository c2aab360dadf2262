using System.Globalization;

namespace NetStat.Cli.Metrics;

/// <summary>Limits of the metrics, from the environment.</summary>
internal sealed class MetricsSettings
{
    /// <summary>Default most series per netstat_ family: generous for a server, small enough for Prometheus.</summary>
    public const int DefaultMaxSeries = 1000;

    /// <summary>The environment variable that overrides <see cref="DefaultMaxSeries"/>.</summary>
    public const string MaxSeriesVariable = "NETSTAT_METRICS_MAX_SERIES";

    /// <summary>Most series per family with per-socket labels (listeners, connections, queues).</summary>
    public int MaxSeries { get; private init; } = DefaultMaxSeries;

    /// <summary>Reads the settings; null with <paramref name="error"/> set when a value is invalid.</summary>
    public static MetricsSettings? FromEnvironment(out string? error)
    {
        error = null;
        string? text = Environment.GetEnvironmentVariable(MaxSeriesVariable);
        if (text is null)
            return new MetricsSettings();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int max) || max < 1)
        {
            error = Localization.Catalog.T("netstat: {0}: not a positive number '{1}'", MaxSeriesVariable, text);
            return null;
        }
        return new MetricsSettings { MaxSeries = max };
    }
}
