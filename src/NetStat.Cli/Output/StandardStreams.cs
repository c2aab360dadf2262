using NetStat.Cli.Interop;

namespace NetStat.Cli.Output;

/// <summary>
/// The program's two streams: stdout buffered in large blocks, stderr unbuffered (as C's stdio
/// has them). When stdout is a terminal it is flushed before stderr is written, so the two
/// interleave as a reader of net-tools' output would see them.
/// </summary>
internal sealed class StandardStreams
{
    public TextOutput Out { get; }
    public TextOutput Error { get; }

    public StandardStreams(TextOutput output, TextOutput error)
    {
        Out = output;
        Error = error;
    }

    /// <summary>
    /// One line of ours on stderr: whatever a user or the system put in it (a value, a name, a
    /// path) is escaped as the tables escape names, so it cannot drive the terminal.
    /// </summary>
    public void ErrorLine(string message)
    {
        Error.Write(NetStat.Text.SafeText.Escape(System.Text.Encoding.UTF8.GetBytes(message.TrimEnd('\n'))));
        Error.Write("\n"u8);
    }

    public static StandardStreams ForProcess()
    {
        var output = new TextOutput(1);
        var error = new TextOutput(2, unbuffered: true, capacity: 4096);
        if (Libc.IsATty(1) == 1)
            error.BeforeWrite = output.Flush;
        return new StandardStreams(output, error);
    }
}
