using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// A namespace with two veth pairs (one end named with the full 15 characters) and a process
/// holding IPv4 and IPv6 group memberships, two of them twice so that RefCnt is 2. The hosts
/// file names one group of each family.
/// </summary>
public sealed class GroupWorld : WorldFixture
{
    public const string LongName = "averylongname15";

    public GroupWorld()
        : base(NetnsWorld.DefaultHosts + "239.1.2.3\tgroup-one.example.net\nff15::1234\tsix-group.example.net\n", Populate)
    {
    }

    private static void Populate(NetnsWorld world)
    {
        world.Exec($"ip link add {LongName} type veth peer name gpeer0 && ip link add elevenchars type veth peer name g1 && " +
                   $"for l in {LongName} gpeer0 elevenchars g1; do ip link set $l up; done");
        // The solicited-node groups arrive with the link-local addresses once the carriers are
        // up; wait for all four so that nothing joins between the two programs' runs.
        world.Exec("for i in $(seq 100); do [ $(grep -c ff0200000000000000000001ff /proc/net/igmp6) -ge 4 ] && exit 0; sleep 0.1; done; exit 1");
        world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "groups.py")} " +
                    $"239.1.2.3@{LongName} 239.1.2.3@{LongName} 239.9.9.9@{LongName} 239.1.2.3@elevenchars 224.0.0.251@gpeer0 " +
                    $"ff15::1234@{LongName} ff15::1234@{LongName} ff15::5678@elevenchars ff02::1:3@gpeer0");
    }

    /// <summary>
    /// Runs <paramref name="program"/> inside the namespace (files-only name resolution, the
    /// world's hosts file) with <paramref name="procDir"/> mounted over /proc.
    /// </summary>
    public RunResult RunOnProc(string procDir, string program, string args) =>
        Diff.RunOnProc(procDir, program, args, world: World);
}

/// <summary>-g against the live kernel tables of the namespace.</summary>
public sealed class GroupTests(GroupWorld fixture) : IClassFixture<GroupWorld>
{
    public static TheoryData<string> Arguments() =>
    [
        "-g", "-gn", "-g -4", "-g -6", "-gW", "-g -A inet6", "-ga", "-gt", "-gx", "--groups", "-g --numeric-hosts",
        "-g --numeric-ports", "-gv", "-g -4 -6", "-g -A inet", "-g -A inet,inet6", "-gan", "-gl", "-gu -6", "-gw",
        "-gn -6", "-gne", "-g -x -4", "-gtu --numeric", "--groups --inet6",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetTools(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args);
    }

    [SkippableFact]
    public void TheWorldHoldsWhatTheTestsAreAbout()
    {
        // Guards the comparisons above against comparing two empty tables.
        fixture.SkipIfUnavailable();
        var text = fixture.World.Run(Repo.ReferenceNetstat, ["-g"]).StdoutText;
        Assert.Contains($"{GroupWorld.LongName} 2      group-one.example.net\n", text);
        Assert.Contains($"{GroupWorld.LongName} 2      six-group.example.net\n", text);
        Assert.Contains("elevenchars     1      group-one.example.net\n", text);
        Assert.Contains("gpeer0          1      ff02::1:3\n", text);
    }
}

/// <summary>-g on synthetic /proc/net/igmp and igmp6 files: net-tools' parsing of odd input.</summary>
public sealed class GroupFileTests(GroupWorld fixture) : IClassFixture<GroupWorld>
{
    private const string IgmpHeader = "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n";

    /// <summary>What the kernel writes, interface names of every length up to 15.</summary>
    private const string KernelIgmp = IgmpHeader +
        "1\tlo        :     1      V3\n" +
        "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
        "2\ta         :     2      V2\n" +
        "\t\t\t\t030201EF     2 1:0000003C\t\t1\n" +
        "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
        "3\televenchars:     1      V3\n" +
        "\t\t\t\t090909EF     1 0:00000000\t\t0\n" +
        "4\tfourteenchars1:     1      V1\n" +
        "\t\t\t\tFB0000E0     1 0:00000000\t\t0\n" +
        "5\taverylongname15:     3      V3\n" +
        "\t\t\t\t030201EF     2 0:00000000\t\t0\n" +
        "\t\t\t\t07000000     1 0:00000000\t\t0\n" +
        "\t\t\t\t00000000     1 0:00000000\t\t0\n";

    private const string KernelIgmp6 =
        "1    lo              ff020000000000000000000000000001     1 0000000C 0\n" +
        "1    lo              ff010000000000000000000000000001     1 00000008 0\n" +
        "5    averylongname15 ff150000000000000000000000001234     2 00000004 0\n" +
        "5    averylongname15 ff0200000000000000000001ff39811d     1 00000007 37\n" +
        "3    elevenchars     00000000000000000000ffffc6336401     1 00000004 0\n" +
        "3    elevenchars     00000000000000000000000000000000     1 00000004 0\n" +
        "3    elevenchars     000000000000000000000000cb007107     1 00000004 0\n";

    public static TheoryData<string, string?, string?> Cases()
    {
        var data = new TheoryData<string, string?, string?>();
        void Add(string name, string? igmp, string? igmp6) => data.Add(name, igmp, igmp6);

        Add("kernel", KernelIgmp, KernelIgmp6);
        Add("bogus lines", IgmpHeader +
            "1\tlo        :     1      V3\n" +
            "\t\t\t\t010000E0\n" +                        // no users
            "\t\t\t\tXYZ 1\n" +                            // no hex group
            "\t\t\t\t\n" +                                 // nothing at all
            "x\tlo        :     1      V3\n" +             // no index
            "\n" +
            "3\n" +                                        // index only
            "\t\t\t\t030201EF     - 0:00000000\t\t0\n" +  // sign without digits
            "\t\t\t\t1 4\n",                               // a one-digit group
            "1    lo              ff020000000000000000000000000001\n" +
            "x    lo              ff020000000000000000000000000001     1 0000000C 0\n" +
            "2    eth0            zz020000000000000000000000000001     1 0000000C 0\n" +
            "\n" +
            "3\n" +
            "4    eth0            ff020000000000000000000000000001     1 0000000C 0\n");
        Add("long device names", IgmpHeader +
            "7\tmuchlongerthanfifteen:     1      V3\n" +      // cut to 15, no ':' left
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
            "8\tname:with:colons:     1      V3\n" +           // cut at the last ':' of the 15
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n",
            "7    muchlongerthanfifteen ff020000000000000000000000000001     1 0000000C 0\n" +
            "8    exactlyfifteen1 ff020000000000000000000000000001     1 0000000C 0\n" +
            "9    sixteencharacter ff020000000000000000000000000001     1 0000000C 0\n" +
            "9    sixteencharacte1234 ff020000000000000000000000000001     1 0000000C 0\n");
        Add("stale device bytes", IgmpHeader +
            "1\tabcdefghijklmnopq\n" +
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
            "2\txy\0 the rest is after a NUL\n" +            // only "xy" is copied over the old name
            "\t\t\t\t020000E0     1 0:00000000\t\t0\n" +
            "3\tk:\0\n" +                                     // the ':' ends the name early
            "\t\t\t\t030000E0     1 0:00000000\t\t0\n" +
            "4\tlmnop\0\n" +
            "\t\t\t\t040000E0     1 0:00000000\t\t0\n",
            // igmp6 writes the same buffer: "%15s" ends the name with a NUL.
            "5    q               ff020000000000000000000000000001     1 0000000C 0\n");
        Add("igmp6 names are left in the buffer for igmp", null, null);
        Add("old igmp header without Idx", "Device    : Count Querier\tGroup    Users Timer\tReporter\n" +
            "lo        :     1      V3\n" +
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n" +
            "averylongname15:     3      V3\n" +
            "\t\t\t\t030201EF     2 0:00000000\t\t0\n",
            KernelIgmp6);
        // The IPv6 words net-tools does not assign keep the previous line's values, except
        // right after the process's first line, where the dynamic linker's first resolution
        // of feof() overwrites them with its own stack: no short address on line 1.
        Add("igmp without a header line is read as igmp6", "1 lo ff020000000000000000000000000001 3\n" +
            "2 eth0 ff0200000000000000000001ff39811d 7\n" +
            "3 eth0 ff15 4\n" +                              // the missing words keep the last line's
            "3 eth1 12345678123456781234567812345678ABCD 5\n" +
            "\t\t\t\t010000E0     1 0:00000000\t\t0\n",
            KernelIgmp6);
        Add("igmp6 with a Device header is read as igmp", IgmpHeader + "1\tlo        :     1      V3\n\t\t\t\t010000E0     1 0:00000000\t\t0\n",
            "Idx Device\n" +
            "2\tvia-igmp6:\n" +
            "\t\t\t\t030201EF 6 0:00000000\t\t0\n" +
            "1    lo              ff020000000000000000000000000001     1 0000000C 0\n");
        Add("empty files", "", "");
        Add("header only", IgmpHeader, "");
        Add("no trailing newline", IgmpHeader + "1\tlo        :     1      V3\n\t\t\t\t010000E0     1 0:00000000\t\t0",
            "1    lo              ff020000000000000000000000000001     1 0000000C 0");
        Add("numbers", IgmpHeader +
            "1\tlo        :     1      V3\n" +
            "\t\t\t\t010000E0 2147483647\n" +
            "\t\t\t\t010000E0 2147483648\n" +
            "\t\t\t\t010000E0 99999999999\n" +
            "\t\t\t\t010000E0 -2147483649\n" +
            "\t\t\t\t010000E0 99999999999999999999999\n" +
            "\t\t\t\t010000E0 -99999999999999999999999\n" +
            "\t\t\t\t010000E0 +12\n" +
            "\t\t\t\t123456789 3\n" +                         // nine digits: "%8[" stops at eight
            "\t\t\t\t0a0b0c0d 3\n" +
            "\t \t010000E0 3\n",
            "1    lo              ff020000000000000000000000000001 -1 0000000C 0\n" +
            "1    lo              ff020000000000000000000000000001 4294967297 0000000C 0\n" +
            "1    lo              ff020000000000000000000000000001 -9223372036854775809 0000000C 0\n");
        Add("a line longer than fgets' buffer", IgmpHeader +
            "1\tlo        :     1      V3\n" +
            "\t\t\t\t010000E0 1 " + new string('x', 8200) + "\n" +   // the rest arrives as a device line
            "\t\t\t\t030201EF     2 0:00000000\t\t0\n" +
            "2\tb         :     1      V3\n" +
            "\t\t\t\t010000E0 1" + new string(' ', 8180) + "\n" +    // split right before the newline
            "\t\t\t\t020000E0 1\n",
            "1    lo              ff020000000000000000000000000001     1 0000000C 0" + new string(' ', 8200) + "\n" +
            "2    b               ff020000000000000000000000000001     1 0000000C 0\n");
        Add("missing igmp", null, KernelIgmp6);
        Add("missing igmp6", KernelIgmp, null);
        Add("both missing", null, null);
        return data;
    }

    public static TheoryData<string, string> CasesWithArguments()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Cases())
        {
            var name = (string)row[0];
            foreach (var args in new[] { "-g", "-g -4", "-g -6", "-gv" })
                data.Add(name, args);
        }
        return data;
    }

    private static string Build(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"groups-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(dir, "net"));
        foreach (var row in Cases())
        {
            if ((string)row[0] != name)
                continue;
            if (row[1] is string igmp)
                File.WriteAllBytes(Path.Combine(dir, "net", "igmp"), Encoding.Latin1.GetBytes(igmp));
            if (row[2] is string igmp6)
                File.WriteAllBytes(Path.Combine(dir, "net", "igmp6"), Encoding.Latin1.GetBytes(igmp6));
        }
        if (name == "igmp6 names are left in the buffer for igmp")
        {
            // Only with both files read in one process: "%15s" of igmp6 fills the buffer, and
            // the next -c pass's igmp would show it; here igmp comes first, so the igmp6 name of
            // a bad line (written before the line is refused) stays for the following line.
            File.WriteAllBytes(Path.Combine(dir, "net", "igmp"), Encoding.Latin1.GetBytes(IgmpHeader + "1\tlo\0\n\t\t\t\t010000E0 1\n"));
            File.WriteAllBytes(Path.Combine(dir, "net", "igmp6"), Encoding.Latin1.GetBytes(
                "1 firstname ff020000000000000000000000000001 1\n2 badline\n3 x ff020000000000000000000000000001 1\n"));
        }
        return dir;
    }

    [SkippableTheory]
    [MemberData(nameof(CasesWithArguments))]
    public void SameAsNetTools(string name, string args)
    {
        fixture.SkipIfUnavailable();
        var dir = Build(name);
        try
        {
            var expected = fixture.RunOnProc(dir, Repo.ReferenceNetstat, args);
            var actual = fixture.RunOnProc(dir, Repo.OurNetstat, args);
            Diff.AssertEqual($"{args} [{name}]", expected, actual);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void SameAsNetToolsNumeric(string name, string? igmp, string? igmp6)
    {
        _ = (igmp, igmp6);
        // No name is looked up, so this may run outside the namespace.
        fixture.SkipIfUnavailable();
        var dir = Build(name);
        try
        {
            Diff.AssertSameOnProc(dir, "-gn");
            Diff.AssertSameOnProc(dir, "-g --numeric-hosts -A inet6");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [SkippableFact]
    public void UnreadableIgmpIsAnErrorOfItsOwn()
    {
        fixture.SkipIfUnavailable();
        var dir = Build("both missing");
        try
        {
            // ELOOP: perror and status 255, not "no support".
            File.CreateSymbolicLink(Path.Combine(dir, "net", "igmp"), "igmp");
            File.CreateSymbolicLink(Path.Combine(dir, "net", "igmp6"), "igmp6-loop");
            File.CreateSymbolicLink(Path.Combine(dir, "net", "igmp6-loop"), "igmp6");
            foreach (var args in new[] { "-g", "-g -4", "-g -6", "-gn" })
                Diff.AssertEqual(args, fixture.RunOnProc(dir, Repo.ReferenceNetstat, args), fixture.RunOnProc(dir, Repo.OurNetstat, args));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [SkippableFact]
    public void ContinuousPassesKeepNetToolsState()
    {
        // net-tools' igmp6 switch stays on after the first pass, so from the second pass on the
        // igmp lines are read in the igmp6 format (bogus warnings, garbage rows).
        fixture.SkipIfUnavailable();
        var dir = Build("kernel");
        try
        {
            var expected = Passes(fixture.RunOnProc(dir, "timeout", $"2.5 {Repo.ReferenceNetstat} -gc"));
            var actual = Passes(fixture.RunOnProc(dir, "timeout", $"2.5 {Repo.OurNetstat} -gc"));
            Assert.Equal(expected.Stdout, actual.Stdout);
            Assert.Equal(expected.Stderr, actual.Stderr);
            Assert.Contains("warning, got bogus igmp6 line", expected.Stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The first two passes (the third may or may not have started when time ran out).</summary>
    private static (string Stdout, string Stderr) Passes(RunResult run)
    {
        Assert.Equal(124, run.ExitCode);
        var passes = run.StdoutText.Split("IPv6/IPv4 Group Memberships\n");
        Assert.True(passes.Length >= 3, $"fewer than two passes:\n{run.StdoutText}");
        // The first pass warns of nothing; each later pass warns of the same lines.
        var warnings = run.StderrText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int perPass = warnings.Length / (passes.Length - 2);
        return (passes[1] + "|" + passes[2], string.Join('\n', warnings.Take(perPass)));
    }

    [SkippableFact]
    public void ControlCharactersInDeviceNamesAreEscaped()
    {
        // Deliberate difference: net-tools prints the bytes of its device buffer raw (here the
        // newline "%15c" took from a short line); we escape them as in every name we print.
        fixture.SkipIfUnavailable();
        var dir = Path.Combine(Path.GetTempPath(), $"groups-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(dir, "net"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "net", "igmp"), IgmpHeader + "1\tab\n\t\t\t\t010000E0 1\n2\tc\x1b[1m:\n\t\t\t\t010000E0 2\n");
            File.WriteAllText(Path.Combine(dir, "net", "igmp6"), "");
            var expected = fixture.RunOnProc(dir, Repo.ReferenceNetstat, "-gn");
            var actual = fixture.RunOnProc(dir, Repo.OurNetstat, "-gn");
            var raw = expected.StdoutText;
            Assert.Contains("\nab\n" + new string(' ', 12) + " 1      224.0.0.1\n", raw);
            Assert.Contains("\nc\x1b[1m" + new string(' ', 10) + " 2      224.0.0.1\n", raw);
            var escaped = raw
                .Replace("\nab\n" + new string(' ', 12), "\nab\\x0a" + new string(' ', 9))
                .Replace("\nc\x1b[1m" + new string(' ', 10), "\nc\\x1b[1m" + new string(' ', 7));
            Assert.Equal(escaped, actual.StdoutText);
            Assert.Equal(expected.StderrText, actual.StderrText);
            Assert.Equal(expected.ExitCode, actual.ExitCode);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
