using System.Text;
using Xunit;

namespace NetStat.Tests.Support;

/// <summary>
/// Runs net-tools' netstat and ours on the same kernel state and demands identical stdout,
/// stderr and exit status. The expectation always comes from /usr/bin/netstat.
/// </summary>
public static class Diff
{
    /// <summary>Compares inside a namespace world.</summary>
    /// <param name="procfsOnly">Runs ours with NETSTAT_NO_NETLINK=1, so both kernel paths are proven.</param>
    /// <param name="env">Locale settings ("LANG=C.UTF-8") for both; with them, the locale variables of the test process are not passed on.</param>
    public static void AssertSame(NetnsWorld world, string args, string? asUser = null, Func<byte[], byte[]>? normalize = null, bool procfsOnly = false,
        IReadOnlyList<string>? env = null)
    {
        var expected = RunReference(world, args, env, asUser);
        var actual = RunOurs(world, args, env, asUser, procfsOnly);
        // A live world changes on its own (a TIME_WAIT socket expires 60 s after the world was
        // built): ours must equal net-tools' output taken just before it, or just after it.
        string shown = env is null ? args : string.Join(' ', env) + " " + args;
        if (Difference(shown, expected, actual, normalize) is not null && Difference(shown, RunReference(world, args, env, asUser), actual, normalize) is null)
            return;
        AssertEqual(shown, expected, actual, normalize);
    }

    /// <summary>net-tools' netstat in <paramref name="world"/>, started as "netstat", with <paramref name="env"/> added.</summary>
    public static RunResult RunReference(NetnsWorld world, string args, IReadOnlyList<string>? env = null, string? asUser = null) =>
        Run(world, ProgramDirs.Reference, args, env ?? [], env is not null, asUser);

    /// <summary>Our netstat in <paramref name="world"/>, started as "netstat", with <paramref name="env"/> added.</summary>
    public static RunResult RunOurs(NetnsWorld world, string args, IReadOnlyList<string>? env = null, string? asUser = null, bool procfsOnly = false) =>
        Run(world, ProgramDirs.Ours, args, [.. env ?? [], "NETSTAT_NO_NETLINK=" + (procfsOnly ? "1" : "0")], env is not null, asUser);

    private static readonly string[] LocaleVariables = ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANG", "-u", "LANGUAGE"];

    private static RunResult Run(NetnsWorld world, string dir, string args, IReadOnlyList<string> env, bool cleanLocale, string? asUser) =>
        world.Run("env", [.. cleanLocale ? LocaleVariables : [], "PATH=" + dir + ":/usr/sbin:/usr/bin:/sbin:/bin", .. env, "netstat", .. SplitArgs(args)], asUser: asUser);

    /// <summary>
    /// Compares on synthetic kernel files: <paramref name="procDir"/> is bind-mounted over /proc
    /// in a private mount namespace for both programs.
    /// </summary>
    /// <param name="netlink">Lets ours read sockets through netlink (which sees the live, empty namespace, not the files).</param>
    /// <param name="world">The namespace to run in (its links, hosts and networks files); a shared empty one by default.</param>
    public static void AssertSameOnProc(string procDir, string args, Func<byte[], byte[]>? normalize = null, bool netlink = false, NetnsWorld? world = null)
    {
        var expected = RunOnProc(procDir, Repo.ReferenceNetstat, args, world: world);
        var actual = RunOnProc(procDir, Repo.OurNetstat, args, netlink, world);
        AssertEqual(args, expected, actual, normalize);
    }

    /// <param name="env">Locale settings ("LANG=ja_JP.UTF-8") to run with instead of the test process's own.</param>
    public static RunResult RunOnProc(string procDir, string program, string args, bool netlink = false, NetnsWorld? world = null, IReadOnlyList<string>? env = null)
    {
        // Either netstat starts as plain "netstat" (argv[0] is in its messages); any other
        // program (timeout, a wrapper) runs as given.
        string command = program == Repo.OurNetstat ? $"PATH={ProgramDirs.Ours}:$PATH exec netstat"
            : program == Repo.ReferenceNetstat ? $"PATH={ProgramDirs.Reference}:$PATH exec netstat"
            : $"exec {program}";
        // Inside a namespace world: its files-only resolver answers at once, where the host's
        // resolver would wait for DNS on every address of a generated table.
        return ProcessRunner.Run("ip", ["netns", "exec", (world ?? ProcWorld.Value).Name, "unshare", "-m", "sh", "-c",
            $"mount --bind {NetnsWorld.Quote(procDir)} /proc && export NETSTAT_NO_NETLINK={(netlink ? 0 : 1)}; {Locale(env)}{command} {args}"]);
    }

    private static string Locale(IReadOnlyList<string>? env)
    {
        if (env is null)
            return "";
        var text = new StringBuilder("unset LC_ALL LC_MESSAGES LANG LANGUAGE; ");
        foreach (var assignment in env)
            text.Append("export ").Append(NetnsWorld.Quote(assignment)).Append("; ");
        return text.ToString();
    }

    private static readonly Lazy<NetnsWorld> ProcWorld = new(() =>
    {
        var world = new NetnsWorld();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => world.Dispose();
        return world;
    });

    /// <summary>
    /// Both programs are started as plain "netstat" (argv[0] appears in getopt's messages), each from a
    /// directory holding a symbolic link of that name.
    /// </summary>
    private static class ProgramDirs
    {
        public static readonly string Reference = Make("ref", Repo.ReferenceNetstat);
        public static readonly string Ours = Make("ours", Repo.OurNetstat);

        private static string Make(string which, string target)
        {
            var dir = Path.Combine(Path.GetTempPath(), $"netstat-{which}-{Environment.ProcessId}");
            Directory.CreateDirectory(dir);
            var link = Path.Combine(dir, "netstat");
            // Made anew: a directory left by an earlier test run whose process had the same ID
            // would otherwise run that run's netstat (another worktree's, or an older build).
            File.Delete(link);
            File.CreateSymbolicLink(link, target);
            return dir;
        }
    }

    public static void AssertEqual(string args, RunResult expected, RunResult actual, Func<byte[], byte[]>? normalize = null)
    {
        if (Difference(args, expected, actual, normalize) is { } difference)
            Assert.Fail(difference);
    }

    /// <summary>
    /// Where two runs differ: stdout (after <paramref name="normalize"/>), then stderr, then the exit
    /// status, described for 'netstat <paramref name="args"/>'; null when they are the same.
    /// </summary>
    public static string? Difference(string args, RunResult expected, RunResult actual, Func<byte[], byte[]>? normalize = null)
    {
        normalize ??= b => b;
        var eo = normalize(expected.Stdout);
        var ao = normalize(actual.Stdout);
        if (!eo.AsSpan().SequenceEqual(ao))
            return $"stdout differs for 'netstat {args}':\n{FirstDifference(eo, ao)}";
        if (!expected.Stderr.AsSpan().SequenceEqual(actual.Stderr))
            return $"stderr differs for 'netstat {args}':\n{FirstDifference(expected.Stderr, actual.Stderr)}";
        if (expected.ExitCode != actual.ExitCode)
            return $"exit status for 'netstat {args}': net-tools {expected.ExitCode}, ours {actual.ExitCode}";
        return null;
    }

    /// <summary>
    /// Masks the seconds of -o timers ("keepalive (7197.79/0/0)"): they count down between the
    /// two runs. Applied to both outputs alike; the layout around them is still compared.
    /// </summary>
    public static byte[] MaskTimers(byte[] output) =>
        Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(
            Encoding.UTF8.GetString(output), @"\((\d+)\.(\d\d)/", m => "(" + new string('9', m.Groups[1].Length) + ".99/"));

    /// <summary>No normalization: the outputs must be identical as they are.</summary>
    public static byte[] MaskNothing(byte[] output) => output;

    public static string[] SplitArgs(string args) => args.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<none>";
            var al = i < a.Length ? a[i] : "<none>";
            if (el != al)
                return $"line {i + 1}:\n  net-tools: [{el}]\n  ours:      [{al}]\n(net-tools {e.Length} lines, ours {a.Length})";
        }
        return "(same lines, different bytes)";
    }
}
