using NetStat.Records;

namespace NetStat.Query;

/// <summary>
/// The ports one port filter accepts, per protocol: numbers and ranges apply to every protocol,
/// while a service name stands for the port /etc/services gives it for each socket's protocol
/// (TCP names for TCP, UDP names for UDP and UDP-Lite, and the other of the two when the
/// protocol has no such name; IP protocol names from /etc/protocols for raw sockets, whose
/// "port" is their protocol number).
/// </summary>
public sealed class PortSet
{
    private readonly PortRange[] _tcp, _udp, _raw;

    /// <summary>Creates a set from ranges resolved for each protocol family of tables.</summary>
    /// <param name="tcp">The ranges for TCP sockets.</param>
    /// <param name="udp">The ranges for UDP and UDP-Lite sockets.</param>
    /// <param name="raw">The ranges for raw sockets (IP protocol numbers).</param>
    public PortSet(IEnumerable<PortRange> tcp, IEnumerable<PortRange> udp, IEnumerable<PortRange> raw)
    {
        _tcp = [.. tcp];
        _udp = [.. udp];
        _raw = [.. raw];
    }

    /// <summary>A set of the same ranges for every protocol.</summary>
    public static PortSet Of(params PortRange[] ranges) => new(ranges, ranges, ranges);

    /// <summary>The ranges that apply to sockets of <paramref name="protocol"/> (none for UNIX sockets).</summary>
    public IReadOnlyList<PortRange> RangesFor(SocketProtocol protocol) => Ranges(protocol);

    private PortRange[] Ranges(SocketProtocol protocol) => protocol switch
    {
        SocketProtocol.Tcp => _tcp,
        SocketProtocol.Udp or SocketProtocol.UdpLite => _udp,
        SocketProtocol.Raw => _raw,
        _ => [],
    };

    /// <summary>Whether <paramref name="port"/> of a socket of <paramref name="protocol"/> is in the set.</summary>
    public bool Contains(SocketProtocol protocol, ushort port)
    {
        var ranges = Ranges(protocol);
        foreach (var r in ranges)
            if (r.Contains(port))
                return true;
        return false;
    }

    /// <summary>A set holding the ranges of both sets.</summary>
    public PortSet Union(PortSet other) => new([.. _tcp, .. other._tcp], [.. _udp, .. other._udp], [.. _raw, .. other._raw]);
}
