using System.Net.Sockets;
using NetStat.Parsing;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Fuzz;

/// <summary>
/// The per-line parsers on mutated kernel lines and random bytes: they must never throw, never
/// hang, allocate at most linearly, and what they return must be consistent with the input.
/// </summary>
[Collection("Fuzz")]
public sealed class LineParserFuzzTests
{
    private static readonly SocketProtocol[] Protocols = [SocketProtocol.Tcp, SocketProtocol.Udp, SocketProtocol.UdpLite, SocketProtocol.Raw];

    [Fact]
    public void InetSocketLineSurvivesAnyLine()
    {
        var seeds = KernelTextGen.Seeds("proc/net/tcp", "proc/net/tcp6", "proc/net/udp");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            foreach (var line in KernelTextGen.Lines(doc))
            {
                foreach (var protocol in Protocols)
                {
                    if (!InetSocketLine.TryParse(line.Span, protocol, out var socket))
                        continue;
                    FuzzRunner.Same(protocol, socket.Protocol, "protocol, socket.Protocol");
                    FuzzRunner.Ensure(socket.Family is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6, "socket.Family is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6");
                    FuzzRunner.Same(socket.Family, socket.LocalAddress.Family, "socket.Family, socket.LocalAddress.Family");
                    FuzzRunner.Same(socket.Family, socket.RemoteAddress.Family, "socket.Family, socket.RemoteAddress.Family");
                    // Parsing is a pure function of the line.
                    FuzzRunner.Ensure(InetSocketLine.TryParse(line.Span, protocol, out var again), "InetSocketLine.TryParse(line.Span, protocol, out var again)");
                    FuzzRunner.Same(socket, again, "socket, again");
                }
            }
        }), nameof(InetSocketLine));
    }

    [Fact]
    public void UnixSocketLineSurvivesAnyLine()
    {
        var seeds = KernelTextGen.Seeds("proc/net/unix");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            foreach (var line in KernelTextGen.Lines(doc))
            {
                if (!UnixSocketLine.TryParse(line.Span, out _, out var path))
                    continue;
                var (offset, length) = path.GetOffsetAndLength(line.Length);
                FuzzRunner.Within(offset, 0, line.Length, "offset, 0, line.Length");
                FuzzRunner.Within(length, 0, line.Length - offset, "length, 0, line.Length - offset");
                if (length > 0)
                    FuzzRunner.Ensure(!EqualityComparer<byte>.Default.Equals((byte)' ', line.Span[offset]), "(byte)' ', line.Span[offset]");
            }
        }), nameof(UnixSocketLine));
    }

    [Fact]
    public void Ipv4RouteScannerSurvivesAnyTable()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/route");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            var lines = KernelTextGen.Lines(doc).ToList();
            if (lines.Count == 0)
                return;
            var format = ProcHeaderFormat.Build(lines[0].Span, Ipv4RouteScanner.Columns);
            // Also scan with the kernel's header whatever the mutated one says.
            var kernel = ProcHeaderFormat.Build(KernelTextGen.Lines(seeds[0]).First().Span, Ipv4RouteScanner.Columns);
            foreach (var f in new[] { format, kernel })
            {
                if (f.MissingColumn is not null)
                    continue;
                var scanner = new Ipv4RouteScanner(f);
                int rows = 0;
                foreach (var line in lines.Skip(1))
                {
                    if (!scanner.TryScan(line.Span, out var route))
                        continue;
                    rows++;
                    FuzzRunner.Ensure(route.Interface.Length <= 15, "route.Interface.Length <= 15");
                    FuzzRunner.Same(AddressFamily.InterNetwork, route.Destination.Family, "AddressFamily.InterNetwork, route.Destination.Family");
                    FuzzRunner.Same(AddressFamily.InterNetwork, route.Gateway.Family, "AddressFamily.InterNetwork, route.Gateway.Family");
                    FuzzRunner.Same(AddressFamily.InterNetwork, route.Mask.Family, "AddressFamily.InterNetwork, route.Mask.Family");
                }
                FuzzRunner.Within(scanner.RangeErrors, 0, 11 * lines.Count, "scanner.RangeErrors, 0, 11 * lines.Count");
            }
        }), nameof(Ipv4RouteScanner));
    }

    [Fact]
    public void Ipv4CacheScannerSurvivesAnyTable()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/rt_cache");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            var lines = KernelTextGen.Lines(doc).ToList();
            if (lines.Count == 0)
                return;
            var header = lines[0].Span;
            int layout = ProcHeaderFormat.Guess(header, Ipv4CacheScanner.GuessNames);
            FuzzRunner.Within(layout, 0, 127, "layout, 0, 127");
            foreach (bool layout22 in new[] { true, false })
            {
                var format = ProcHeaderFormat.Build(header, layout22 ? Ipv4CacheScanner.Columns22 : Ipv4CacheScanner.Columns20);
                if (format.MissingColumn is not null)
                    continue;
                var scanner = new Ipv4CacheScanner(format, layout22);
                foreach (var line in lines.Skip(1))
                {
                    if (!scanner.TryScan(line.Span, out var route))
                        continue;
                    FuzzRunner.Ensure(route.Interface.Length <= 15, "route.Interface.Length <= 15");
                    FuzzRunner.Same(AddressFamily.InterNetwork, route.Source.Family, "AddressFamily.InterNetwork, route.Source.Family");
                    FuzzRunner.Same(AddressFamily.InterNetwork, route.SpecificDestination.Family, "AddressFamily.InterNetwork, route.SpecificDestination.Family");
                }
            }
        }), nameof(Ipv4CacheScanner));
    }

    [Fact]
    public void Ipv4RouteFieldsSurviveAnyStepsAndRow()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/route", "fuzz/seeds/rt_cache");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            // Every step kind, in an order that depends on the input.
            int[] steps = [.. Enumerable.Range(-1, 16).OrderBy(i => (i * 7 + doc.Length) % 16)];
            foreach (var line in KernelTextGen.Lines(doc))
            {
                var fields = new Ipv4RouteFields();
                int converted = fields.Scan(line.Span, steps);
                FuzzRunner.Within(converted, 0, steps.Length, "converted, 0, steps.Length");
                FuzzRunner.Ensure(fields.Interface.Length <= 15, "fields.Interface.Length <= 15");
                FuzzRunner.Ensure(fields.Destination.Length <= 127, "fields.Destination.Length <= 127");
                FuzzRunner.Ensure(fields.SpecificDestination.Length <= 127, "fields.SpecificDestination.Length <= 127");
                FuzzRunner.Within(fields.RangeErrors, 0, steps.Length, "fields.RangeErrors, 0, steps.Length");
            }
        }), nameof(Ipv4RouteFields));
    }

    [Fact]
    public void Ipv6RouteScannerSurvivesAnyTable()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/ipv6_route");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            var scanner = new Ipv6RouteScanner();
            foreach (var line in KernelTextGen.Lines(doc))
            {
                int converted = scanner.Scan(line.Span, out var route);
                FuzzRunner.Within(converted, 0, Ipv6RouteScanner.FieldCount, "converted, 0, Ipv6RouteScanner.FieldCount");
                FuzzRunner.Ensure(route.Interface.Length <= 15, "route.Interface.Length <= 15");
                FuzzRunner.Same(AddressFamily.InterNetworkV6, route.Destination.Family, "AddressFamily.InterNetworkV6, route.Destination.Family");
                FuzzRunner.Same(AddressFamily.InterNetworkV6, route.NextHop.Family, "AddressFamily.InterNetworkV6, route.NextHop.Family");
            }
        }), nameof(Ipv6RouteScanner));
    }

    [Fact]
    public void ProcNetDevLineSurvivesAnyLine()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/dev");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            InterfaceStatistics previous = default;
            foreach (var line in KernelTextGen.Lines(doc))
            {
                int layout = ProcNetDevLine.LayoutOf(line.Span);
                FuzzRunner.Within(layout, 1, 3, "layout, 1, 3");
                var name = ProcNetDevLine.SplitName(line.Span, out var rest);
                FuzzRunner.Ensure(name.IndexOfAny(" \t\n\0"u8) < 0, "a name never holds white space or NUL");
                FuzzRunner.Ensure(rest.Length <= line.Length, "rest.Length <= line.Length");
                var stats = ProcNetDevLine.ParseCounters(rest, layout, previous);
                FuzzRunner.Same(layout, stats.Layout, "layout, stats.Layout");
                if (layout != 3)
                    FuzzRunner.Same(0UL, stats.ReceiveMulticast, "0UL, stats.ReceiveMulticast");
                previous = stats;
            }
        }), nameof(ProcNetDevLine));
    }

    [Fact]
    public void IfInet6ScannerSurvivesAnyFile()
    {
        var seeds = KernelTextGen.Seeds("fuzz/seeds/if_inet6");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            var entries = IfInet6Scanner.Scan(doc);
            // Each record consumes at least one byte.
            FuzzRunner.Within(entries.Count, 0, doc.Length, "entries.Count, 0, doc.Length");
            foreach (var e in entries)
            {
                FuzzRunner.Ensure(e.Device.Length <= 20, "e.Device.Length <= 20");
                FuzzRunner.Ensure(System.MemoryExtensions.IndexOf(e.Device.AsSpan(), (byte)0) < 0, "(byte)0, e.Device");
                if (e.AddressParsed)
                    FuzzRunner.Same(AddressFamily.InterNetworkV6, e.Address.Family, "AddressFamily.InterNetworkV6, e.Address.Family");
            }
        }), nameof(IfInet6Scanner));
    }

    [Fact]
    public void GroupLineScannerSurvivesAnyLines()
    {
        var seeds = KernelTextGen.Seeds("groups/net/igmp", "groups/net/igmp6");
        FuzzRunner.Check(KernelTextGen.Documents(seeds), doc => FuzzRunner.Bounded(doc.Length, () =>
        {
            var scanner = new GroupLineScanner();
            // Two passes through one scanner, as with -c: its static state carries over.
            for (int pass = 0; pass < 2; pass++)
            {
                scanner.BeginFile();
                int number = 0, start = 0;
                while (start < doc.Length)
                {
                    int length = Math.Min(doc.Length - start, 8191);
                    int newline = doc.AsSpan(start, length).IndexOf((byte)'\n');
                    if (newline >= 0)
                        length = newline + 1;
                    var kind = scanner.Scan(doc.AsMemory(start, length), number++, out var row);
                    start += length;
                    FuzzRunner.Ensure(Enum.IsDefined(kind), "Enum.IsDefined(kind)");
                    if (kind != GroupLineKind.Membership)
                        continue;
                    FuzzRunner.Ensure(row.Interface.Length <= 16, "row.Interface.Length <= 16");
                    FuzzRunner.Same(row.Family, row.Group.Family, "row.Family, row.Group.Family");
                }
            }
        }), nameof(GroupLineScanner));
    }
}
