using System.Net.Sockets;
using CsCheck;
using NetStat.Kernel;
using NetStat.Names;
using NetStat.Parsing;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Fuzz;

/// <summary>
/// The file readers and the whole table readers through their public entry points, on a
/// temporary /proc-like directory filled with generated files.
/// </summary>
[Collection("Fuzz")]
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("netstat-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, byte[] content)
    {
        string path = Path.Combine(_root, "net", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static Gen<byte[]> AnyFile(params string[] seeds) => KernelTextGen.Documents(KernelTextGen.Seeds(seeds));

    // A cursor gives at most one outcome per line (plus the end); more would be a loop.
    private static int Drain<T>(ITableCursor<T> cursor, int lines)
    {
        int steps = 0;
        while (cursor.Next(out _) != ReadOutcome.End)
            FuzzRunner.Ensure(++steps <= lines + 1, "the cursor does not come to an end");
        FuzzRunner.Same(ReadOutcome.End, cursor.Next(out _), "ReadOutcome.End, cursor.Next(out _)");
        return steps;
    }

    private static int LineCount(byte[] content) => content.AsSpan().Count((byte)'\n') + 1;

    [Fact]
    public void ProcFileSplitsAnyContentIntoItsLines()
    {
        FuzzRunner.Check(AnyFile("proc/net/unix", "fuzz/seeds/dev"), content =>
        {
            string path = Write("lines", content);
            var joined = new List<byte>();
            FuzzRunner.Bounded(content.Length, () =>
            {
                using var file = ProcFile.TryOpen(path, out int errno);
                FuzzRunner.Ensure(file is not null, "file");
                FuzzRunner.Same(0, errno, "0, errno");
                int lines = 0;
                while (file!.TryReadLine(out ReadOnlySpan<byte> line))
                {
                    FuzzRunner.Ensure(++lines <= content.Length, "more lines than bytes");
                    FuzzRunner.Ensure(line.IndexOf((byte)'\n') < 0, "line.IndexOf((byte)'\\n') < 0");
                    joined.AddRange(line.ToArray());
                    joined.Add((byte)'\n');
                }
                FuzzRunner.Same(0, file.ReadError, "0, file.ReadError");
                FuzzRunner.Ensure(file.ReadToEnd().IsEmpty, "file.ReadToEnd().IsEmpty");
            });
            // The lines are the file: only a missing last newline is added.
            if (content.Length > 0 && content[^1] != '\n')
                joined.RemoveAt(joined.Count - 1);
            FuzzRunner.Same(content, joined.ToArray(), "content, joined.ToArray()");
        }, nameof(ProcFile));
    }

    [Fact]
    public void FgetsReaderCutsAnyContentIntoBoundedPieces()
    {
        var gen = Gen.Select(AnyFile("fuzz/seeds/route", "fuzz/seeds/ipv6_route"), Gen.Int[2, 2048], (content, size) => new Sized(content, size));
        FuzzRunner.Check(gen, input =>
        {
            var (content, size) = input;
            string path = Write("pieces", content);
            var joined = new List<byte>();
            FuzzRunner.Bounded(content.Length, () =>
            {
                using var file = FgetsReader.TryOpen(path, out int errno);
                FuzzRunner.Ensure(file is not null, "file");
                while (file!.TryGets(size, out var piece))
                {
                    FuzzRunner.Within(piece.Length, 1, size - 1, "piece.Length, 1, size - 1");
                    int newline = piece.IndexOf((byte)'\n');
                    FuzzRunner.Ensure(newline < 0 || newline == piece.Length - 1, "a piece ends at its first newline");
                    joined.AddRange(piece.ToArray());
                }
                FuzzRunner.Ensure(!(file.TryGets(size, out _)), "file.TryGets(size, out _)");
            });
            FuzzRunner.Same(content, joined.ToArray(), "content, joined.ToArray()");
        }, nameof(FgetsReader), s => $"size {s.Size}, {FuzzRunner.Print(s.Content)}", s => s.Content);
    }

    private sealed record Sized(byte[] Content, int Size);

    private sealed record ServiceFiles(byte[] Services, byte[] Protocols, int[] Ports);

    [Fact]
    public void ServiceNamesSurviveAnyServicesAndProtocolsFiles()
    {
        var gen = Gen.Select(AnyFile("fuzz/seeds/services"), AnyFile("fuzz/seeds/protocols"), Gen.Int[-1, 70000].Array[8],
            (services, protocols, ports) => new ServiceFiles(services, protocols, ports));
        FuzzRunner.Check(gen, input =>
        {
            var (services, protocols, ports) = input;
            string servicesPath = Write("services", services);
            string protocolsPath = Write("protocols", protocols);
            FuzzRunner.Bounded(services.Length + protocols.Length, () =>
            {
                var names = new ServiceNames(servicesPath, protocolsPath);
                foreach (int port in ports)
                {
                    foreach (var kind in new[] { ServiceNames.Kind.Tcp, ServiceNames.Kind.Udp, ServiceNames.Kind.Raw })
                    {
                        var name = names.Find(kind, port);
                        if (name is null)
                            continue;
                        FuzzRunner.Within(port, 0, 65535, "port, 0, 65535");
                        FuzzRunner.Within(name.Length, 1, 63, "name.Length, 1, 63");
                        FuzzRunner.Ensure(name.AsSpan().IndexOfAny(" \t\n#"u8) < 0, "name.AsSpan().IndexOfAny(\" \\t\\n#\"u8) < 0");
                    }
                }
            });
        }, nameof(ServiceNames), f => $"services {FuzzRunner.Print(f.Services)}, protocols {FuzzRunner.Print(f.Protocols)}",
            f => [.. f.Services, .. "\n--- protocols ---\n"u8, .. f.Protocols]);
    }

    [Fact]
    public void SocketTablesReadAnyTables()
    {
        FuzzRunner.Check(AnyFile("proc/net/tcp", "proc/net/tcp6", "proc/net/udp", "proc/net/unix"), content =>
        {
            foreach (var name in new[] { "tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6", "unix" })
                Write(name, content);
            FuzzRunner.Bounded(content.Length, () =>
            {
                var tables = new SocketTables(new ProcPaths(_root));
                FuzzRunner.Ensure(!(tables.UseNetlink), "tables.UseNetlink");
                foreach (var protocol in new[] { SocketProtocol.Tcp, SocketProtocol.Udp, SocketProtocol.UdpLite, SocketProtocol.Raw })
                {
                    foreach (var family in new[] { AddressFamily.InterNetwork, AddressFamily.InterNetworkV6 })
                    {
                        using var cursor = tables.OpenInet(protocol, family, out int errno);
                        FuzzRunner.Ensure(cursor is not null, "cursor");
                        Drain(cursor!, LineCount(content));
                    }
                }
                using var unix = tables.OpenUnix(out _);
                FuzzRunner.Ensure(unix is not null, "unix");
                Drain(unix!, LineCount(content));
            });
        }, nameof(SocketTables));
    }

    [Fact]
    public void RouteTablesReadAnyTables()
    {
        FuzzRunner.Check(AnyFile("fuzz/seeds/route", "fuzz/seeds/rt_cache", "fuzz/seeds/ipv6_route"), content =>
        {
            Write("route", content);
            Write("rt_cache", content);
            Write("ipv6_route", content);
            FuzzRunner.Bounded(content.Length, () =>
            {
                var tables = new ProcRouteTables(new ProcPaths(_root));
                // fgets pieces of at most 510 bytes: a bound on how many rows a file can give.
                int pieces = LineCount(content) + content.Length / 510 + 1;
                using (var v4 = tables.OpenIpv4(out _))
                    Drain(v4!, pieces);
                using (var cache = tables.OpenIpv4Cache(out _))
                    Drain(cache!, pieces);
                using (var v6 = tables.OpenIpv6(out _))
                    Drain(v6!, pieces);
            });
        }, nameof(ProcRouteTables));
    }

    [Fact]
    public void GroupTablesReadAnyTables()
    {
        FuzzRunner.Check(AnyFile("groups/net/igmp", "groups/net/igmp6"), content =>
        {
            Write("igmp", content);
            Write("igmp6", content);
            FuzzRunner.Bounded(content.Length, () =>
            {
                var tables = new GroupTables(new ProcPaths(_root));
                var scanner = new GroupLineScanner();
                int pieces = LineCount(content) + content.Length / 8191 + 1;
                for (int pass = 0; pass < 2; pass++)
                {
                    using (var igmp = tables.OpenIgmp(out _, scanner))
                        Drain(igmp!, pieces);
                    using (var igmp6 = tables.OpenIgmp6(out _, scanner))
                        Drain(igmp6!, pieces);
                }
            });
        }, nameof(GroupTables));
    }

    [Fact]
    public void ProtocolCountersReadAnyFiles()
    {
        FuzzRunner.Check(AnyFile("statistics/kernel618/net/snmp", "statistics/kernel618/net/netstat", "statistics/kernel618/net/snmp6",
            "statistics/kernel618/net/sctp/snmp", "statistics/malformed/net/snmp", "statistics/edge/net/snmp6"), content =>
        {
            foreach (var name in new[] { "snmp", "netstat", "snmp6", "sctp/snmp" })
                Write(name, content);
            // Four files of this content are read.
            FuzzRunner.Bounded(4L * content.Length, () =>
            {
                var snapshot = new ProtocolCounters(new ProcPaths(_root)).ReadAll();
                FuzzRunner.Same(4, snapshot.Files.Count, "4, snapshot.Files.Count");
                int lines = LineCount(content) + content.Length / CounterFileLines.LineBuffer + 1;
                foreach (var file in snapshot.Files)
                {
                    FuzzRunner.Ensure(file.Opened, "file.Opened");
                    FuzzRunner.Same(0, file.ReadErrno, "0, file.ReadErrno");
                    foreach (var p in file.Problems)
                        FuzzRunner.Within(p.Line, 1, lines, "problem line");
                    foreach (var t in file.Tables)
                        FuzzRunner.Within(t.Line, 1, lines, "table line");
                    // No more counters than words in the file.
                    FuzzRunner.Within(file.Tables.Sum(t => t.Counters.Count), 0, content.Length / 1 + 1, "file.Tables.Sum(t => t.Counters.Count), 0, content.Length / 1 + 1");
                }
                FuzzRunner.Same(1, snapshot[CounterFile.SctpSnmp]!.Tables.Count, "sctp tables");
            });
        }, nameof(ProtocolCounters));
    }

    [Fact]
    public void InterfaceSourceReadsAnyDeviceTables()
    {
        FuzzRunner.Check(AnyFile("fuzz/seeds/dev", "fuzz/seeds/if_inet6"), content =>
        {
            Write("dev", content);
            Write("if_inet6", content);
            FuzzRunner.Bounded(content.Length, () =>
            {
                using var source = new IoctlInterfaceSource(new ProcPaths(_root));
                if (!source.TryConnect(out _))
                    return;
                using var cursor = source.Open(new InterfaceQuery { IPv6Addresses = true });
                int steps = 0;
                // Names come from the file and from SIOCGIFCONF (a few real interfaces).
                while (cursor.Next(out var row) != ReadOutcome.End && row.FetchError == 0)
                {
                    FuzzRunner.Within(row.Name.Length, 0, 15, "row.Name.Length, 0, 15");
                    FuzzRunner.Ensure(++steps <= LineCount(content) + content.Length / 511 + 256, "++steps <= LineCount(content) + content.Length / 511 + 256");
                }
            });
        }, nameof(IoctlInterfaceSource));
    }
}
