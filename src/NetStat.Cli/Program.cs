using NetStat.Cli;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;

var streams = StandardStreams.ForProcess();
// Worded before anything runs: out of memory, the catalog might not load any more.
string outOfMemory = Catalog.T("netstat: out of virtual memory\n");
int status;
try
{
    status = new NetstatCommand(streams).Run(RawArguments.ForProcess(args));
}
catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
{
    streams.Error.Write(outOfMemory);
    status = 2;
}
catch (Exception e)
{
    // Never a stack trace: one line that says what failed.
    streams.Out.Flush();
    streams.Error.Write(Catalog.T("netstat: internal error: {0}\n", e.Message));
    status = 1;
}
streams.Out.Flush();
return status;
