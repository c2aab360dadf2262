namespace NetStat.Query;

/// <summary>
/// What is wrong with a filter value: a stable kind a program can act on or word in its own
/// language (<see cref="FilterValueException.Problem"/> holds the English words).
/// </summary>
public enum FilterProblem
{
    /// <summary>The value is empty where a list was expected ("empty list").</summary>
    EmptyList,
    /// <summary>The list has an empty item, as in <c>22,,80</c> ("empty item in list").</summary>
    EmptyItemInList,
    /// <summary>A port number above 65535 ("port out of range").</summary>
    PortOutOfRange,
    /// <summary>A port range whose first port is above its last ("port range runs backwards").</summary>
    PortRangeRunsBackwards,
    /// <summary>Digits and dashes that are neither a port nor a range ("malformed port range").</summary>
    MalformedPortRange,
    /// <summary>A name that is no service or protocol of this machine ("unknown service").</summary>
    UnknownService,
    /// <summary>A name that is no socket state ("unknown state").</summary>
    UnknownState,
    /// <summary>Not a positive decimal process ID ("not a process id").</summary>
    NotAProcessId,
    /// <summary>An empty program name ("empty program name").</summary>
    EmptyProgramName,
    /// <summary>A numeric user ID beyond 32 bits, or the reserved (uid_t)-1 ("user id out of range").</summary>
    UserIdOutOfRange,
    /// <summary>A name the user database does not know ("unknown user").</summary>
    UnknownUser,
    /// <summary>Text that is no dotted-quad IPv4 address ("malformed IPv4 address").</summary>
    MalformedIPv4Address,
    /// <summary>Text (holding a colon) that is no IPv6 address ("malformed IPv6 address").</summary>
    MalformedIPv6Address,
    /// <summary>The text after '/' is not a decimal prefix length ("malformed prefix length").</summary>
    MalformedPrefixLength,
    /// <summary>An IPv4 prefix longer than 32 bits ("prefix length above 32").</summary>
    PrefixLengthAbove32,
    /// <summary>An IPv6 prefix longer than 128 bits ("prefix length above 128").</summary>
    PrefixLengthAbove128,
}
