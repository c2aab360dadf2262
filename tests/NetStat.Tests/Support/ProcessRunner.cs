using System.Diagnostics;

namespace NetStat.Tests.Support;

/// <summary>The bytes and status of one finished command.</summary>
public sealed record RunResult(byte[] Stdout, byte[] Stderr, int ExitCode)
{
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout);
    public string StderrText => System.Text.Encoding.UTF8.GetString(Stderr);
}

/// <summary>Runs commands with a time limit, capturing raw bytes (never decoded on the way).</summary>
public static class ProcessRunner
{
    public static RunResult Run(string file, IEnumerable<string> args, TimeSpan? timeout = null, IDictionary<string, string>? env = null, string? stdin = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C";
        psi.Environment["LANG"] = "C";
        if (env is not null)
            foreach (var (k, v) in env)
                psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        if (stdin is not null)
            p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var t1 = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        var t2 = p.StandardError.BaseStream.CopyToAsync(stderr);
        if (!p.WaitForExit((int)(timeout ?? TimeSpan.FromSeconds(60)).TotalMilliseconds))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in time");
        }
        Task.WaitAll(t1, t2);
        return new RunResult(stdout.ToArray(), stderr.ToArray(), p.ExitCode);
    }

    /// <summary>Runs a shell command line; throws with its output when it fails.</summary>
    public static string Sh(string command, TimeSpan? timeout = null)
    {
        var r = Run("/bin/sh", ["-c", command], timeout);
        if (r.ExitCode != 0)
            throw new InvalidOperationException($"command failed ({r.ExitCode}): {command}\n{r.StderrText}{r.StdoutText}");
        return r.StdoutText;
    }
}
