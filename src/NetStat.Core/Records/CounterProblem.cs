namespace NetStat.Records;

/// <summary>
/// What was odd in a counter file. The kernel writes none of these except a negative value (Tcp
/// MaxConn is -1, "no limit"); truncated or synthetic files may have any.
/// </summary>
public enum CounterProblemKind : byte
{
    /// <summary>
    /// A header or value line of /proc/net/snmp or /proc/net/netstat has no ':'. Reading of the
    /// file stopped there, as net-tools stops ("Problem while parsing ...").
    /// </summary>
    MissingColon,
    /// <summary>The file ends with a header line that has no value line: the table was dropped.</summary>
    MissingValueLine,
    /// <summary>The header and value lines of a pair name different tables; the header's name was used.</summary>
    TitleMismatch,
    /// <summary>A counter has no value: 0 in the pair files; in /proc/net/snmp6 the previous line's value (net-tools' reading).</summary>
    MissingValue,
    /// <summary>A counter's value is not a decimal number: it reads as 0 (later values of the line may shift, as in net-tools).</summary>
    InvalidValue,
    /// <summary>A value is beyond 2^64-1 and reads as 18446744073709551615.</summary>
    ValueOutOfRange,
    /// <summary>A value is negative and wraps around 2^64 ("-1", the kernel's Tcp MaxConn, reads as 18446744073709551615).</summary>
    NegativeValue,
    /// <summary>A value line has more values than its header has names; the extra ones were ignored.</summary>
    ExtraValues,
    /// <summary>
    /// A line of /proc/net/snmp6 holds no name. net-tools repeats the previous counter for it (and so
    /// does this reader); on the first line it is skipped.
    /// </summary>
    BlankLine,
    /// <summary>A line of /proc/net/snmp6 or /proc/net/sctp/snmp is longer than 1023 bytes and was read in pieces, as net-tools reads it.</summary>
    LineTooLong,
    /// <summary>Reading the file failed (errno in <see cref="CounterProblem.Errno"/>); what was read before is kept.</summary>
    ReadError,
}

/// <summary>A problem met while reading a counter file; reading never throws, it reports these instead.</summary>
/// <param name="File">The file.</param>
/// <param name="Kind">What was wrong.</param>
/// <param name="Line">The 1-based line (0 when not tied to a line).</param>
/// <param name="Detail">The counter or table concerned, when there is one.</param>
/// <param name="Errno">The C errno for <see cref="CounterProblemKind.ReadError"/>, else 0.</param>
public sealed record CounterProblem(CounterFile File, CounterProblemKind Kind, int Line, string? Detail = null, int Errno = 0);
