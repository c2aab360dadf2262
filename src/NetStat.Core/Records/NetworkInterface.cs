namespace NetStat.Records;

/// <summary>
/// One entry of the interface table: a device from /proc/net/dev or an IPv4 address label from
/// SIOCGIFCONF (such as "eth0:1", which has no statistics of its own), with its configuration as
/// the kernel reports it. Values are raw; nothing is formatted.
/// </summary>
public sealed class NetworkInterface
{
    /// <summary>The name (at most 15 bytes, as the kernel holds it).</summary>
    public required ReadOnlyMemory<byte> Name { get; init; }

    /// <summary>The /proc/net/dev counters; null when the name is not listed there (address labels).</summary>
    public InterfaceStatistics? Statistics { get; init; }

    /// <summary>
    /// errno of the failed flags query when the kernel could not be asked about this name (ENODEV
    /// for a device that vanished); 0 when the configuration below is valid.
    /// </summary>
    public int FetchError { get; init; }

    /// <summary>The 16 legacy flags.</summary>
    public InterfaceFlags Flags { get; init; }

    /// <summary>The MTU (0 when it could not be read).</summary>
    public int Mtu { get; init; }

    /// <summary>
    /// The hardware type (ARPHRD_*: 1 Ethernet, 772 loopback, 65534 none ...). When the hardware
    /// address could not be read this holds what the request buffer held, as net-tools reads it.
    /// </summary>
    public ushort HardwareType { get; init; }

    /// <summary>Whether the hardware address query succeeded.</summary>
    public bool HasHardwareAddress { get; init; }

    /// <summary>The 14 bytes of the hardware address field (sa_data); only the device's address length is meaningful.</summary>
    public ReadOnlyMemory<byte> HardwareAddress { get; init; }

    /// <summary>Transmit queue length; -1 when unknown.</summary>
    public int TransmitQueueLength { get; init; }

    /// <summary>The device map.</summary>
    public InterfaceMap Map { get; init; }

    /// <summary>SLIP devices only: the outfill timer (0 otherwise).</summary>
    public int OutFill { get; init; }

    /// <summary>SLIP devices only: the keepalive timer (0 otherwise).</summary>
    public int KeepAlive { get; init; }

    /// <summary>Whether an IPv4 address is assigned to this name (for a label: to the label).</summary>
    public bool HasIPv4 { get; init; }

    /// <summary>The IPv4 address (when <see cref="HasIPv4"/>).</summary>
    public InetAddress IPv4Address { get; init; }

    /// <summary>The netmask; null when it could not be read.</summary>
    public InetAddress? IPv4Netmask { get; init; }

    /// <summary>The broadcast address; null when it could not be read.</summary>
    public InetAddress? IPv4Broadcast { get; init; }

    /// <summary>The point-to-point peer address; null when it could not be read.</summary>
    public InetAddress? IPv4Destination { get; init; }

    /// <summary>IPv6 addresses whose device name equals <see cref="Name"/>, in the kernel's order (empty unless requested).</summary>
    public IReadOnlyList<InterfaceInet6Address> IPv6Addresses { get; init; } = [];
}
