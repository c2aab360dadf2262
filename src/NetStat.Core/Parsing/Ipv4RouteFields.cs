namespace NetStat.Parsing;

/// <summary>
/// One row of /proc/net/route or /proc/net/rt_cache as net-tools 2.10's sscanf converts it. The
/// two tables share their first eleven columns and conversions
/// (<c>"%15s %127s %127s %X %d %d %d %127s %d %d %d"</c>, Iface to IRTT, the eighth being Mask in
/// the FIB and Source in the cache); the cache adds TOS or HH, HHRef or ARP, HHUptod and SpecDst.
/// Conversions run in the header's order (<see cref="ProcHeaderFormat"/>) and stop at the first
/// that fails, as sscanf does. A field keeps the value it held before the scan unless its
/// conversion succeeds, so the caller seeds what net-tools keeps from the row before.
/// </summary>
internal ref struct Ipv4RouteFields
{
    public ReadOnlySpan<byte> Interface;
    public ReadOnlySpan<byte> Destination;
    public ReadOnlySpan<byte> Gateway;
    public uint Flags;
    public int RefCount;
    public int Use;
    public int Metric;

    /// <summary>The eighth column: Mask (FIB) or Source (cache).</summary>
    public ReadOnlySpan<byte> MaskOrSource;

    public int Mtu;
    public int Window;
    public int Irtt;

    /// <summary>Cache only: TOS (Linux 2.2+ layout) or HH (2.0 layout).</summary>
    public int TosOrHardwareHeader;

    /// <summary>Cache only: HHRef (Linux 2.2+ layout) or ARP (2.0 layout).</summary>
    public int HardwareHeaderRefsOrArp;

    /// <summary>Cache only: HHUptod (Linux 2.2+ layout).</summary>
    public int HardwareHeaderUpToDate;

    /// <summary>Cache only: SpecDst (Linux 2.2+ layout).</summary>
    public ReadOnlySpan<byte> SpecificDestination;

    /// <summary>Conversions of this scan that overflowed (each left errno at ERANGE in net-tools).</summary>
    public int RangeErrors;

    /// <summary>
    /// Converts the words of <paramref name="piece"/> by <paramref name="steps"/> (column indexes
    /// as in the FIB's or the cache's column list); how many converted (skipped words do not count).
    /// </summary>
    public int Scan(ReadOnlySpan<byte> piece, int[] steps)
    {
        var input = new ScanfInput(piece);
        int converted = 0;
        foreach (int step in steps)
        {
            bool ok;
            ReadOnlySpan<byte> word;
            int number;
            switch (step)
            {
                case ProcHeaderFormat.Skip: ok = input.SkipString(); break;
                case 0: if (ok = input.String(15, out word)) Interface = word; break;
                case 1: if (ok = input.String(127, out word)) Destination = word; break;
                case 2: if (ok = input.String(127, out word)) Gateway = word; break;
                case 3: if (ok = input.UInt32Hex(0, out uint flags)) Flags = flags; break;
                case 4: if (ok = input.Int32(0, out number)) RefCount = number; break;
                case 5: if (ok = input.Int32(0, out number)) Use = number; break;
                case 6: if (ok = input.Int32(0, out number)) Metric = number; break;
                case 7: if (ok = input.String(127, out word)) MaskOrSource = word; break;
                case 8: if (ok = input.Int32(0, out number)) Mtu = number; break;
                case 9: if (ok = input.Int32(0, out number)) Window = number; break;
                case 10: if (ok = input.Int32(0, out number)) Irtt = number; break;
                case 11: if (ok = input.Int32(0, out number)) TosOrHardwareHeader = number; break;
                case 12: if (ok = input.Int32(0, out number)) HardwareHeaderRefsOrArp = number; break;
                case 13: if (ok = input.Int32(0, out number)) HardwareHeaderUpToDate = number; break;
                default: if (ok = input.String(127, out word)) SpecificDestination = word; break;
            }
            if (!ok)
                break;
            if (step != ProcHeaderFormat.Skip)
                converted++;
        }
        RangeErrors = input.RangeErrors;
        return converted;
    }
}
