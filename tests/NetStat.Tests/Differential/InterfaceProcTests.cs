using System.Globalization;
using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// A namespace whose interface names match the synthetic /proc/net/dev files below (lo, big0,
/// big1), plus the label big0:1 and a bridge nostat0 that the files do not list: the ioctls
/// still see the namespace's real interfaces, so names the kernel does not know make net-tools
/// stop with its error, and configured names the file lacks get "no statistics".
/// </summary>
public sealed class SyntheticProcWorld : IDisposable
{
    public NetnsWorld World { get; }
    public string? SkipReason { get; }
    public string Root { get; }

    public SyntheticProcWorld()
    {
        SkipReason = Requirements.MissingForNamespaces;
        World = SkipReason is null ? new NetnsWorld() : null!;
        Root = SkipReason is null ? $"/tmp/{World.Name}-proc" : "";
        if (SkipReason is not null)
            return;
        try
        {
            World.Exec("""
                set -e
                sysctl -qw net.ipv6.conf.default.disable_ipv6=1
                ip link add big0 address 02:00:00:00:01:00 type veth peer name big1 address 02:00:00:00:01:01
                ip addr add 198.51.100.1/24 brd + dev big0
                ip addr add 198.51.100.9/24 dev big0 label big0:1
                ip link set big0 up
                ip link add nostat0 type bridge mcast_snooping 0
                ip addr add 203.0.113.1/24 dev nostat0
                ip link set nostat0 up
                """);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>A fresh /proc stand-in holding <paramref name="files"/> (paths below it, such as "net/dev").</summary>
    public string MakeProc(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        string dir = Path.Combine(Root, name);
        if (Directory.Exists(dir))
            Directory.Delete(dir, true);
        Directory.CreateDirectory(Path.Combine(dir, "net"));
        foreach (var (path, content) in files)
            File.WriteAllBytes(Path.Combine(dir, path), content);
        return dir;
    }

    public void AssertSameOnProc(string procDir, string args)
    {
        Diff.AssertSameOnProc(procDir, args, world: World);
    }

    public void Dispose()
    {
        if (SkipReason is not null)
            return;
        World.Dispose();
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}

public sealed class InterfaceProcTests(SyntheticProcWorld fixture) : IClassFixture<SyntheticProcWorld>
{
    private const string Header3 =
        "Inter-|   Receive                                                |  Transmit\n" +
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
    private const string Header2 =
        "Inter-|   Receive                           |  Transmit\n" +
        " face |bytes    packets errs drop fifo frame|bytes    packets errs drop fifo colls carrier\n";
    private const string Header1 =
        "Inter-|   Receive                  |  Transmit\n" +
        " face |packets errs drop fifo frame|packets errs drop fifo colls carrier\n";

    // Byte counts around every unit boundary, the 64-bit limits, and texts strtoull treats specially.
    private static readonly string[] ByteCounts =
    [
        "0", "1", "1023", "1024", "1025", "1657", "10239", "1048576", "1048577", "5242880", "1073741824",
        "1073741825", "1099511627776", "1099511627777", "1125899906842624", "1125899906842625",
        "1152921504606846976", "1152921504606846977", "9223372036854775807", "9223372036854775808",
        "18446744073709551615", "18446744073709551616", "99999999999999999999", "-5", "+77", "1844674407370955161",
        "2305843009213693951", "11529215046068469760",
    ];

    private static string Line(string name, params string[] fields) =>
        $"{name,6}:" + string.Join(' ', fields) + "\n";

    private static string[] Fields(int count, string first, string second, string fill = "7") =>
        [first, .. Enumerable.Repeat(fill, 7), second, .. Enumerable.Repeat(fill, count - 9)];

    public static TheoryData<string> UnitCases()
    {
        var data = new TheoryData<string>();
        for (int i = 0; i < ByteCounts.Length; i += 6)
            data.Add(string.Join(',', ByteCounts.Skip(i).Take(6)));
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(UnitCases))]
    public void ByteUnitsAndHugeCounters(string counts)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var c = counts.Split(',').Concat(Enumerable.Repeat("0", 6)).ToArray();
        string dev = Header3
            + Line("lo", c[0], "18446744073709551615", "3", "4", "5", "6", "7", "8", c[1], "10", "11", "12", "13", "14", "15", "16")
            + Line("big0", c[2], "2", "18446744073709551615", "99999999999999999999", "123456", "0", "0", "0", c[3], "4294967296", "0", "0", "-1", "0", "0", "0")
            + Line("big1", c[4], "1", "1", "1", "1", "1", "1", "1", c[5], "1", "1", "1", "1", "1", "1", "1");
        string proc = fixture.MakeProc("units-" + counts.GetHashCode().ToString("x", CultureInfo.InvariantCulture), Files(dev));
        fixture.AssertSameOnProc(proc, "-ia");
        fixture.AssertSameOnProc(proc, "-iae");
    }

    public static TheoryData<string, string> DeviceFiles() => new()
    {
        { "layout2", Header2 + Line("lo", "100", "2", "3", "4", "5", "6", "200", "8", "9", "10", "11", "12", "13") + Line("big0", "5000", "6", "0", "0", "0", "0", "7000", "8", "0", "0", "0", "0", "0") + Line("big1", "1", "1") },
        { "layout1", Header1 + Line("lo", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11") + Line("big0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100", "110") + Line("big1", "x") },
        { "short-and-garbled", Header3 + Line("lo", "1", "2", "3") + Line("big0", "1", "2", "x", "4") + Line("big1") },
        { "duplicates", Header3 + Line("lo", Fields(16, "1", "2")) + Line("big0", Fields(16, "10", "20", "9")) + Line("big0", "30", "40", "41") + Line("big1", Fields(16, "1", "1")) + Line("lo", "5") },
        { "old-alias-line", Header3 + Line("lo", Fields(16, "1", "2")) + "big0:1: 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26\n" + Line("big0", Fields(16, "3", "4")) + "  big1:abc 1 2 3\n" },
        { "no-interfaces", Header3 },
        { "header-only-one-line", "Inter-|   Receive\n" },
        { "empty", "" },
        { "no-trailing-newline", Header3 + Line("lo", Fields(16, "1", "2")) + "  big0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16" },
        { "tabs-and-spaces", Header3 + "\tlo:\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\n" + "big0:1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" + Line("big1", Fields(16, "0", "0")) },
        { "nul-byte", Header3 + Line("lo", "1", "2", "3\0", "4", "5") + Line("big0", Fields(16, "1", "2")) },
        { "long-line-splits", Header3 + Line("lo", Fields(16, "1", "2")) + ("  big1: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16".PadRight(511) + "   big0: 500 600 700 800 900 1000 1100 1200 1300 1400 1500 1600 1700 1800 1900 2000\n") },
        { "unknown-device", Header3 + Line("lo", Fields(16, "1", "2")) + Line("big0", Fields(16, "3", "4")) + Line("ghost0", Fields(16, "5", "6")) + Line("zzz9", Fields(16, "7", "8")) },
        { "unknown-first", Header3 + Line("aaa", Fields(16, "1", "2")) + Line("lo", Fields(16, "1", "2")) },
        { "natural-order", Header3 + Line("lo", Fields(16, "1", "2")) + Line("big1", Fields(16, "1", "2")) + Line("big0", Fields(16, "1", "2")) },
    };

    [SkippableTheory]
    [MemberData(nameof(DeviceFiles))]
    public void DeviceTableVariants(string name, string dev)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        string proc = fixture.MakeProc(name, Files(dev));
        fixture.AssertSameOnProc(proc, "-ia");
        fixture.AssertSameOnProc(proc, "-iae");
        fixture.AssertSameOnProc(proc, "-i");
    }

    [SkippableFact]
    public void MissingDeviceTableWarnsAndListsConfiguredNames()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        string proc = fixture.MakeProc("no-dev", new Dictionary<string, byte[]>());
        fixture.AssertSameOnProc(proc, "-ia");
        fixture.AssertSameOnProc(proc, "-iae");
        string unreadable = fixture.MakeProc("dev-is-a-directory", new Dictionary<string, byte[]>());
        Directory.CreateDirectory(Path.Combine(unreadable, "net", "dev"));
        fixture.AssertSameOnProc(unreadable, "-i");
    }

    public static TheoryData<string, string> Inet6Files() => new()
    {
        {
            "scopes",
            "20010db8000000000000000000000001 03 40 00 80     big0\n" +
            "fe800000000000000000000000000001 03 40 20 80     big0\n" +
            "fec00000000000000000000000000001 03 40 40 80     big0\n" +
            "00000000000000000000000000000001 03 80 10 80     big0\n" +
            "000000000000000000000000c6336401 03 60 80 80     big0\n" +
            "000000000000000000000000c6336402 03 60 a0 80     big0\n" +
            "00000000000000000000ffffc6336407 03 60 00 80     big0\n" +
            "20010db8000000000000000000000002 03 40 30 80     big0\n" +
            "20010db8000000000000000000000003 03 40 05 80     big0\n" +
            "20010db8000000000000000000000004 03 00 f0 80     big0\n" +
            "20010db8000000000000000000000009 03 40 00 80   big0:1\n" +
            "20010db8000000000000000000000005 04 40 00 80     big1\n" +
            "00000000000000000000000000000001 01 80 10 80       lo\n"
        },
        {
            "garbled",
            "20010db8000000000000000000000001 03 40 00 80     big0\n" +
            "zzzz0db8000000000000000000000002 03 40 00 80     big0\n" +
            "20010db8000000000000000000000003 03 41\n" +
            "20010db8000000000000000000000004 0x3 -1 0x20 ff big1 extra\n" +
            "2001:db8:0000000000000000000000006 03 40 00 80 big0\n" +
            "200\n"
        },
        { "empty", "" },
    };

    [SkippableTheory]
    [MemberData(nameof(Inet6Files))]
    public void Inet6Variants(string name, string inet6)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        string dev = Header3 + Line("lo", Fields(16, "1", "2")) + Line("big0", Fields(16, "3", "4")) + Line("big1", Fields(16, "5", "6"));
        var files = Files(dev);
        files["net/if_inet6"] = Encoding.ASCII.GetBytes(inet6);
        string proc = fixture.MakeProc("inet6-" + name, files);
        fixture.AssertSameOnProc(proc, "-iae");
        fixture.AssertSameOnProc(proc, "-ie");
    }

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    /// <summary>Random counters (small, mid-range and near 2^64) in random layouts.</summary>
    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void RandomCounters(int seed)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var random = new Random(seed);
        int layout = random.Next(1, 4);
        int count = layout switch { 3 => 16, 2 => 13, _ => 11 };
        var dev = new StringBuilder(layout switch { 3 => Header3, 2 => Header2, _ => Header1 });
        foreach (string name in new[] { "lo", "big0", "big1" })
            dev.Append(Line(name, Enumerable.Range(0, count).Select(_ => RandomCounter(random)).ToArray()));
        string proc = fixture.MakeProc("random-" + seed, Files(dev.ToString()));
        fixture.AssertSameOnProc(proc, "-ia");
        fixture.AssertSameOnProc(proc, "-iae");
    }

    private static string RandomCounter(Random random)
    {
        ulong value = random.Next(4) switch
        {
            0 => (ulong)random.Next(0, 2000),
            1 => (ulong)random.NextInt64(0, 1L << 40),
            2 => (ulong)random.NextInt64() << random.Next(0, 2),
            _ => ulong.MaxValue - (ulong)random.Next(0, 1000),
        };
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, byte[]> Files(string dev) => new() { ["net/dev"] = Encoding.ASCII.GetBytes(dev) };
}
