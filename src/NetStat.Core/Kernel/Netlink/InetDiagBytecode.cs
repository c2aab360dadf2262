using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Query;
using NetStat.Records;

namespace NetStat.Kernel.Netlink;

/// <summary>
/// Compiles the port and address constraints of a <see cref="SocketFilter"/> into an inet_diag
/// bytecode program (attribute INET_DIAG_REQ_BYTECODE), so the kernel sends only sockets that
/// can match. The program is a superset filter: callers still apply
/// <see cref="SocketFilter.Matches(in InetSocket, ProcessInfo?)"/> to every socket, which also
/// keeps the /proc path identical.
/// </summary>
/// <remarks>
/// A program is a row of 4-byte ops <c>{u8 code, u8 yes, u16 no}</c> with operands; after an
/// op the kernel moves on by <c>yes</c> bytes when it holds and by <c>no</c> bytes when not; a
/// socket is sent when execution ends exactly at the program's end. The kernel checks that
/// every jump lands on an op of the straight "yes" chain or just past the end (accept) or four
/// bytes past it (reject). Each constraint is a group: its alternatives in a row, each ending
/// in a JMP to the group's end, a failed test jumping to the next alternative (the last one's
/// to reject). Groups follow one another, so all must hold.
/// </remarks>
internal static class InetDiagBytecode
{
    private const byte JMP = 1, S_GE = 2, S_LE = 3, D_GE = 4, D_LE = 5, S_COND = 7, D_COND = 8, S_EQ = 11, D_EQ = 12;

    /// <summary>Longest program we send (an attribute's length is 16 bits).</summary>
    private const int MaxLength = 60000;

    private readonly record struct Test(byte Code, ushort Port, AddressPrefix Prefix)
    {
        public int Size => Code is S_COND or D_COND ? 4 + 8 + Prefix.Network.Length : 8;
    }

    /// <summary>
    /// The program for a dump of <paramref name="protocol"/> sockets of <paramref name="family"/>;
    /// null when the filter has no port or address constraint (or too many to compile).
    /// </summary>
    public static byte[]? Compile(SocketFilter filter, SocketProtocol protocol, AddressFamily family)
    {
        var groups = new List<List<Test[]>>();
        if (filter.Ports is { } ports && PortGroup(ports.RangesFor(protocol), both: true, local: true) is { } g1)
            groups.Add(g1);
        if (filter.LocalPorts is { } lp && PortGroup(lp.RangesFor(protocol), both: false, local: true) is { } g2)
            groups.Add(g2);
        if (filter.RemotePorts is { } rp && PortGroup(rp.RangesFor(protocol), both: false, local: false) is { } g3)
            groups.Add(g3);
        if (filter.Addresses is { } a)
            groups.Add(AddressGroup(a, family, S_COND, D_COND));
        if (filter.LocalAddresses is { } la)
            groups.Add(AddressGroup(la, family, S_COND, 0));
        if (filter.RemoteAddresses is { } ra)
            groups.Add(AddressGroup(ra, family, D_COND, 0));
        if (groups.Count == 0)
            return null;
        if (groups.Exists(g => g.Count == 0))
            return RejectAll();
        return Emit(groups);
    }

    /// <summary>A group of alternatives; null when one of them accepts every port (no test needed).</summary>
    private static List<Test[]>? PortGroup(IReadOnlyList<PortRange> ranges, bool both, bool local)
    {
        var alternatives = new List<Test[]>();
        foreach (var r in ranges)
        {
            if (r.IsEverything)
                return null;
            if (both || local)
                alternatives.Add(Range(r, S_EQ, S_GE, S_LE));
            if (both || !local)
                alternatives.Add(Range(r, D_EQ, D_GE, D_LE));
        }
        return alternatives;
    }

    private static Test[] Range(PortRange r, byte eq, byte ge, byte le)
    {
        if (r.First == r.Last)
            return [new Test(eq, r.First, default)];
        if (r.First == 0)
            return [new Test(le, r.Last, default)];
        if (r.Last == ushort.MaxValue)
            return [new Test(ge, r.First, default)];
        return [new Test(ge, r.First, default), new Test(le, r.Last, default)];
    }

    private static List<Test[]> AddressGroup(IReadOnlyList<AddressPrefix> prefixes, AddressFamily family, byte first, byte second)
    {
        var alternatives = new List<Test[]>();
        foreach (var p in prefixes)
        {
            // An IPv6 block never holds an address of an IPv4 socket; an IPv4 block matches
            // IPv4-mapped addresses of IPv6 sockets in the kernel as it does here.
            if (p.Network.Family == AddressFamily.InterNetworkV6 && family == AddressFamily.InterNetwork)
                continue;
            alternatives.Add([new Test(first, 0, p)]);
            if (second != 0)
                alternatives.Add([new Test(second, 0, p)]);
        }
        return alternatives;
    }

    /// <summary>One JMP past the end: no socket is sent.</summary>
    private static byte[] RejectAll()
    {
        var program = new byte[4];
        WriteOp(program, JMP, 4, 8);
        return program;
    }

    private static byte[]? Emit(List<List<Test[]>> groups)
    {
        // Each alternative's length (its tests, and the JMP to its group's end but for the
        // last), and each group's, measured in one walk before anything is written.
        var lengths = new int[groups.Count][];
        var groupLengths = new int[groups.Count];
        int total = 0;
        for (int gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            var l = lengths[gi] = new int[g.Count];
            for (int i = 0; i < g.Count; i++)
            {
                int length = i < g.Count - 1 ? 4 : 0;
                foreach (var t in g[i])
                    length += t.Size;
                l[i] = length;
                groupLengths[gi] += length;
            }
            total += groupLengths[gi];
        }
        if (total > MaxLength)
            return null;
        var program = new byte[total];
        int pos = 0;
        for (int gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            int groupEnd = pos + groupLengths[gi];
            for (int i = 0; i < g.Count; i++)
            {
                bool last = i == g.Count - 1;
                int next = pos + lengths[gi][i];
                int fail = last ? total + 4 : next;
                foreach (var t in g[i])
                {
                    WriteTest(program.AsSpan(pos), t, fail - pos);
                    pos += t.Size;
                }
                if (!last)
                {
                    WriteOp(program.AsSpan(pos), JMP, 4, groupEnd - pos);
                    pos += 4;
                }
            }
        }
        return program;
    }

    private static void WriteTest(Span<byte> at, Test t, int no)
    {
        WriteOp(at, t.Code, t.Size, no);
        if (t.Code is S_COND or D_COND)
        {
            // struct inet_diag_hostcond { u8 family; u8 prefix_len; int port (-1: any); __be32 addr[]; }
            var p = t.Prefix;
            at[4] = p.Network.Family == AddressFamily.InterNetwork ? (byte)2 : (byte)10;
            at[5] = (byte)p.PrefixLength;
            at[6] = at[7] = 0;
            BinaryPrimitives.WriteInt32LittleEndian(at[8..], -1);
            p.Network.WriteBytes(at[12..]);
            return;
        }
        // The port sits in the "no" field of a second op.
        at[4] = at[5] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], t.Port);
    }

    private static void WriteOp(Span<byte> at, byte code, int yes, int no)
    {
        at[0] = code;
        at[1] = (byte)yes;
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], (ushort)no);
    }
}
