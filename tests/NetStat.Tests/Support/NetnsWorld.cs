using System.Diagnostics;

namespace NetStat.Tests.Support;

/// <summary>
/// A private network namespace with loopback up and deterministic name resolution
/// (/etc/netns/NAME/{hosts,resolv.conf,nsswitch.conf}: files only, no DNS server is ever asked).
/// Helper processes started in it are killed, and the namespace deleted, on Dispose.
/// Only loopback and the documentation ranges (198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are used.
/// </summary>
public sealed class NetnsWorld : IDisposable
{
    private static int _counter;
    private readonly List<Process> _helpers = [];

    public string Name { get; }

    public const string DefaultHosts =
        "127.0.0.1\tlocalhost\n" +
        "::1\tlocalhost ip6-localhost ip6-loopback\n" +
        "ff02::1\tip6-allnodes\n" +
        "ff02::2\tip6-allrouters\n" +
        "198.51.100.1\tgw.example.net\n" +
        "198.51.100.2\tpeer-a.example.net\n" +
        "203.0.113.7\ta-really-long-hostname-for-truncation.example.com\n" +
        "2001:db8::1\tsix.example.net\n";

    public NetnsWorld(string? hosts = null)
    {
        Name = $"nst{Environment.ProcessId}x{Interlocked.Increment(ref _counter)}";
        var etc = $"/etc/netns/{Name}";
        Directory.CreateDirectory(etc);
        File.WriteAllText($"{etc}/hosts", hosts ?? DefaultHosts);
        File.WriteAllText($"{etc}/resolv.conf", "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
        File.WriteAllText($"{etc}/nsswitch.conf",
            "passwd: files\ngroup: files\nshadow: files\nhosts: files\nnetworks: files\nprotocols: files\nservices: files\n");
        ProcessRunner.Sh($"ip netns add {Name}");
        Exec("ip link set lo up");
        // No router solicitations or DAD chatter to move counters between two runs.
        Exec("sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0 || true");
    }

    /// <summary>Runs a shell command inside the namespace and returns its stdout; throws on failure.</summary>
    public string Exec(string command, TimeSpan? timeout = null) =>
        ProcessRunner.Sh($"ip netns exec {Name} sh -c {Quote(command)}", timeout);

    /// <summary>Runs a program inside the namespace, capturing raw output.</summary>
    public RunResult Run(string file, IEnumerable<string> args, TimeSpan? timeout = null, string? asUser = null)
    {
        var argv = new List<string> { "netns", "exec", Name };
        if (asUser is not null)
            argv.AddRange(["setpriv", $"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", "--"]);
        argv.Add(file);
        argv.AddRange(args);
        return ProcessRunner.Run("ip", argv, timeout);
    }

    /// <summary>
    /// Starts a long-running helper inside the namespace (for example a python3 script that opens
    /// sockets) and waits until it prints a line containing <paramref name="readyMarker"/>.
    /// </summary>
    public Process Spawn(string command, string readyMarker = "READY", TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "netns", "exec", Name, "sh", "-c", command })
            psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        _helpers.Add(p);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var lineTask = p.StandardOutput.ReadLineAsync();
            if (!lineTask.Wait(deadline - DateTime.UtcNow))
                break;
            var line = lineTask.Result;
            if (line is null)
                throw new InvalidOperationException($"helper exited early: {command}\n{p.StandardError.ReadToEnd()}");
            if (line.Contains(readyMarker))
                return p;
        }
        throw new TimeoutException($"helper not ready: {command}");
    }

    public static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    public void Dispose()
    {
        // Every process inside first, in one linear pass: Process.Kill(entireProcessTree) walks
        // all of /proc once per descendant, which never ends with 20,000 helper processes.
        ProcessRunner.Run("/bin/sh", ["-c", $"ip netns pids {Name} 2>/dev/null | xargs -r kill -9"]);
        foreach (var p in _helpers)
        {
            try
            {
                if (!p.HasExited)
                {
                    p.Kill();
                    p.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
            }
            p.Dispose();
        }
        // Anything started inside meanwhile would keep the namespace alive.
        ProcessRunner.Run("/bin/sh", ["-c", $"ip netns pids {Name} 2>/dev/null | xargs -r kill -9; ip netns del {Name}"]);
        try
        {
            Directory.Delete($"/etc/netns/{Name}", recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
