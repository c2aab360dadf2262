using System.Globalization;
using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// Socket tables written by the test and bind-mounted over /proc for both programs: missing and
/// empty tables, malformed lines, and many generated rows that no live kernel would produce.
/// </summary>
public sealed class SyntheticProcTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"netstat-proc-{Guid.NewGuid():N}");
    private readonly string? _skip = Requirements.MissingForNamespaces;

    public SyntheticProcTests() => Directory.CreateDirectory(Path.Combine(_dir, "net"));

    public void Dispose() => Directory.Delete(_dir, true);

    private const string TcpHeader = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    private const string UnixHeader = "Num       RefCount Protocol Flags    Type St Inode Path\n";

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_dir, "net", name), content);

    private void WriteAllTables()
    {
        Write("tcp", TcpHeader + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1001 1 0000000000000000 100 0 0 10 0\n");
        Write("tcp6", TcpHeader + "   0: 00000000000000000000000001000000:1388 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1002 1 0000000000000000 100 0 0 10 0\n");
        Write("udp", TcpHeader + "   1: 00000000:0035 00000000:0000 07 00000000:00000340 00:00000000 00000000     0        0 1003 2 0000000000000000 0\n");
        Write("udp6", TcpHeader);
        Write("udplite", TcpHeader);
        Write("udplite6", TcpHeader);
        Write("raw", TcpHeader + "   1: 00000000:0001 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 1004 2 0000000000000000 0\n");
        Write("raw6", TcpHeader);
        Write("unix", UnixHeader + "0000000000000000: 00000002 00000000 00010000 0001 01  1005 /run/x.sock\n");
    }

    public static TheoryData<string, string> Missing() => new()
    {
        { "tcp", "" }, { "tcp", "-t" }, { "tcp", "-ta" }, { "tcp", "-tu" }, { "tcp", "-4" }, { "tcp", "-v" },
        { "tcp", "-tv" }, { "tcp", "-t6" }, { "tcp", "-a" }, { "tcp6", "-t" }, { "tcp6", "-6" },
        { "udp", "-u" }, { "udp", "-ua" }, { "udplite", "-U" }, { "raw", "-w" }, { "raw", "-wa" },
        { "unix", "-x" }, { "unix", "-t -x" }, { "unix", "" }, { "unix", "-v" }, { "unix", "-a" },
    };

    [SkippableTheory]
    [MemberData(nameof(Missing))]
    public void MissingTable(string file, string args)
    {
        Skip.If(_skip is not null, _skip);
        WriteAllTables();
        File.Delete(Path.Combine(_dir, "net", file));
        Diff.AssertSameOnProc(_dir, args);
    }

    /// <summary>With netlink on, a missing procfs table is still reported as net-tools reports it.</summary>
    [SkippableTheory]
    [MemberData(nameof(Missing))]
    public void MissingTableWithNetlink(string file, string args)
    {
        Skip.If(_skip is not null, _skip);
        foreach (var f in new[] { "tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6" })
            Write(f, TcpHeader);
        Write("unix", UnixHeader);
        File.Delete(Path.Combine(_dir, "net", file));
        Diff.AssertSameOnProc(_dir, args, netlink: true);
    }

    [SkippableTheory]
    [InlineData("-a")]
    [InlineData("-an")]
    [InlineData("-ae")]
    [InlineData("-aeo")]
    [InlineData("-x")]
    public void EmptyAndHeaderOnlyTables(string args)
    {
        Skip.If(_skip is not null, _skip);
        foreach (var f in new[] { "tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6", "unix" })
            Write(f, "");
        Diff.AssertSameOnProc(_dir, args);
        WriteAllTables();
        Write("tcp", TcpHeader);
        Write("unix", UnixHeader);
        Diff.AssertSameOnProc(_dir, args);
    }

    public static TheoryData<string> MalformedLines() =>
    [
        "garbage",
        "   0: 0100007F:1F90",
        "   0: 0100007G:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 ",
        "   0: 7F:50 0:0 01 FFFFFFFFFFFFFFFFFF:7 00:00000000 00000000 4294967295 -1 18446744073709551615",
        "   0: 0100007F:FFFFF 00000000:0000 06 00000000:00000000 03:0000FFFF 0000000A     0        0 0",
        "   0: 0100007F:0016 0200007F:D431 01 00000064:0000000C 02:000AFC4F 00000003  1000        7 4242 1 0",
        "   0: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000200007F:0050 01 0:0 0:0 0 0 0 5",
        "   0: 00000000000000000000000001000000:1F90 000000000000000000000000:0050 01 0:0 0:0 0 0 0 5",
        "\t0:\t0100007F:0050\t00000000:0000\t0A\t0:0\t0:0\t0\t0\t0\t9",
        "",
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 05:00000000 00000000     0        0 1 ",
    ];

    [SkippableTheory]
    [MemberData(nameof(MalformedLines))]
    public void MalformedLinesInEveryTable(string line)
    {
        Skip.If(_skip is not null, _skip);
        WriteAllTables();
        foreach (var f in new[] { "tcp", "udp", "raw", "tcp6" })
            Write(f, TcpHeader + line + "\n" + "   9: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 77 1\n");
        Diff.AssertSameOnProc(_dir, "-anoe");
        Diff.AssertSameOnProc(_dir, "-ao");
    }

    /// <summary>
    /// Lines that convert too few fields for the columns net-tools prints: it then prints whatever
    /// its stack held (uninitialised uid, timeout or inode), which no program can reproduce. Ours
    /// must still print the row (with zeros), in the same place, with the same warnings.
    /// </summary>
    public static TheoryData<string> TruncatedLines() =>
    [
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000",
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000",
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0",
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 ",
    ];

    [SkippableTheory]
    [MemberData(nameof(TruncatedLines))]
    public void TruncatedLinesKeepTheirRows(string line)
    {
        Skip.If(_skip is not null, _skip);
        WriteAllTables();
        foreach (var f in new[] { "tcp", "udp", "raw" })
            Write(f, TcpHeader + line + "\n");
        var expected = Diff.RunOnProc(_dir, Repo.ReferenceNetstat, "-anoe");
        var actual = Diff.RunOnProc(_dir, Repo.OurNetstat, "-anoe");
        Assert.Equal(expected.StderrText, actual.StderrText);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        var e = expected.StdoutText.Split('\n');
        var a = actual.StdoutText.Split('\n');
        Assert.Equal(e.Length, a.Length);
        for (int i = 0; i < e.Length; i++)
            Assert.Equal(e[i][..Math.Min(e[i].Length, 79)], a[i][..Math.Min(a[i].Length, 79)]);
    }

    /// <summary>
    /// A table that opens but cannot be read (a directory in its place): net-tools loops forever
    /// on it, so only ours runs; it names the file as perror would and stops like an open error.
    /// </summary>
    [SkippableTheory]
    [InlineData("tcp", "-at", "/proc/net/tcp: Is a directory\n")]
    [InlineData("tcp6", "-at", "/proc/net/tcp6: Is a directory\n")]
    [InlineData("unix", "-xa", "/proc/net/unix: Is a directory\n")]
    public void UnreadableTableIsOneLineNamingTheFile(string file, string args, string message)
    {
        Skip.If(_skip is not null, _skip);
        WriteAllTables();
        File.Delete(Path.Combine(_dir, "net", file));
        Directory.CreateDirectory(Path.Combine(_dir, "net", file));
        var ours = Diff.RunOnProc(_dir, Repo.OurNetstat, args);
        Assert.Equal(message, ours.StderrText);
        Assert.Equal(255, ours.ExitCode);
        Assert.DoesNotContain("Exception", ours.StdoutText);
    }

    public static TheoryData<string> MalformedUnixLines() =>
    [
        "garbage",
        "0000000000000000: 00000002 00000000 00010000 0001",
        "0000000000000000: 00000002 00000000 00010000 0001 01",
        "0000000000000000: 00000002 00000000 00010000 0001 01 ",
        "0000000000000000: 00000002 00000001 00070000 0009 07 123 /x",
        "0000000000000000: 00000003 00000000 00000000 0005 04 123 @abstract@@@",
        "0000000000000000: FFFFFFFFFFFFFFFFFFFF 00000000 00000000 0002 02 99999999999 /tmp/x",
        "",
    ];

    [SkippableTheory]
    [MemberData(nameof(MalformedUnixLines))]
    public void MalformedUnixLine(string line)
    {
        Skip.If(_skip is not null, _skip);
        WriteAllTables();
        Write("unix", UnixHeader + line + "\n" + "0000000000000000: 00000002 00000000 00000000 0002 01  1006\n");
        Diff.AssertSameOnProc(_dir, "-xa");
        Diff.AssertSameOnProc(_dir, "-x");
        Diff.AssertSameOnProc(_dir, "-xl");
    }

    /// <summary>Rows no live namespace would hold: every state, timer, odd queue sizes and addresses.</summary>
    [SkippableFact]
    public void GeneratedRows()
    {
        Skip.If(_skip is not null, _skip);
        var random = new Random(20261125);
        for (int round = 0; round < 4; round++)
        {
            WriteAllTables();
            foreach (var (file, v6) in new[] { ("tcp", false), ("tcp6", true), ("udp", false), ("udp6", true), ("udplite", false), ("raw", false), ("raw6", true) })
            {
                var sb = new StringBuilder(TcpHeader);
                for (int i = 0; i < 60; i++)
                    sb.Append(RandomRow(random, i, v6)).Append('\n');
                Write(file, sb.ToString());
            }
            var unix = new StringBuilder(UnixHeader);
            for (int i = 0; i < 40; i++)
                unix.Append(RandomUnixRow(random)).Append('\n');
            Write("unix", unix.ToString());
            foreach (var args in new[] { "-a", "-an", "-aeo", "-anWo", "-l", "-lnp", "", "-n", "-xa", "-W" })
                Diff.AssertSameOnProc(_dir, args, Diff.MaskNothing);
        }
    }

    private static string Hex32(Random r) => r.Next(4) switch
    {
        0 => "00000000",
        1 => "0100007F",
        2 => "0264A8C0",
        _ => r.Next().ToString("X8", CultureInfo.InvariantCulture),
    };

    private static string Address(Random r, bool v6)
    {
        if (!v6)
            return Hex32(r);
        return r.Next(5) switch
        {
            0 => "00000000000000000000000000000000",
            1 => "00000000000000000000000001000000",
            2 => "0000000000000000FFFF0000" + Hex32(r),
            3 => "B80D0120000000000000000001000000",
            _ => Hex32(r) + Hex32(r) + Hex32(r) + Hex32(r),
        };
    }

    private static string RandomRow(Random r, int slot, bool v6)
    {
        int[] ports = [0, 22, 53, 80, 443, 8080, 1, 65535, 5000];
        string Port() => ports[r.Next(ports.Length)].ToString("X4", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{slot,4}: {Address(r, v6)}:{Port()} {Address(r, v6)}:{Port()} {r.Next(1, 12):X2} {r.Next(0, 3) * r.Next(100000):X8}:{r.Next(0, 3) * r.Next(100000):X8} {r.Next(0, 6):X2}:{r.Next(0, 3) * r.Next(1000000):X8} {r.Next(0, 3):X8} {r.Next(0, 3) * 1000,5} {r.Next(0, 3),8} {r.Next(0, 2) * r.Next(1, 99999)} 1 0000000000000000 20 4 30 10 -1");
    }

    private static string RandomUnixRow(Random r)
    {
        string[] paths = ["", "/run/a.sock", "@abstract", "/var/run/dbus/system_bus_socket", "@@@x@@"];
        int[] flags = [0, 0x10000, 0x20000, 0x40000, 0x70000];
        return string.Create(CultureInfo.InvariantCulture,
            $"0000000000000000: {r.Next(1, 5):X8} 00000000 {flags[r.Next(flags.Length)]:X8} {r.Next(1, 7):X4} {r.Next(0, 6):X2} {r.Next(0, 999999),5} {paths[r.Next(paths.Length)]}").TrimEnd();
    }
}
