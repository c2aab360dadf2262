using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>Bad uses of the metrics options: one line on stderr, status 1, nothing on stdout, no file written.</summary>
public sealed class MetricsOptionTests
{
    public static TheoryData<string, string> BadCommandLines() => new()
    {
        { "--prometheus -c", "netstat: -c needs --prometheus-textfile: the text format holds one snapshot\n" },
        { "--prometheus --json", "netstat: --prometheus: --json is not supported with metrics\n" },
        { "--prometheus --port 80", "netstat: --prometheus: --port is not supported with metrics\n" },
        { "--prometheus --listen 127.0.0.1:1", "netstat: --prometheus: --listen is not supported with metrics\n" },
        { "--prometheus --prometheus-textfile /tmp", "netstat: --prometheus and --prometheus-textfile: give one of them\n" },
        { "--prometheus-textfile /nonexistent/dir", "netstat: --prometheus-textfile: no such directory '/nonexistent/dir'\n" },
        // A directory where no file can be made, even by root: the C library's words, not the runtime's resource keys.
        { "--prometheus-textfile /proc/sys", "netstat: --prometheus-textfile: cannot write '/proc/sys/netstat.prom': No such file or directory\n" },
        { "--prometheus-textfile /tmp -c 0", "netstat: -c: interval too short '0' (at least 0.001 seconds)\n" },
        { "--prometheus-textfile /tmp --continuous=abc", "netstat: -c: invalid interval 'abc' (a number of seconds, such as 0.5)\n" },
        // A value echoed back is escaped, as everywhere else.
        { "--prometheus-textfile /tmp --continuous=\u001b[31mx", "netstat: -c: invalid interval '\\x1b[31mx' (a number of seconds, such as 0.5)\n" },
        { "--prometheus-textfile /tmp -c 100000", "netstat: -c: interval too long '100000' (at most 86400 seconds)\n" },
        { "serve --listen localhost:9117", "netstat: --listen: not an ADDR:PORT (numeric address, port 1-65535) 'localhost:9117'\n" },
        { "serve --listen 127.0.0.1:0", "netstat: --listen: not an ADDR:PORT (numeric address, port 1-65535) '127.0.0.1:0'\n" },
        { "serve --listen ::1:9117", "netstat: --listen: not an ADDR:PORT (numeric address, port 1-65535) '::1:9117'\n" },
        { "serve --prometheus", "netstat: serve: --prometheus and --prometheus-textfile do not apply to serve\n" },
        { "--prometheus --netns x --all-netns", "netstat: --netns, --netns-pid and --all-netns cannot be combined\n" },
        { "serve --netns-pid 1 --netns x", "netstat: --netns, --netns-pid and --all-netns cannot be combined\n" },
        { "--prometheus --netns-pid abc", "netstat: --netns-pid: invalid process ID 'abc'\n" },
        { "serve --netns nst-there-is-no-such-namespace", "netstat: --netns: no such network namespace 'nst-there-is-no-such-namespace'\n" },
        { "--prometheus-textfile /tmp --netns-pid 2147483647", "netstat: --netns-pid: no such process '2147483647'\n" },
        { "--listen 127.0.0.1:9117", "netstat: --listen applies only to 'netstat serve'\n" },
        { "-an --listen 127.0.0.1:9117", "netstat: --listen applies only to 'netstat serve'\n" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadCommandLines))]
    public void RefusedWithOneLine(string args, string message)
    {
        Skip.If(!File.Exists(Repo.OurNetstat), "needs bin/netstat: run ./build.sh first");
        var r = ProcessRunner.Run(Repo.OurNetstat, Diff.SplitArgs(args), TimeSpan.FromSeconds(20));
        Assert.Equal(message, r.StderrText);
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.False(File.Exists("/tmp/netstat.prom"));
    }

    [SkippableFact]
    public void ABadSeriesLimitIsEchoedEscaped()
    {
        Skip.If(!File.Exists(Repo.OurNetstat), "needs bin/netstat: run ./build.sh first");
        var r = ProcessRunner.Run(Repo.OurNetstat, ["--prometheus"], TimeSpan.FromSeconds(20),
            env: new Dictionary<string, string> { ["NETSTAT_METRICS_MAX_SERIES"] = "1\u001b[31m" });
        Assert.Equal("netstat: NETSTAT_METRICS_MAX_SERIES: not a positive number '1\\x1b[31m'\n", r.StderrText);
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
    }

    [SkippableFact]
    public void ServeReportsAPortInUse()
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        using var world = new NetnsWorld();
        world.Spawn("exec /usr/bin/python3 -c 'import socket,sys,time; s=socket.socket(); s.bind((\"127.0.0.1\",9117)); s.listen(); print(\"READY\",flush=True); time.sleep(60)'");
        var r = world.Run(Repo.OurNetstat, ["serve"], TimeSpan.FromSeconds(20));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("netstat: serve: cannot listen on 127.0.0.1:9117: Address already in use\n", r.StderrText);
        var ja = world.Run("env", ["LANG=ja_JP.UTF-8", "LC_ALL=", Repo.OurNetstat, "serve"], TimeSpan.FromSeconds(20));
        Assert.Equal(1, ja.ExitCode);
        Assert.Equal("netstat: serve: 127.0.0.1:9117 で待ち受けできません: アドレスは既に使用中です\n", ja.StderrText);
    }

    /// <summary>
    /// A table that exists but cannot be read (a directory where /proc/net/tcp6 should be): its
    /// path and the C library's error, the error in Japanese under a Japanese locale.
    /// </summary>
    [SkippableFact]
    public void UnreadableTableIsOneLineInEitherLanguage()
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        var proc = Directory.CreateTempSubdirectory("netstat-metrics-proc-");
        var textfile = Directory.CreateTempSubdirectory("netstat-metrics-textfile-");
        try
        {
            Directory.CreateDirectory(Path.Combine(proc.FullName, "net", "tcp6"));
            var cases = new (string Env, string Args, string Line)[]
            {
                ("LC_ALL=C", "--prometheus", "netstat: --prometheus: /proc/net/tcp6: Is a directory"),
                ("LANG=ja_JP.UTF-8", "--prometheus", "netstat: --prometheus: /proc/net/tcp6: ディレクトリです"),
                ("LC_ALL=C", "--prometheus-textfile " + textfile.FullName,
                    $"netstat: --prometheus-textfile: cannot write '{textfile.FullName}/netstat.prom': /proc/net/tcp6: Is a directory"),
                ("LANG=ja_JP.UTF-8", "--prometheus-textfile " + textfile.FullName,
                    $"netstat: --prometheus-textfile: 書き込めません '{textfile.FullName}/netstat.prom': /proc/net/tcp6: ディレクトリです"),
            };
            foreach (var (env, args, line) in cases)
            {
                var r = Diff.RunOnProc(proc.FullName, Repo.OurNetstat, args, env: [env]);
                Assert.Equal(line + "\n", r.StderrText);
                Assert.Equal(1, r.ExitCode);
                Assert.Empty(r.Stdout);
            }
            Assert.Empty(Directory.GetFiles(textfile.FullName));
        }
        finally
        {
            proc.Delete(recursive: true);
            textfile.Delete(recursive: true);
        }
    }
}
