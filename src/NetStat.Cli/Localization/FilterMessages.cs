using NetStat.Query;

namespace NetStat.Cli.Localization;

/// <summary>
/// The line for a filter value the library refuses, in the current language: built from the
/// problem's kind, never from the library's English words, which stay its own.
/// </summary>
internal static class FilterMessages
{
    /// <summary>"netstat: --port: port out of range '70000'\n" for <paramref name="option"/> ("--port").</summary>
    public static string Of(string option, FilterValueException e) => e.Kind switch
    {
        FilterProblem.EmptyList => Catalog.T("netstat: {0}: empty list '{1}'\n", option, e.Value),
        FilterProblem.EmptyItemInList => Catalog.T("netstat: {0}: empty item in list '{1}'\n", option, e.Value),
        FilterProblem.PortOutOfRange => Catalog.T("netstat: {0}: port out of range '{1}'\n", option, e.Value),
        FilterProblem.PortRangeRunsBackwards => Catalog.T("netstat: {0}: port range runs backwards '{1}'\n", option, e.Value),
        FilterProblem.MalformedPortRange => Catalog.T("netstat: {0}: malformed port range '{1}'\n", option, e.Value),
        FilterProblem.UnknownService => Catalog.T("netstat: {0}: unknown service '{1}'\n", option, e.Value),
        FilterProblem.UnknownState => Catalog.T("netstat: {0}: unknown state '{1}'\n", option, e.Value),
        FilterProblem.NotAProcessId => Catalog.T("netstat: {0}: not a process id '{1}'\n", option, e.Value),
        FilterProblem.EmptyProgramName => Catalog.T("netstat: {0}: empty program name '{1}'\n", option, e.Value),
        FilterProblem.UserIdOutOfRange => Catalog.T("netstat: {0}: user id out of range '{1}'\n", option, e.Value),
        FilterProblem.UnknownUser => Catalog.T("netstat: {0}: unknown user '{1}'\n", option, e.Value),
        FilterProblem.MalformedIPv4Address => Catalog.T("netstat: {0}: malformed IPv4 address '{1}'\n", option, e.Value),
        FilterProblem.MalformedIPv6Address => Catalog.T("netstat: {0}: malformed IPv6 address '{1}'\n", option, e.Value),
        FilterProblem.MalformedPrefixLength => Catalog.T("netstat: {0}: malformed prefix length '{1}'\n", option, e.Value),
        FilterProblem.PrefixLengthAbove32 => Catalog.T("netstat: {0}: prefix length above 32 '{1}'\n", option, e.Value),
        FilterProblem.PrefixLengthAbove128 => Catalog.T("netstat: {0}: prefix length above 128 '{1}'\n", option, e.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "a filter problem without a message"),
    };
}
