namespace NetStat.Records;

/// <summary>The socket tables netstat lists.</summary>
public enum SocketProtocol : byte
{
    /// <summary>TCP.</summary>
    Tcp,
    /// <summary>UDP.</summary>
    Udp,
    /// <summary>UDP-Lite (RFC 3828).</summary>
    UdpLite,
    /// <summary>Raw IP sockets.</summary>
    Raw,
    /// <summary>UNIX domain sockets.</summary>
    Unix,
}
