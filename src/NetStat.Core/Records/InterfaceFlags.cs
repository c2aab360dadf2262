namespace NetStat.Records;

/// <summary>The 16 legacy interface flags (IFF_*) that SIOCGIFFLAGS reports.</summary>
[Flags]
public enum InterfaceFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>IFF_UP: administratively up.</summary>
    Up = 0x1,
    /// <summary>IFF_BROADCAST: has a broadcast address.</summary>
    Broadcast = 0x2,
    /// <summary>IFF_DEBUG.</summary>
    Debug = 0x4,
    /// <summary>IFF_LOOPBACK.</summary>
    Loopback = 0x8,
    /// <summary>IFF_POINTOPOINT: point-to-point link.</summary>
    PointToPoint = 0x10,
    /// <summary>IFF_NOTRAILERS.</summary>
    NoTrailers = 0x20,
    /// <summary>IFF_RUNNING: operationally up.</summary>
    Running = 0x40,
    /// <summary>IFF_NOARP.</summary>
    NoArp = 0x80,
    /// <summary>IFF_PROMISC.</summary>
    Promiscuous = 0x100,
    /// <summary>IFF_ALLMULTI.</summary>
    AllMulticast = 0x200,
    /// <summary>IFF_MASTER: bonding master.</summary>
    Master = 0x400,
    /// <summary>IFF_SLAVE: bonding slave.</summary>
    Slave = 0x800,
    /// <summary>IFF_MULTICAST.</summary>
    Multicast = 0x1000,
    /// <summary>IFF_PORTSEL: media type selectable.</summary>
    PortSelect = 0x2000,
    /// <summary>IFF_AUTOMEDIA: media selected automatically.</summary>
    AutoMedia = 0x4000,
    /// <summary>IFF_DYNAMIC: addresses change (dial-up).</summary>
    Dynamic = 0x8000,
}
