namespace NetStat.Records;

/// <summary>The device map of an interface (SIOCGIFMAP: struct ifmap); all zero for virtual devices.</summary>
public readonly record struct InterfaceMap
{
    /// <summary>Start of shared memory.</summary>
    public ulong MemoryStart { get; init; }
    /// <summary>End of shared memory.</summary>
    public ulong MemoryEnd { get; init; }
    /// <summary>I/O base address.</summary>
    public ushort BaseAddress { get; init; }
    /// <summary>Interrupt line.</summary>
    public byte Irq { get; init; }
    /// <summary>DMA channel.</summary>
    public byte Dma { get; init; }
    /// <summary>Media port (index into the legacy port names).</summary>
    public byte Port { get; init; }

    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => MemoryStart == 0 && MemoryEnd == 0 && BaseAddress == 0 && Irq == 0 && Dma == 0 && Port == 0;
}
