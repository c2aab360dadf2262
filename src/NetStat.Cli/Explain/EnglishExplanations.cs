using NetStat.Cli.Localization;

namespace NetStat.Cli.Explain;

/// <summary>The --explain texts in English (our own words, checked against the Linux kernel's behaviour).</summary>
internal static class EnglishExplanations
{
    private static Dictionary<(TermKind, string), string>? _all;

    /// <summary>Every text, keyed by (kind, term); decoded on first use (<see cref="TextTable"/>).</summary>
    public static Dictionary<(TermKind, string), string> All => _all ??= TextTable.Explanations(Texts);

    private static ReadOnlySpan<byte> Texts(TermKind kind) => kind switch
    {
        TermKind.InternetColumn =>
            "Proto\0"u8 + "The protocol: tcp, udp, udpl (UDP-Lite) or raw; a trailing 6 means an IPv6 socket (which can also carry IPv4 through mapped addresses ::ffff:a.b.c.d).\0"u8 +
            "Recv-Q\0"u8 + "Received data the program has not read yet. TCP: bytes. A listening TCP socket: the connections completed and waiting in the accept queue for accept(). UDP and raw: the kernel memory held by the queued datagrams (skb truesize, headers and buffer overhead included), not payload bytes.\0"u8 +
            "Send-Q\0"u8 + "TCP: bytes sent and not yet acknowledged by the peer, plus bytes not sent yet. A listening TCP socket: the backlog, the longest the accept queue may grow (listen()'s argument, capped by net.core.somaxconn). UDP and raw: the kernel memory of datagrams waiting to go out.\0"u8 +
            "Local Address\0"u8 + "This end of the socket, address:port. 0.0.0.0 or :: means every local address; * is a port not chosen yet. Names are looked up unless -n; long ones are cut to fit unless -W.\0"u8 +
            "Foreign Address\0"u8 + "The other end, address:port. 0.0.0.0:* or :::* means no peer: a listening socket, or an unconnected UDP or raw socket.\0"u8 +
            "State\0"u8 + "TCP: the connection's state (each one has its own explanation). UDP: ESTABLISHED when connect() fixed a peer, empty otherwise (UDP has no connection). Raw: the kernel's state number.\0"u8 +
            "User\0"u8 + "The user who owns the socket (who created it), by name unless -n or --numeric-users.\0"u8 +
            "Inode\0"u8 + "The socket's inode number in the kernel's socket file system: /proc/PID/fd/N links to socket:[inode], which is how -p finds the owner.\0"u8 +
            "PID/Program name\0"u8 + "The process that holds the socket open, as PID/name (name cut to fit). '-' when it is not known: a process of another user (run as root to see it), or no process at all (a TIME_WAIT socket, a socket of the kernel).\0"u8 +
            "Timer\0"u8 + "The socket's timer (-o): its kind (on = retransmission, keepalive, timewait, probe = zero window probe, off = none) and (seconds left/retransmissions/keepalive probes sent).\0"u8,
        TermKind.UnixColumn =>
            "Proto\0"u8 + "unix: a UNIX domain socket, for communication between processes of this machine through the kernel.\0"u8 +
            "RefCnt\0"u8 + "How many references the kernel holds to the socket (open descriptors and in-kernel users, a connected peer among them).\0"u8 +
            "Flags\0"u8 + "The socket's flags between brackets: ACC for a listening socket. Current kernels report no other flag.\0"u8 +
            "Type\0"u8 + "The socket type: STREAM, DGRAM or SEQPACKET (RAW and RDM only from old or synthetic tables).\0"u8 +
            "State\0"u8 + "LISTENING, CONNECTED, CONNECTING or DISCONNECTING; empty for a socket that is neither connected nor listening (most DGRAM sockets, a bound server before listen()).\0"u8 +
            "I-Node\0"u8 + "The socket's own inode number (not the inode of its path's file): /proc/PID/fd/N links to socket:[inode].\0"u8 +
            "PID/Program name\0"u8 + "The process that holds the socket open, as PID/name (name cut to fit). '-' when it is not known: a process of another user (run as root to see it), or no process at all (a TIME_WAIT socket, a socket of the kernel).\0"u8 +
            "Path\0"u8 + "The name the socket is bound to: a file system path, or @name for an abstract name (no file). Empty for an unnamed socket: a client's end, or one made by socketpair().\0"u8,
        TermKind.RouteColumn =>
            "Destination\0"u8 + "The network (or host) the route leads to; default is 0.0.0.0/0, which matches every address. IPv6 shows address/prefix length.\0"u8 +
            "Gateway\0"u8 + "The router packets are sent to; 0.0.0.0 (or * with names) means none: the destination is on the link itself.\0"u8 +
            "Genmask\0"u8 + "The destination's netmask: 255.255.255.255 for a single host, 0.0.0.0 for the default route. The longest matching mask wins.\0"u8 +
            "Flags\0"u8 + "The route's flags, one letter each (U up, G gateway, H host, ! reject ...; each letter has its own explanation).\0"u8 +
            "Flag\0"u8 + "The IPv6 route's flags, one letter each (U up, G gateway, A autoconfigured, C cache ...).\0"u8 +
            "Metric\0"u8 + "The route's cost; among routes to the same destination the kernel uses the lowest.\0"u8 +
            "Met\0"u8 + "The IPv6 route's metric (its cost; the lowest wins).\0"u8 +
            "Ref\0"u8 + "References to the route. Linux always reports 0 for IPv4 FIB entries.\0"u8 +
            "Use\0"u8 + "How often the route was looked up. Linux has counted no lookups since the IPv4 route cache went away (3.6): 0 in the FIB.\0"u8 +
            "Iface\0"u8 + "The interface the route's packets leave through.\0"u8 +
            "If\0"u8 + "The interface of the IPv6 route.\0"u8 +
            "MSS\0"u8 + "The MTU set on the route (ip route ... mtu N), which net-tools labels MSS; 0 means not set.\0"u8 +
            "Window\0"u8 + "The TCP window set on the route (ip route ... window N); 0 means not set.\0"u8 +
            "irtt\0"u8 + "The initial round trip time set on the route (ip route ... rtt), for TCP's first retransmission timer; 0 means the kernel's default.\0"u8 +
            "Next Hop\0"u8 + "The IPv6 router packets are sent to; :: means none (the destination is on the link).\0"u8 +
            "Source\0"u8 + "Routing cache: the source address of the cached flow.\0"u8 +
            "HH\0"u8 + "Routing cache (Linux 2.0 layout): the cached hardware header's reference count.\0"u8 +
            "Arp\0"u8 + "Routing cache (Linux 2.0 layout): whether the ARP entry is resolved.\0"u8 +
            "TOS\0"u8 + "Routing cache: the type of service of the cached flow.\0"u8 +
            "HHRef\0"u8 + "Routing cache: references to the cached hardware header (-1: none).\0"u8 +
            "HHUptod\0"u8 + "Routing cache: whether the cached hardware header is up to date.\0"u8 +
            "SpecDst\0"u8 + "Routing cache: the specific destination (the local address replies come from).\0"u8,
        TermKind.InterfaceColumn =>
            "Iface\0"u8 + "The interface's name.\0"u8 +
            "MTU\0"u8 + "Maximum transmission unit: the largest packet, in bytes, the interface sends without fragmenting.\0"u8 +
            "RX-OK\0"u8 + "Packets received correctly.\0"u8 +
            "RX-ERR\0"u8 + "Received packets with errors (bad checksum, frame or length ...).\0"u8 +
            "RX-DRP\0"u8 + "Received packets dropped by the kernel or the driver (no buffer, unknown protocol, the interface was down ...).\0"u8 +
            "RX-OVR\0"u8 + "Receive overruns: packets the device lost because its FIFO filled before the host read it.\0"u8 +
            "TX-OK\0"u8 + "Packets sent correctly.\0"u8 +
            "TX-ERR\0"u8 + "Packets that failed to be sent (carrier lost, aborted ...).\0"u8 +
            "TX-DRP\0"u8 + "Packets dropped before sending (full queue, no route at the device ...).\0"u8 +
            "TX-OVR\0"u8 + "Transmit overruns (FIFO errors of the device).\0"u8 +
            "Flg\0"u8 + "The interface's flags, one letter each (B broadcast, L loopback, M multicast, R running, U up ...).\0"u8,
        TermKind.GroupColumn =>
            "Interface\0"u8 + "The interface on which the multicast group was joined.\0"u8 +
            "RefCnt\0"u8 + "How many times the group was joined on this interface (sockets and the kernel itself).\0"u8 +
            "Group\0"u8 + "The multicast group address (a name unless -n): 224.0.0.1 (all-systems) and ff02::1 are joined by every interface.\0"u8,
        TermKind.Protocol =>
            "tcp\0"u8 + "TCP over IPv4.\0"u8 +
            "tcp6\0"u8 + "TCP over IPv6 (IPv4 too, through mapped addresses, unless the socket is IPV6_V6ONLY).\0"u8 +
            "udp\0"u8 + "UDP over IPv4.\0"u8 +
            "udp6\0"u8 + "UDP over IPv6 (IPv4 too, through mapped addresses, unless IPV6_V6ONLY).\0"u8 +
            "udpl\0"u8 + "UDP-Lite over IPv4: UDP whose checksum may cover only part of the packet.\0"u8 +
            "udpl6\0"u8 + "UDP-Lite over IPv6.\0"u8 +
            "raw\0"u8 + "A raw IPv4 socket: whole IP packets of one protocol (ping's ICMP, for example); the port column holds the protocol number.\0"u8 +
            "raw6\0"u8 + "A raw IPv6 socket (ICMPv6 of ping6, routing daemons ...).\0"u8 +
            "unix\0"u8 + "A UNIX domain socket (local communication between processes).\0"u8,
        TermKind.TcpState =>
            "ESTABLISHED\0"u8 + "The connection is open and data can flow both ways.\0"u8 +
            "SYN_SENT\0"u8 + "connect() sent a SYN and waits for the peer's SYN-ACK. Many of them towards one place: the peer does not answer (down or filtered).\0"u8 +
            "SYN_RECV\0"u8 + "A SYN reached a listening socket and the SYN-ACK went out; the final ACK of the handshake has not come yet. Many of them can mean a SYN flood (or clients that vanished).\0"u8 +
            "FIN_WAIT1\0"u8 + "This end closed (sent its FIN) and waits for it to be acknowledged.\0"u8 +
            "FIN_WAIT2\0"u8 + "Our FIN was acknowledged; the peer has not closed its end yet. Once the program has closed the socket the kernel keeps this state at most net.ipv4.tcp_fin_timeout (60 s by default).\0"u8 +
            "TIME_WAIT\0"u8 + "This end closed first and the connection is over; the socket stays 60 seconds on Linux (TCP_TIMEWAIT_LEN, fixed) so that late segments of it cannot be mistaken for a new connection. Normal and harmless, even in large numbers. It belongs to no process.\0"u8 +
            "CLOSE\0"u8 + "Closed: the socket is not connected and not listening (created or bound only, or just reset). The kernel's TCP_CLOSE, RFC 793's CLOSED.\0"u8 +
            "CLOSE_WAIT\0"u8 + "The peer closed its end (its FIN arrived) and the local program has not closed the socket yet. CLOSE_WAIT that lasts usually means the program forgets to call close().\0"u8 +
            "LAST_ACK\0"u8 + "The peer closed first, then this end; waiting for the ACK of our FIN.\0"u8 +
            "LISTEN\0"u8 + "A server socket waiting for connections (listen()). Recv-Q is how many connections wait in its accept queue now, Send-Q the queue's limit (the backlog). Shown with -l or -a.\0"u8 +
            "CLOSING\0"u8 + "Both ends sent their FIN at the same time; waiting for the ACK of ours.\0"u8,
        TermKind.UdpState =>
            "ESTABLISHED\0"u8 + "For UDP this only means connect() fixed the peer: the socket sends there by default and receives only from there. UDP has no connection.\0"u8,
        TermKind.Timer =>
            "off\0"u8 + "No timer is running on the socket.\0"u8 +
            "on\0"u8 + "The retransmission timer: unacknowledged data (or the SYN, SYN-ACK) is sent again when it expires; the second number counts retransmissions so far.\0"u8 +
            "keepalive\0"u8 + "The keepalive timer (SO_KEEPALIVE); the kernel also uses it to end an orphaned FIN_WAIT2 socket. The third number counts keepalive probes sent.\0"u8 +
            "timewait\0"u8 + "The TIME_WAIT timer: the time left before the socket disappears.\0"u8 +
            "probe\0"u8 + "The zero window probe timer: the peer's receive window is full, and the kernel probes until it opens.\0"u8 +
            "on1\0"u8 + "Timer code 1 of a non-TCP socket: Linux reports no timer for UDP or raw sockets, so only from old or synthetic tables.\0"u8 +
            "on2\0"u8 + "Timer code 2 of a non-TCP socket: Linux reports no timer for UDP or raw sockets, so only from old or synthetic tables.\0"u8,
        TermKind.UnixType =>
            "STREAM\0"u8 + "SOCK_STREAM: a connection carrying a byte stream, like TCP.\0"u8 +
            "DGRAM\0"u8 + "SOCK_DGRAM: separate messages, no connection needed (reliable and ordered on UNIX sockets, unlike UDP).\0"u8 +
            "RAW\0"u8 + "SOCK_RAW: accepted for UNIX sockets and handled like DGRAM.\0"u8 +
            "RDM\0"u8 + "SOCK_RDM, reliably delivered messages: Linux has no such UNIX socket; only from old or synthetic tables.\0"u8 +
            "SEQPACKET\0"u8 + "SOCK_SEQPACKET: a connection that keeps message boundaries.\0"u8,
        TermKind.UnixState =>
            "FREE\0"u8 + "SS_FREE: not allocated (not seen on current kernels).\0"u8 +
            "LISTENING\0"u8 + "A server socket waiting for connections (listen(); the ACC flag).\0"u8 +
            "CONNECTING\0"u8 + "SS_CONNECTING: a connection being made.\0"u8 +
            "CONNECTED\0"u8 + "SS_CONNECTED: connected to a peer socket.\0"u8 +
            "DISCONNECTING\0"u8 + "SS_DISCONNECTING: the connection is being taken down.\0"u8,
        TermKind.UnixFlag =>
            "ACC\0"u8 + "__SO_ACCEPTCON: the socket listens and accepts connections.\0"u8 +
            "W\0"u8 + "SO_WAITDATA: a process waits for data. Old kernels only: current ones report ACC alone.\0"u8 +
            "N\0"u8 + "SO_NOSPACE: a process waits for room to send. Old kernels only: current ones report ACC alone.\0"u8,
        TermKind.RouteFlag =>
            "U\0"u8 + "RTF_UP: the route is up (usable).\0"u8 +
            "G\0"u8 + "RTF_GATEWAY: packets go through a router (the Gateway column).\0"u8 +
            "!\0"u8 + "RTF_REJECT: a route that refuses packets (unreachable, prohibit, blackhole); it replaces U and G.\0"u8 +
            "H\0"u8 + "RTF_HOST: the destination is one host, not a network.\0"u8 +
            "R\0"u8 + "RTF_REINSTATE: reinstated after a dynamic change (historic; Linux's /proc does not report it).\0"u8 +
            "D\0"u8 + "RTF_DYNAMIC: made by an ICMP redirect or a routing daemon (historic on Linux).\0"u8 +
            "M\0"u8 + "RTF_MODIFIED: changed by an ICMP redirect (historic on Linux).\0"u8 +
            "d\0"u8 + "RTF_DEFAULT: a default route from a router advertisement (IPv6's flag; not in IPv4 tables).\0"u8 +
            "a\0"u8 + "RTF_ALLONLINK: every destination is on the link (IPv6's flag).\0"u8 +
            "c\0"u8 + "RTF_ADDRCONF (made by address autoconfiguration) or RTF_CACHE (a cache entry): IPv6's flags, both printed as c.\0"u8 +
            "o\0"u8 + "RTF_NONEXTHOP: the route has no next hop (IPv6's flag).\0"u8 +
            "e\0"u8 + "RTF_EXPIRES: the route expires (IPv6's flag).\0"u8 +
            "f\0"u8 + "RTF_FLOW: a flow-specific route (historic).\0"u8 +
            "p\0"u8 + "RTF_POLICY: a policy route (historic).\0"u8 +
            "l\0"u8 + "RTF_LOCAL: a route to a local address (historic).\0"u8 +
            "u\0"u8 + "RTF_MTU: the route has its own MTU (historic flag; the MSS column shows it).\0"u8 +
            "w\0"u8 + "RTF_WINDOW: the route has its own TCP window (historic flag).\0"u8 +
            "i\0"u8 + "RTF_IRTT: the route has its own initial RTT (historic flag).\0"u8 +
            "n\0"u8 + "RTF_NOTCACHED: the route is not cached (historic).\0"u8,
        TermKind.Ipv6RouteFlag =>
            "U\0"u8 + "RTF_UP: the route is usable.\0"u8 +
            "!\0"u8 + "RTF_REJECT: a route that refuses packets (unreachable, prohibit, blackhole; the lo entries of such routes).\0"u8 +
            "G\0"u8 + "RTF_GATEWAY: packets go through the Next Hop router.\0"u8 +
            "H\0"u8 + "RTF_HOST: a route to one address (/128).\0"u8 +
            "D\0"u8 + "RTF_DEFAULT: a default route learnt from a router advertisement.\0"u8 +
            "A\0"u8 + "RTF_ADDRCONF: made by address autoconfiguration (a prefix from a router advertisement).\0"u8 +
            "C\0"u8 + "RTF_CACHE: a cached copy of a route (a PMTU or redirect exception); listed with -C.\0"u8 +
            "a\0"u8 + "RTF_ALLONLINK: every destination is on the link.\0"u8 +
            "e\0"u8 + "RTF_EXPIRES: the route expires (learnt from a router advertisement).\0"u8 +
            "m\0"u8 + "RTF_MODIFIED: changed by a redirect.\0"u8 +
            "n\0"u8 + "RTF_NONEXTHOP: the route has no next hop.\0"u8 +
            "f\0"u8 + "RTF_FLOW: a flow-specific route.\0"u8,
        TermKind.InterfaceFlag =>
            "A\0"u8 + "ALLMULTI: receives every multicast packet (multicast routers).\0"u8 +
            "B\0"u8 + "BROADCAST: has a working broadcast address.\0"u8 +
            "D\0"u8 + "DEBUG: the driver's debugging is on.\0"u8 +
            "L\0"u8 + "LOOPBACK: the loopback interface (lo).\0"u8 +
            "M\0"u8 + "MULTICAST: supports multicast.\0"u8 +
            "d\0"u8 + "DYNAMIC: the addresses are dynamic (dial-up links).\0"u8 +
            "P\0"u8 + "PROMISC (receives every packet on the link, e.g. while tcpdump runs) or POINTOPOINT (a point-to-point link: tunnels, PPP): net-tools prints P for both.\0"u8 +
            "N\0"u8 + "NOTRAILERS: avoid trailers (historic, ignored by Linux).\0"u8 +
            "O\0"u8 + "NOARP: no ARP on this interface (no link-layer addresses to resolve).\0"u8 +
            "s\0"u8 + "SLAVE: part of a bond, under its master.\0"u8 +
            "m\0"u8 + "MASTER: a bonding master.\0"u8 +
            "R\0"u8 + "RUNNING: the link is up (carrier present) and resources are allocated.\0"u8 +
            "U\0"u8 + "UP: the interface was brought up (ip link set ... up).\0"u8,
        TermKind.StatisticsSection =>
            "Ip\0"u8 + "IPv4 counters (/proc/net/snmp, RFC 1213's MIB): packets received, delivered, forwarded, discarded, fragmented.\0"u8 +
            "Icmp\0"u8 + "ICMP counters: messages and errors in and out, with histograms by type.\0"u8 +
            "IcmpMsg\0"u8 + "ICMP messages per type number (InType8 = echo requests received, OutType0 = echo replies sent ...).\0"u8 +
            "Tcp\0"u8 + "TCP counters: connections opened actively and passively, failed, reset, segments in and out, retransmitted.\0"u8 +
            "Udp\0"u8 + "UDP counters: datagrams in and out, to ports nobody listens on, receive errors, buffer errors.\0"u8 +
            "UdpLite\0"u8 + "The same counters for UDP-Lite.\0"u8 +
            "TcpExt\0"u8 + "Linux's extended TCP counters (/proc/net/netstat): SYN cookies, TIME_WAIT recycling, listen queue overflows and drops, retransmissions, SACK ...\0"u8 +
            "IpExt\0"u8 + "Linux's extended IP counters: multicast and broadcast packets, bytes in and out, ECN marks.\0"u8 +
            "MPTcpExt\0"u8 + "Multipath TCP counters.\0"u8 +
            "Ip6\0"u8 + "IPv6 counters (/proc/net/snmp6).\0"u8 +
            "Icmp6\0"u8 + "ICMPv6 counters, with histograms by type (neighbour and router discovery included).\0"u8 +
            "Udp6\0"u8 + "UDP over IPv6 counters.\0"u8 +
            "UdpLite6\0"u8 + "UDP-Lite over IPv6 counters.\0"u8 +
            "Tcp6\0"u8 + "TCP over IPv6 counters (Linux counts TCP for both families under Tcp).\0"u8 +
            "Sctp\0"u8 + "SCTP counters (/proc/net/sctp/snmp).\0"u8,
        _ => default,
    };
}
