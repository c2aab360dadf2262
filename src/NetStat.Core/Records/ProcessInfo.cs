namespace NetStat.Records;

/// <summary>A process holding a socket, as netstat -p names it.</summary>
public sealed class ProcessInfo(int pid, byte[] program)
{
    /// <summary>Process id.</summary>
    public int Pid { get; } = pid;

    /// <summary>
    /// Program name as net-tools derives it: argv[0] from /proc/PID/cmdline, reduced to the part
    /// after its last '/' when it starts with '/'. Raw bytes, possibly not UTF-8.
    /// </summary>
    public byte[] Program { get; } = program;

    private string? _programName;

    /// <summary>
    /// <see cref="Program"/> as text (UTF-8; bytes that are not UTF-8 become U+FFFD). Not escaped:
    /// a hostile process can put control characters in its name.
    /// </summary>
    public string ProgramName => _programName ??= System.Text.Encoding.UTF8.GetString(Program);

    /// <inheritdoc/>
    public override string ToString() => $"{Pid}/{ProgramName}";
}
