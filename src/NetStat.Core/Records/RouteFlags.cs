namespace NetStat.Records;

/// <summary>
/// Route flag bits as the kernel reports them in /proc/net/route and /proc/net/ipv6_route
/// (linux/route.h, linux/ipv6_route.h), and the routing-cache bits of /proc/net/rt_cache
/// (linux/in_route.h).
/// </summary>
public static class RouteFlags
{
    /// <summary>RTF_UP: the route is usable.</summary>
    public const uint Up = 0x0001;
    /// <summary>RTF_GATEWAY: the destination is reached through a gateway.</summary>
    public const uint Gateway = 0x0002;
    /// <summary>RTF_HOST: a host route (the destination is one address).</summary>
    public const uint Host = 0x0004;
    /// <summary>RTF_REINSTATE: reinstate the route after a timeout.</summary>
    public const uint Reinstate = 0x0008;
    /// <summary>RTF_DYNAMIC: created by a redirect.</summary>
    public const uint Dynamic = 0x0010;
    /// <summary>RTF_MODIFIED: modified by a redirect.</summary>
    public const uint Modified = 0x0020;
    /// <summary>RTF_MTU: a specific MTU (MSS) is set.</summary>
    public const uint Mtu = 0x0040;
    /// <summary>RTF_WINDOW: a window clamp is set.</summary>
    public const uint Window = 0x0080;
    /// <summary>RTF_IRTT: an initial round-trip time is set.</summary>
    public const uint Irtt = 0x0100;
    /// <summary>RTF_REJECT: packets to the destination are refused (unreachable, prohibit, blackhole).</summary>
    public const uint Reject = 0x0200;
    /// <summary>RTF_NOTCACHED (Linux 2.0): not cached.</summary>
    public const uint NotCached = 0x0400;
    /// <summary>RTF_DEFAULT: a default route learnt from a router advertisement.</summary>
    public const uint Default = 0x00010000;
    /// <summary>RTF_ALLONLINK: all destinations on link.</summary>
    public const uint AllOnLink = 0x00020000;
    /// <summary>RTF_ADDRCONF: created by address autoconfiguration.</summary>
    public const uint AddrConf = 0x00040000;
    /// <summary>RTF_NONEXTHOP: no next hop (IPv6 local routes show it as "n").</summary>
    public const uint NoNextHop = 0x00200000;
    /// <summary>RTF_EXPIRES: the route expires.</summary>
    public const uint Expires = 0x00400000;
    /// <summary>RTF_CACHE: a cached (cloned) entry, not part of the FIB.</summary>
    public const uint Cache = 0x01000000;
    /// <summary>RTF_FLOW: a flow-specific route.</summary>
    public const uint Flow = 0x02000000;
    /// <summary>RTF_POLICY: a policy route.</summary>
    public const uint Policy = 0x04000000;
    /// <summary>RTF_LOCAL: a local address.</summary>
    public const uint Local = 0x80000000;

    /// <summary>RTCF_DEAD (cache entries): the next hop is dead.</summary>
    public const uint CacheDead = 0x00000001;
    /// <summary>RTCF_ONLINK (cache entries): the gateway is on link.</summary>
    public const uint CacheOnLink = 0x00000004;
    /// <summary>RTCF_NOTIFY.</summary>
    public const uint CacheNotify = 0x00010000;
    /// <summary>RTCF_DIRECTDST.</summary>
    public const uint CacheDirectDst = 0x00020000;
    /// <summary>RTCF_REDIRECTED.</summary>
    public const uint CacheRedirected = 0x00040000;
    /// <summary>RTCF_TPROXY.</summary>
    public const uint CacheTproxy = 0x00080000;
    /// <summary>RTCF_FAST.</summary>
    public const uint CacheFast = 0x00200000;
    /// <summary>RTCF_MASQ.</summary>
    public const uint CacheMasq = 0x00400000;
    /// <summary>RTCF_SNAT.</summary>
    public const uint CacheSnat = 0x00800000;
    /// <summary>RTCF_DOREDIRECT.</summary>
    public const uint CacheDoRedirect = 0x01000000;
    /// <summary>RTCF_DIRECTSRC.</summary>
    public const uint CacheDirectSrc = 0x04000000;
    /// <summary>RTCF_DNAT.</summary>
    public const uint CacheDnat = 0x08000000;
    /// <summary>RTCF_BROADCAST.</summary>
    public const uint CacheBroadcast = 0x10000000;
    /// <summary>RTCF_MULTICAST.</summary>
    public const uint CacheMulticast = 0x20000000;
    /// <summary>RTCF_REJECT.</summary>
    public const uint CacheReject = 0x40000000;
    /// <summary>RTCF_LOCAL.</summary>
    public const uint CacheLocal = 0x80000000;
}
