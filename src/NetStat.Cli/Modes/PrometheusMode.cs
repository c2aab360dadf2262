using System.Text;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Metrics;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Text;

namespace NetStat.Cli.Modes;

/// <summary>
/// --prometheus (one snapshot on stdout) and --prometheus-textfile DIR (DIR/netstat.prom for
/// node_exporter's textfile collector, replaced atomically; with -c rewritten every interval).
/// Writing a file is this option's purpose: it is the one exception to netstat's rule of never
/// writing anything but stdout and stderr.
/// </summary>
internal sealed class PrometheusMode(NetstatOptions options, StandardStreams streams, MetricsCollector collector)
{
    /// <summary>The file node_exporter reads; it ignores names not ending in .prom, so the temporary file cannot be read half-written.</summary>
    public const string FileName = "netstat.prom";

    public int Run()
    {
        string? dir = options.Ext.PrometheusTextfile;
        if (dir is null)
        {
            if (options.Continuous > 0)
                return Fail(Catalog.T("netstat: -c needs --prometheus-textfile: the text format holds one snapshot"));
            byte[] snapshot;
            try
            {
                snapshot = collector.Collect(nodeSeries: true);
            }
            catch (Exception e) when (e is IOException or NetworkNamespaceException)
            {
                // Nothing on stdout: half a snapshot would read as sockets that are not there.
                return Fail($"netstat: --prometheus: {Reason(e)}");
            }
            streams.Out.Write(snapshot);
            return 0;
        }
        if (options.Ext.Prometheus)
            return Fail(Catalog.T("netstat: --prometheus and --prometheus-textfile: give one of them"));
        if (dir.Length == 0)
            return Fail(Catalog.T("netstat: --prometheus-textfile: empty directory name ''"));
        if (!Directory.Exists(dir))
            return Fail(Catalog.T("netstat: --prometheus-textfile: no such directory '{0}'", dir));

        string target = Path.Combine(dir, FileName);
        if (!TryWrite(dir, target))
            return 1;
        if (options.Continuous == 0)
            return 0;
        while (true)
        {
            Thread.Sleep(options.Ext.IntervalTime);
            // A failure later on (disk full, directory removed) is reported and retried: the
            // exporter keeps running, and node_exporter sees the file's age grow.
            TryWrite(dir, target);
        }
    }

    /// <summary>Writes a temporary file in the same directory, flushes it to disk, and renames it over the target (rename(2) is atomic).</summary>
    private bool TryWrite(string dir, string target)
    {
        string temp = Path.Combine(dir, $".{FileName}.{Environment.ProcessId}.tmp");
        byte[] bytes;
        try
        {
            bytes = collector.Collect(nodeSeries: false);
        }
        catch (Exception e) when (e is IOException or NetworkNamespaceException)
        {
            // Our own messages: the table or namespace that failed, with the system's error.
            Error(Catalog.T("netstat: --prometheus-textfile: cannot write '{0}': {1}", target, Reason(e)));
            return false;
        }
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            Error(Catalog.T("netstat: --prometheus-textfile: cannot write '{0}': {1}", target, Catalog.SystemError(ErrnoOf(e))));
            return false;
        }
    }

    /// <summary>
    /// Why a snapshot failed, in the current language. A namespace's failure is worded already
    /// (NamespaceChoice); a table's is the library's "path: error" with the errno as HResult,
    /// whose error part is translated (the path is data).
    /// </summary>
    private static string Reason(Exception e)
    {
        if (e is IOException { HResult: > 0 and < 4096 } io)
        {
            string english = ": " + Cli.Interop.Libc.StrError(io.HResult);
            if (io.Message.EndsWith(english, StringComparison.Ordinal))
                return string.Concat(io.Message.AsSpan(0, io.Message.Length - english.Length), ": ", Catalog.SystemError(io.HResult));
        }
        return e.Message;
    }

    /// <summary>
    /// The C library's text for a file error: the runtime's own messages are resource keys in
    /// this executable (UseSystemResourceKeys). An IOException of an errno carries it as HResult.
    /// </summary>
    private static int ErrnoOf(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => Cli.Interop.Libc.ENOENT,
        UnauthorizedAccessException => Cli.Interop.Libc.EACCES,
        PathTooLongException => 36, // ENAMETOOLONG
        IOException { HResult: > 0 and < 4096 } io => io.HResult,
        _ => 5, // EIO
    };

    private int Fail(string message)
    {
        Error(message);
        return 1;
    }

    /// <summary>One line on stderr; a namespace's or a file's name in it escaped as the tables escape names.</summary>
    private void Error(string message)
    {
        streams.ErrorLine(message);
    }
}
