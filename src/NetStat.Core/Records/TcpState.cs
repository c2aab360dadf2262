namespace NetStat.Records;

/// <summary>Kernel TCP states (include/net/tcp_states.h).</summary>
public enum TcpState : byte
{
    /// <summary>Connection established.</summary>
    Established = 1,
    /// <summary>SYN sent, waiting for SYN-ACK.</summary>
    SynSent = 2,
    /// <summary>SYN received.</summary>
    SynRecv = 3,
    /// <summary>Closed locally, FIN sent.</summary>
    FinWait1 = 4,
    /// <summary>Our FIN acknowledged, waiting for the peer's.</summary>
    FinWait2 = 5,
    /// <summary>Waiting for stray segments after close.</summary>
    TimeWait = 6,
    /// <summary>Closed.</summary>
    Close = 7,
    /// <summary>Peer closed, waiting for the local close.</summary>
    CloseWait = 8,
    /// <summary>Waiting for the acknowledgement of our FIN after the peer's.</summary>
    LastAck = 9,
    /// <summary>Listening.</summary>
    Listen = 10,
    /// <summary>Both sides closing at once.</summary>
    Closing = 11,
    /// <summary>SYN received on a listener, not yet a full socket.</summary>
    NewSynRecv = 12,
}
