using System.Globalization;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// The interval of -c ("-c 0.5", "--continuous=2"): decimal seconds, no sign or exponent,
/// from one millisecond to one day. Without one, net-tools' one second.
/// </summary>
internal static class IntervalOption
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);
    public const double MaximumSeconds = 86400;

    /// <summary>Checks the interval given on the command line; the one-line message when it is bad.</summary>
    public static bool TryParse(string? text, out TimeSpan interval, out string? error)
    {
        interval = Default;
        error = null;
        if (text is null)
            return true;
        if (!IsDecimal(text) || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds))
        {
            error = Localization.Catalog.T("netstat: -c: invalid interval '{0}' (a number of seconds, such as 0.5)\n", text);
            return false;
        }
        // Rounded to whole milliseconds, which is what the sleep can do.
        double ms = Math.Round(seconds * 1000);
        if (ms < 1)
        {
            error = Localization.Catalog.T("netstat: -c: interval too short '{0}' (at least 0.001 seconds)\n", text);
            return false;
        }
        if (!double.IsFinite(seconds) || seconds > MaximumSeconds)
        {
            error = Localization.Catalog.T("netstat: -c: interval too long '{0}' (at most {1} seconds)\n", text, MaximumSeconds.ToString(CultureInfo.InvariantCulture));
            return false;
        }
        interval = TimeSpan.FromMilliseconds(ms);
        return true;
    }

    /// <summary>Digits with at most one '.', at least one digit: what "-c 0.5" accepts too.</summary>
    public static bool IsDecimal(ReadOnlySpan<char> text)
    {
        int digits = 0, dots = 0;
        foreach (char c in text)
        {
            if (c is >= '0' and <= '9') digits++;
            else if (c == '.' && dots++ == 0) { }
            else return false;
        }
        return digits > 0;
    }
}
