using System.Diagnostics;
using NetStat.Tests.Support;

namespace NetStat.Tests.Metrics;

/// <summary>
/// A namespace for the metrics tests: one socket of every kind (sockets.py), hostile UNIX paths
/// and program name (hostile.py), a program name with a quote, a backslash and a newline, and
/// <see cref="ListenerCount"/> loopback listeners held by a program named <see cref="ListenerProgram"/>.
/// </summary>
public sealed class MetricsWorld : WorldFixture
{
    public const int ListenerCount = 6;
    public const int ListenerBase = 21000;
    public const string ListenerProgram = "mx-listeners";
    public const int WeirdPort = 7100;

    public MetricsWorld() : base(setup: Populate)
    {
    }

    public string Dir => DirOf(World);

    private static string DirOf(NetnsWorld world) => $"/tmp/{world.Name}-metrics";

    private static void Populate(NetnsWorld world)
    {
        var dir = DirOf(world);
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "sockets.py")} {dir}/s");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "hostile.py")} {dir}/h 3");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "weird_name.py")} {WeirdPort}");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "listeners.py")} {ListenerCount} {ListenerBase} {ListenerProgram}");
    }

    /// <summary>Our netstat inside the namespace; stdout as text.</summary>
    public RunResult Ours(params string[] args) => World.Run(Repo.OurNetstat, args);

    /// <summary>net-tools inside the namespace.</summary>
    public RunResult Reference(params string[] args) => World.Run(Repo.ReferenceNetstat, args);

    /// <summary>Our --prometheus output, parsed strictly.</summary>
    public Dictionary<string, Family> Metrics(string? env = null)
    {
        var r = env is null ? Ours("--prometheus") : World.Run("env", [env, Repo.OurNetstat, "--prometheus"]);
        Xunit.Assert.Equal("", r.StderrText);
        Xunit.Assert.Equal(0, r.ExitCode);
        return Exposition.Parse(r.StdoutText);
    }

    /// <summary>GET of a URL from inside the namespace: the status and the body.</summary>
    public (int Status, string Body) Get(string url)
    {
        var r = World.Run("/usr/bin/python3", [Repo.Fixture("worlds", "http_probe.py"), "get", url], TimeSpan.FromSeconds(30));
        var text = r.StdoutText;
        int nl = text.IndexOf('\n');
        Xunit.Assert.True(nl > 0, $"no answer from {url}: {r.StderrText}");
        return (int.Parse(text[..nl]), text[(nl + 1)..]);
    }

    /// <summary>Starts a helper and always ends it, even when the test fails.</summary>
    public static void WithHelper(Process helper, Action body)
    {
        try
        {
            body();
        }
        finally
        {
            try
            {
                if (!helper.HasExited)
                {
                    helper.Kill(entireProcessTree: true);
                    helper.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SkipReason is null)
            try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}
