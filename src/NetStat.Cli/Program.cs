using NetStat.Cli;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;

var streams = StandardStreams.ForProcess();
int status;
try
{
    status = new NetstatCommand(streams).Run(RawArguments.ForProcess(args));
}
catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
{
    streams.Error.Write("netstat: out of virtual memory\n");
    status = 2;
}
catch (Exception e)
{
    // Never a stack trace: one line that says what failed.
    streams.Out.Flush();
    streams.Error.Write($"netstat: internal error: {e.Message}\n");
    status = 1;
}
streams.Out.Flush();
return status;
