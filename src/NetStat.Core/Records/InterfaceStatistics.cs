namespace NetStat.Records;

/// <summary>
/// The counters of one line of /proc/net/dev, raw 64-bit values in the kernel's column order.
/// Counters an older file layout lacks are 0 (see <see cref="Layout"/>).
/// </summary>
public readonly record struct InterfaceStatistics
{
    /// <summary>Which /proc/net/dev layout the values came from: 3 = 16 columns (with compressed and
    /// multicast), 2 = 13 columns (with bytes), 1 = 11 columns (packets only).</summary>
    public int Layout { get; init; }

    /// <summary>Bytes received.</summary>
    public ulong ReceiveBytes { get; init; }
    /// <summary>Packets received.</summary>
    public ulong ReceivePackets { get; init; }
    /// <summary>Receive errors ("errs").</summary>
    public ulong ReceiveErrors { get; init; }
    /// <summary>Received packets dropped ("drop").</summary>
    public ulong ReceiveDropped { get; init; }
    /// <summary>Receive FIFO overruns ("fifo").</summary>
    public ulong ReceiveFifoErrors { get; init; }
    /// <summary>Receive framing errors ("frame").</summary>
    public ulong ReceiveFrameErrors { get; init; }
    /// <summary>Compressed packets received.</summary>
    public ulong ReceiveCompressed { get; init; }
    /// <summary>Multicast packets received.</summary>
    public ulong ReceiveMulticast { get; init; }
    /// <summary>Bytes transmitted.</summary>
    public ulong TransmitBytes { get; init; }
    /// <summary>Packets transmitted.</summary>
    public ulong TransmitPackets { get; init; }
    /// <summary>Transmit errors.</summary>
    public ulong TransmitErrors { get; init; }
    /// <summary>Transmitted packets dropped.</summary>
    public ulong TransmitDropped { get; init; }
    /// <summary>Transmit FIFO errors.</summary>
    public ulong TransmitFifoErrors { get; init; }
    /// <summary>Collisions ("colls").</summary>
    public ulong Collisions { get; init; }
    /// <summary>Carrier errors.</summary>
    public ulong TransmitCarrierErrors { get; init; }
    /// <summary>Compressed packets transmitted.</summary>
    public ulong TransmitCompressed { get; init; }
}
