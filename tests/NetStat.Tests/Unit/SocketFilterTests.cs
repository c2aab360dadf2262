using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Kernel.Netlink;
using NetStat.Names;
using NetStat.Query;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Unit;

public sealed class SocketFilterTests
{
    // Committed files, not written at class load: services (ssh, https, domain, http/www,
    // http-alt/webcache, ntp, and a second name for 22/tcp) and protocols (icmp, ipv6-icmp).
    private static readonly string Services = Support.Repo.Fixture("filters", "services");
    private static readonly string Protocols = Support.Repo.Fixture("filters", "protocols");

    private static SocketFilterBuilder Builder() => new(new ServiceNames(Services, Protocols));

    private static SocketFilter Filter(params (FilterField, string)[] values)
    {
        var b = Builder();
        foreach (var (f, v) in values)
            b.Add(f, v);
        return b.Build();
    }

    private static InetSocket Tcp(string local, ushort lport, string remote, ushort rport, TcpState state = TcpState.Established, uint uid = 0) => new()
    {
        Protocol = SocketProtocol.Tcp,
        Family = local.Contains(':') ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork,
        LocalAddress = Addr(local), LocalPort = lport, RemoteAddress = Addr(remote), RemotePort = rport,
        State = (byte)state, Uid = uid,
    };

    private static InetAddress Addr(string text) => InetAddress.FromBytes(System.Net.IPAddress.Parse(text).GetAddressBytes());

    [Theory]
    [InlineData("22", 22, 22)]
    [InlineData("0", 0, 0)]
    [InlineData("65535", 65535, 65535)]
    [InlineData("8000-8099", 8000, 8099)]
    [InlineData("7-7", 7, 7)]
    public void NumericPorts(string text, int first, int last)
    {
        var set = Builder().ParsePorts(FilterField.Port, text);
        Assert.Equal([new PortRange((ushort)first, (ushort)last)], set.RangesFor(SocketProtocol.Tcp));
        Assert.Equal([new PortRange((ushort)first, (ushort)last)], set.RangesFor(SocketProtocol.Raw));
        Assert.Empty(set.RangesFor(SocketProtocol.Unix));
    }

    [Fact]
    public void ServiceNamesResolvePerProtocol()
    {
        var set = Builder().ParsePorts(FilterField.Port, "ssh,ntp,www,icmp");
        // ssh: tcp only, so UDP borrows it; ntp: udp only, so TCP borrows it; www is an alias.
        Assert.Equal([PortRange.Single(22), PortRange.Single(123), PortRange.Single(80)], set.RangesFor(SocketProtocol.Tcp));
        Assert.Equal([PortRange.Single(22), PortRange.Single(123), PortRange.Single(80)], set.RangesFor(SocketProtocol.UdpLite));
        Assert.Equal([PortRange.Single(1)], set.RangesFor(SocketProtocol.Raw));
        // The first entry of a name wins, as getservbyname; names compare case-insensitively.
        Assert.Equal([PortRange.Single(22)], Builder().ParsePorts(FilterField.Port, "SSH").RangesFor(SocketProtocol.Tcp));
        Assert.Equal([PortRange.Single(8080)], Builder().ParsePorts(FilterField.Port, "http-alt").RangesFor(SocketProtocol.Tcp));
    }

    [Theory]
    [InlineData("70000", "port out of range", "70000")]
    [InlineData("123456", "port out of range", "123456")]
    [InlineData("22,65536", "port out of range", "65536")]
    [InlineData("10-70000", "port out of range", "10-70000")]
    [InlineData("90-80", "port range runs backwards", "90-80")]
    [InlineData("80-", "malformed port range", "80-")]
    [InlineData("-80", "malformed port range", "-80")]
    [InlineData("1-2-3", "malformed port range", "1-2-3")]
    [InlineData("", "empty list", "")]
    [InlineData("22,", "empty item in list", "22,")]
    [InlineData("nosuch", "unknown service", "nosuch")]
    public void BadPorts(string text, string problem, string value)
    {
        var e = Assert.Throws<FilterValueException>(() => Builder().Add(FilterField.LocalPort, text));
        Assert.Equal((FilterField.LocalPort, problem, value), (e.Field, e.Problem, e.Value));
    }

    [Theory]
    [InlineData("198.51.100.0/24", "198.51.100.0", 24)]
    [InlineData("198.51.100.77/24", "198.51.100.0", 24)]
    [InlineData("10.1.2.3", "10.1.2.3", 32)]
    [InlineData("0.0.0.0/0", "0.0.0.0", 0)]
    [InlineData("2001:db8::/32", "2001:db8::", 32)]
    [InlineData("2001:db8::1", "2001:db8::1", 128)]
    [InlineData("::ffff:10.0.0.0/104", "::ffff:10.0.0.0", 104)]
    [InlineData("::/0", "::", 0)]
    public void Prefixes(string text, string network, int length)
    {
        var p = AddressPrefix.TryParse(text, out string? problem);
        Assert.Null(problem);
        Assert.Equal(Addr(network), p!.Value.Network);
        Assert.Equal(length, p.Value.PrefixLength);
    }

    [Theory]
    [InlineData("10.0.0/8", "malformed IPv4 address")]
    [InlineData("10.0.0.256", "malformed IPv4 address")]
    [InlineData("10.0.0.01", "malformed IPv4 address")]
    [InlineData("10.0.0.1.", "malformed IPv4 address")]
    [InlineData("", "malformed IPv4 address")]
    [InlineData("example.com", "malformed IPv4 address")]
    [InlineData("10.0.0.0/33", "prefix length above 32")]
    [InlineData("10.0.0.0/", "malformed prefix length")]
    [InlineData("10.0.0.0/-1", "malformed prefix length")]
    [InlineData("10.0.0.0/8/8", "malformed prefix length")]
    [InlineData("2001:db8::/129", "prefix length above 128")]
    [InlineData("2001:db8:::/32", "malformed IPv6 address")]
    [InlineData("[::1]", "malformed IPv6 address")]
    // 22 characters but 66 UTF-8 bytes: once overflowed the 64-byte conversion buffer.
    [InlineData("€€€€€€€€€€€€€€€€€€€€€€:", "malformed IPv6 address")]
    [InlineData("１.2.3.4", "malformed IPv4 address")]
    public void BadPrefixes(string text, string problem)
    {
        Assert.Null(AddressPrefix.TryParse(text, out string? actual));
        Assert.Equal(problem, actual);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.255.1.2", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("10.0.0.0/8", "::ffff:10.9.9.9", true)]
    [InlineData("10.0.0.0/8", "::10.9.9.9", false)]
    [InlineData("198.51.100.22", "198.51.100.22", true)]
    [InlineData("198.51.100.22", "198.51.100.2", false)]
    [InlineData("198.51.100.16/28", "198.51.100.31", true)]
    [InlineData("198.51.100.16/28", "198.51.100.32", false)]
    [InlineData("0.0.0.0/0", "::1", false)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    [InlineData("::/0", "10.0.0.1", false)]
    [InlineData("::/0", "::ffff:10.0.0.1", true)]
    public void PrefixContains(string prefix, string address, bool expected) =>
        Assert.Equal(expected, AddressPrefix.TryParse(prefix, out _)!.Value.Contains(Addr(address)));

    [Fact]
    public void StateNames()
    {
        var f = Filter((FilterField.State, "ESTABLISHED,time-wait"), (FilterField.State, "Syn_Recv"));
        Assert.Equal(1u << 1 | 1u << 6 | 1u << 3, f.States!.Value.TcpStates);
        Assert.Equal(1u << 1 | 1u << 6 | 1u << 3 | 1u << 12, f.States.Value.KernelStates(SocketProtocol.Tcp));
        var e = Assert.Throws<FilterValueException>(() => Builder().Add(FilterField.State, "established,nonsense"));
        Assert.Equal(("unknown state", "nonsense"), (e.Problem, e.Value));
        Assert.Equal(1u << 10, Filter((FilterField.State, "listening")).States!.Value.KernelStates(SocketProtocol.Tcp));
        Assert.Equal(0x1FFEu & ~(1u << 10), Filter((FilterField.State, "connected")).States!.Value.KernelStates(SocketProtocol.Tcp));
        Assert.Equal(0x1FFEu, Filter((FilterField.State, "connected")).States!.Value.KernelStates(SocketProtocol.Udp));
    }

    [Fact]
    public void UnixStatesMapToTcpNames()
    {
        var listening = new UnixSocket { State = 1, Flags = UnixSocket.AcceptConFlag };
        var connected = new UnixSocket { State = 3 };
        var unbound = new UnixSocket { State = 1 };
        Assert.True(Filter((FilterField.State, "listen")).Matches(listening, null));
        Assert.True(Filter((FilterField.State, "listening")).Matches(listening, null));
        Assert.False(Filter((FilterField.State, "connected")).Matches(listening, null));
        Assert.True(Filter((FilterField.State, "established")).Matches(connected, null));
        Assert.True(Filter((FilterField.State, "connected")).Matches(unbound, null));
        Assert.True(Filter((FilterField.State, "close")).Matches(unbound, null));
        Assert.False(Filter((FilterField.State, "close")).Matches(connected, null));
        Assert.False(Filter((FilterField.Port, "0-65535")).Matches(connected, null));
        Assert.False(Filter((FilterField.User, "0")).Matches(connected, null));
    }

    [Fact]
    public void ProcessesAndPrograms()
    {
        var sshd = new ProcessInfo(42, "sshd"u8.ToArray());
        var s = Tcp("127.0.0.1", 22, "127.0.0.1", 5000);
        Assert.True(Filter((FilterField.Pid, "7,42")).Matches(s, sshd));
        Assert.False(Filter((FilterField.Pid, "7")).Matches(s, sshd));
        Assert.False(Filter((FilterField.Pid, "42")).Matches(s, null));
        Assert.True(Filter((FilterField.Program, "sshd")).Matches(s, sshd));
        Assert.False(Filter((FilterField.Program, "ssh")).Matches(s, sshd));
        Assert.True(Filter((FilterField.Program, "ss*")).Matches(s, sshd));
        Assert.True(Filter((FilterField.Program, "*d")).Matches(s, sshd));
        Assert.True(Filter((FilterField.Program, "*s*h*")).Matches(s, sshd));
        Assert.False(Filter((FilterField.Program, "*x*")).Matches(s, sshd));
        Assert.True(Filter((FilterField.Program, "nginx"), (FilterField.Program, "sshd")).Matches(s, sshd));
        Assert.True(Filter((FilterField.Pid, "42")).NeedsProcesses);
        Assert.Throws<FilterValueException>(() => Builder().Add(FilterField.Pid, "0"));
        Assert.Throws<FilterValueException>(() => Builder().Add(FilterField.Pid, "-1"));
        Assert.Throws<FilterValueException>(() => Builder().Add(FilterField.Program, ""));
    }

    [Fact]
    public void FiltersAndValuesCombine()
    {
        var f = Filter((FilterField.Port, "22"), (FilterField.Port, "443"), (FilterField.State, "established"), (FilterField.User, "0,1000"));
        Assert.True(f.Matches(Tcp("127.0.0.1", 40000, "10.0.0.1", 443, uid: 1000), null));
        Assert.True(f.Matches(Tcp("127.0.0.1", 22, "10.0.0.1", 40000), null));
        Assert.False(f.Matches(Tcp("127.0.0.1", 22, "10.0.0.1", 40000, TcpState.Listen), null));
        Assert.False(f.Matches(Tcp("127.0.0.1", 22, "10.0.0.1", 40000, uid: 5), null));
        Assert.False(f.Matches(Tcp("127.0.0.1", 2222, "10.0.0.22", 40000), null));
        Assert.True(Filter().IsEverything);
    }

    // ---- bytecode: checked against a transcription of the kernel's inet_diag_bc_audit/bc_run ----
    // The hex pinned below is our own encoding; it is not taken on trust: the kernel-audit tests
    // (ProgramsPassTheKernelAuditAndAgreeWithMatches) independently run every program through the
    // kernel's audit and interpreter and compare the result with SocketFilter.Matches.

    [Fact]
    public void PortProgramBytes()
    {
        var program = InetDiagBytecode.Compile(Filter((FilterField.Port, "22")), SocketProtocol.Tcp, AddressFamily.InterNetwork);
        Assert.Equal(Convert.FromHexString("0B080C0000001600" + "01040C00" + "0C080C0000001600"), program);
    }

    [Fact]
    public void AddressProgramBytes()
    {
        var program = InetDiagBytecode.Compile(Filter((FilterField.LocalAddress, "10.0.0.0/8")), SocketProtocol.Tcp, AddressFamily.InterNetworkV6);
        // S_COND yes=16 no=20 (reject), {AF_INET, 8, pad, port -1, 10.0.0.0}
        Assert.Equal(Convert.FromHexString("07101400" + "02080000" + "FFFFFFFF" + "0A000000"), program);
    }

    [Fact]
    public void NoProgramWithoutPortsOrAddresses()
    {
        Assert.Null(InetDiagBytecode.Compile(Filter((FilterField.State, "listen"), (FilterField.Pid, "1")), SocketProtocol.Tcp, AddressFamily.InterNetwork));
        Assert.Null(InetDiagBytecode.Compile(Filter((FilterField.Port, "0-65535")), SocketProtocol.Tcp, AddressFamily.InterNetwork));
    }

    [Fact]
    public void Ipv6BlocksRejectEveryIpv4Socket()
    {
        var program = InetDiagBytecode.Compile(Filter((FilterField.Address, "2001:db8::/32")), SocketProtocol.Udp, AddressFamily.InterNetwork)!;
        Assert.True(KernelAudit(program));
        Assert.False(KernelRun(program, Tcp("10.0.0.1", 1, "10.0.0.2", 2)));
    }

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ProgramsPassTheKernelAuditAndAgreeWithMatches(int seed)
    {
        var random = new Random(seed);
        string[] ports = ["22", "2222", "8000-8099", "0-1023", "60000-65535", "443", "53,80"];
        string[] v4 = ["10.0.0.0/8", "198.51.100.22", "0.0.0.0/0", "127.0.0.0/8", "198.51.100.16/28"];
        string[] v6 = ["2001:db8::/32", "::1", "::/0", "::ffff:10.0.0.0/104", "fe80::/10"];
        string[] addresses = ["10.1.2.3", "198.51.100.22", "198.51.100.30", "127.0.0.1", "0.0.0.0", "::1", "2001:db8::22", "::ffff:10.0.0.5", "::ffff:198.51.100.22", "fe80::1", "::"];
        for (int round = 0; round < 40; round++)
        {
            var b = Builder();
            var fields = new[] { FilterField.Port, FilterField.LocalPort, FilterField.RemotePort, FilterField.Address, FilterField.LocalAddress, FilterField.RemoteAddress };
            int n = random.Next(1, 4);
            for (int i = 0; i < n; i++)
            {
                var field = fields[random.Next(fields.Length)];
                string value = field <= FilterField.RemotePort ? ports[random.Next(ports.Length)]
                    : random.Next(2) == 0 ? v4[random.Next(v4.Length)] : v6[random.Next(v6.Length)];
                b.Add(field, value);
            }
            var filter = b.Build();
            foreach (var family in new[] { AddressFamily.InterNetwork, AddressFamily.InterNetworkV6 })
            {
                var program = InetDiagBytecode.Compile(filter, SocketProtocol.Tcp, family);
                if (program is null)
                    continue;
                Assert.True(KernelAudit(program), Convert.ToHexString(program));
                for (int k = 0; k < 60; k++)
                {
                    var candidates = addresses.Where(a => a.Contains(':') == (family == AddressFamily.InterNetworkV6)).ToArray();
                    var socket = Tcp(candidates[random.Next(candidates.Length)], (ushort)random.Next(0, 3) switch { 0 => 22, 1 => 8050, _ => (ushort)random.Next(65536) },
                        candidates[random.Next(candidates.Length)], (ushort)random.Next(65536)) with { Family = family };
                    Assert.Equal(filter.Matches(socket, null), KernelRun(program, socket));
                }
            }
        }
    }

    /// <summary>
    /// The running kernel accepts the programs: a refused one (EINVAL) would make the cursor
    /// fall back to /proc, which gives the same rows but silently loses the speed.
    /// </summary>
    [SkippableFact]
    public void TheKernelAcceptsThePrograms()
    {
        using (var plain = InetDiagCursor.TryStart(SocketProtocol.Tcp, AddressFamily.InterNetwork, 0x1FFE))
            Skip.If(plain is null, "no NETLINK_SOCK_DIAG here");
        (FilterField, string)[][] filters =
        [
            [(FilterField.Port, "22")], [(FilterField.Port, "22,80,8000-8099,0-10,60000-65535")], [(FilterField.LocalPort, "443"), (FilterField.RemotePort, "1-1023")],
            [(FilterField.Address, "10.0.0.0/8,2001:db8::/32")], [(FilterField.LocalAddress, "::1")], [(FilterField.RemoteAddress, "0.0.0.0/0"), (FilterField.Port, "ssh")],
            [(FilterField.RemoteAddress, "2001:db8::/32")],
        ];
        // A program the kernel refuses ends the dump at once, so the check below can fail.
        Assert.Null(InetDiagCursor.TryStart(SocketProtocol.Tcp, AddressFamily.InterNetwork, 0x1FFE, Convert.FromHexString("63040800")));
        foreach (var values in filters)
        {
            var filter = Filter(values);
            foreach (var protocol in new[] { SocketProtocol.Tcp, SocketProtocol.Udp, SocketProtocol.UdpLite })
            foreach (var family in new[] { AddressFamily.InterNetwork, AddressFamily.InterNetworkV6 })
            {
                using (var handler = InetDiagCursor.TryStart(protocol, family, 0x1FFE))
                    if (handler is null)
                        continue; // no diag handler for this protocol (module not loaded)
                var program = InetDiagBytecode.Compile(filter, protocol, family);
                Assert.NotNull(program);
                using var cursor = InetDiagCursor.TryStart(protocol, family, 0x1FFE, program);
                Assert.True(cursor is not null, $"refused: {Convert.ToHexString(program)}");
            }
        }
    }

    /// <summary>inet_diag_bc_audit (net/ipv4/inet_diag.c), transcribed.</summary>
    private static bool KernelAudit(byte[] bc)
    {
        int len = bc.Length, pos = 0;
        while (len > 0)
        {
            int minLen = 4;
            byte code = bc[pos];
            switch (code)
            {
                case 7 or 8:
                    minLen += 8;
                    if (len < minLen) return false;
                    int addrLen = bc[pos + 4] switch { 0 => 0, 2 => 4, 10 => 16, _ => -1 };
                    if (addrLen < 0) return false;
                    minLen += addrLen;
                    if (len < minLen || bc[pos + 5] > 8 * addrLen) return false;
                    break;
                case 2 or 3 or 4 or 5 or 11 or 12:
                    minLen += 4;
                    if (len < minLen) return false;
                    break;
                case 0 or 1 or 6:
                    break;
                default:
                    return false;
            }
            int yes = bc[pos + 1], no = BinaryPrimitives.ReadUInt16LittleEndian(bc.AsSpan(pos + 2));
            if (code != 0)
            {
                if (no < minLen || no > len + 4 || (no & 3) != 0) return false;
                if (no < len && !ValidCc(bc, len - no)) return false;
            }
            if (yes < minLen || yes > len + 4 || (yes & 3) != 0) return false;
            pos += yes;
            len -= yes;
        }
        return len == 0;
    }

    private static bool ValidCc(byte[] bc, int cc)
    {
        int len = bc.Length, pos = 0;
        while (len >= 0)
        {
            if (cc > len) return false;
            if (cc == len) return true;
            int yes = bc[pos + 1];
            if (yes < 4 || (yes & 3) != 0) return false;
            len -= yes;
            pos += yes;
        }
        return false;
    }

    /// <summary>inet_diag_bc_run, transcribed (ports and host conditions).</summary>
    private static bool KernelRun(byte[] bc, InetSocket s)
    {
        int len = bc.Length, pos = 0;
        Span<byte> src = stackalloc byte[16], dst = stackalloc byte[16];
        s.LocalAddress.WriteBytes(src);
        s.RemoteAddress.WriteBytes(dst);
        int family = s.LocalAddress.Family == AddressFamily.InterNetwork ? 2 : 10;
        while (len > 0)
        {
            bool yes = true;
            byte code = bc[pos];
            ushort operand = pos + 8 <= bc.Length ? BinaryPrimitives.ReadUInt16LittleEndian(bc.AsSpan(pos + 6)) : (ushort)0;
            switch (code)
            {
                case 1: yes = false; break;
                case 11: yes = s.LocalPort == operand; break;
                case 2: yes = s.LocalPort >= operand; break;
                case 3: yes = s.LocalPort <= operand; break;
                case 12: yes = s.RemotePort == operand; break;
                case 4: yes = s.RemotePort >= operand; break;
                case 5: yes = s.RemotePort <= operand; break;
                case 7 or 8:
                {
                    int condFamily = bc[pos + 4], prefix = bc[pos + 5];
                    int port = BinaryPrimitives.ReadInt32LittleEndian(bc.AsSpan(pos + 8));
                    var condAddr = bc.AsSpan(pos + 12);
                    if (port != -1 && port != (code == 7 ? s.LocalPort : s.RemotePort)) { yes = false; break; }
                    ReadOnlySpan<byte> addr = code == 7 ? src : dst;
                    if (condFamily != 0 && condFamily != family)
                    {
                        if (family == 10 && condFamily == 2 && addr[..10].IndexOfAnyExcept((byte)0) < 0 && addr[10] == 0xFF && addr[11] == 0xFF
                            && BitsMatch(addr[12..], condAddr, prefix))
                            break;
                        yes = false;
                        break;
                    }
                    if (prefix == 0) break;
                    yes = BitsMatch(addr, condAddr, prefix);
                    break;
                }
            }
            int step = yes ? bc[pos + 1] : BinaryPrimitives.ReadUInt16LittleEndian(bc.AsSpan(pos + 2));
            pos += step;
            len -= step;
        }
        return len == 0;
    }

    private static bool BitsMatch(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int bits)
    {
        for (int i = 0; i < bits; i++)
            if (((a[i / 8] ^ b[i / 8]) & (0x80 >> (i % 8))) != 0)
                return false;
        return true;
    }
}
