using System.Buffers.Text;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// net-tools' interface table text: the short table (ife_print_short) without -e, the
/// ifconfig-style blocks (ife_print_long) with it, including its odd spots (RX-OVR left-aligned,
/// 'P' for both PROMISC and POINTOPOINT, a single space before "overruns" in the TX line).
/// </summary>
internal sealed class TextInterfaceRenderer(NetstatOptions options, TextOutput output) : IInterfaceRenderer
{
    private readonly bool _long = options.Extend >= 2;

    /// <summary>The short table's columns.</summary>
    internal static readonly Column[] Columns =
    [
        new("Iface", 15), new("MTU", 5, true), new("RX-OK", 8, true), new("RX-ERR", 6, true), new("RX-DRP", 6, true), new("RX-OVR", 6),
        new("TX-OK", 8, true), new("TX-ERR", 6, true), new("TX-DRP", 6, true), new("TX-OVR", 6, true), new("Flg", 0),
    ];

    /// <summary>The letters of the Flg column in the order they print (P stands for two flags).</summary>
    internal static readonly (InterfaceFlags Flag, char Letter)[] FlagLetters =
    [
        (InterfaceFlags.AllMulticast, 'A'), (InterfaceFlags.Broadcast, 'B'), (InterfaceFlags.Debug, 'D'), (InterfaceFlags.Loopback, 'L'),
        (InterfaceFlags.Multicast, 'M'), (InterfaceFlags.Dynamic, 'd'), (InterfaceFlags.Promiscuous, 'P'), (InterfaceFlags.NoTrailers, 'N'),
        (InterfaceFlags.NoArp, 'O'), (InterfaceFlags.PointToPoint, 'P'), (InterfaceFlags.Slave, 's'), (InterfaceFlags.Master, 'm'),
        (InterfaceFlags.Running, 'R'), (InterfaceFlags.Up, 'U'),
    ];

    private readonly LocalizedColumns? _ja = Catalog.Current is { } c && options.Extend < 2 ? new LocalizedColumns(c, Columns) : null;

    public void Title()
    {
        if (Catalog.Current is not null)
        {
            output.Write(Catalog.T("Kernel Interface table"));
            output.WriteByte((byte)'\n');
            return;
        }
        output.Write("Kernel Interface table\n"u8);
    }

    private void Pad(int i)
    {
        if (_ja is not null)
            output.Spaces(_ja.Extra[i]);
    }

    public void BeginPass()
    {
        if (_ja is not null)
        {
            output.Write(_ja.Header([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
            output.WriteByte((byte)'\n');
            return;
        }
        if (!_long)
            output.Write("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n"u8);
    }

    public void Interface(NetworkInterface iface)
    {
        if (_long)
            Long(iface);
        else
            Short(iface);
    }

    private void Short(NetworkInterface iface)
    {
        var name = iface.Name.Span;
        output.LeftSafe(name[..Math.Min(name.Length, 15)], 15);
        Pad(0);
        output.WriteByte((byte)' ');
        Pad(1);
        output.RightNumber((long)iface.Mtu, 5);
        output.WriteByte((byte)' ');
        if (iface.Statistics is InterfaceStatistics s)
        {
            ShortCounters(s.ReceivePackets, s.ReceiveErrors, s.ReceiveDropped, s.ReceiveFifoErrors, overrunsLeft: true, 2);
            ShortCounters(s.TransmitPackets, s.TransmitErrors, s.TransmitDropped, s.TransmitFifoErrors, overrunsLeft: false, 6);
        }
        else
        {
            output.Left("     - no statistics available -"u8, 56);
            for (int i = 2; i < 10; i++)
                Pad(i);
        }
        var f = iface.Flags;
        if (f == InterfaceFlags.None)
            output.Write("[NO FLAGS]"u8);
        foreach (var (flag, letter) in FlagLetters)
            Letter(f, flag, letter);
        output.WriteByte((byte)'\n');
    }

    /// <summary>"%8llu %6lu %6lu %6lu ": OK ERR DRP OVR of one direction; net-tools left-aligns RX-OVR.</summary>
    private void ShortCounters(ulong ok, ulong errors, ulong dropped, ulong overruns, bool overrunsLeft, int column)
    {
        Pad(column);
        output.RightNumber(ok, 8);
        output.WriteByte((byte)' ');
        Pad(column + 1);
        output.RightNumber(errors, 6);
        output.WriteByte((byte)' ');
        Pad(column + 2);
        output.RightNumber(dropped, 6);
        output.WriteByte((byte)' ');
        if (overrunsLeft)
        {
            output.LeftNumber(overruns, 6);
            Pad(column + 3);
        }
        else
        {
            Pad(column + 3);
            output.RightNumber(overruns, 6);
        }
        output.WriteByte((byte)' ');
    }

    private void Letter(InterfaceFlags flags, InterfaceFlags flag, char letter)
    {
        if ((flags & flag) != 0)
            output.WriteByte((byte)letter);
    }

    private void Long(NetworkInterface iface)
    {
        var f = iface.Flags;
        output.LeftSafe(iface.Name.Span, 0);
        output.Write(": "u8);
        FlagsWord(f);
        output.Write("  mtu "u8);
        output.Number(iface.Mtu);
        if (iface.OutFill != 0 || iface.KeepAlive != 0)
        {
            output.Write("  outfill "u8);
            output.Number(iface.OutFill);
            output.Write("  keepalive "u8);
            output.Number(iface.KeepAlive);
        }
        output.WriteByte((byte)'\n');

        if (iface.HasIPv4)
        {
            output.Write("        inet "u8);
            Address(iface.IPv4Address);
            output.Write("  netmask "u8);
            Address(iface.IPv4Netmask);
            if ((f & InterfaceFlags.Broadcast) != 0)
            {
                output.Write("  broadcast "u8);
                Address(iface.IPv4Broadcast);
            }
            if ((f & InterfaceFlags.PointToPoint) != 0)
            {
                output.Write("  destination "u8);
                Address(iface.IPv4Destination);
            }
            output.WriteByte((byte)'\n');
        }

        foreach (var a in iface.IPv6Addresses)
            Inet6Line(a);

        HardwareLine(iface);

        if ((f & InterfaceFlags.PortSelect) != 0)
        {
            output.Write("        media "u8);
            output.Write(iface.Map.Port switch
            {
                0 => "unknown"u8,
                1 => "10base2"u8,
                2 => "10baseT"u8,
                3 => "AUI"u8,
                4 => "100baseT"u8,
                5 => "100baseTX"u8,
                6 => "100baseFX"u8,
                _ => "(null)"u8,
            });
            if ((f & InterfaceFlags.AutoMedia) != 0)
                output.Write("autoselect"u8);
            output.WriteByte((byte)'\n');
        }

        if (iface.Statistics is InterfaceStatistics s)
        {
            bool compressed = iface.HardwareType is 257 or 259; // CSLIP, CSLIP6
            LongCounters("RX"u8, s.ReceivePackets, s.ReceiveBytes, " compressed:"u8, compressed ? s.ReceiveCompressed : null, s.ReceiveErrors, s.ReceiveDropped, "  overruns "u8, s.ReceiveFifoErrors);
            output.Write("  frame "u8);
            output.Number(s.ReceiveFrameErrors);
            output.WriteByte((byte)'\n');
            LongCounters("TX"u8, s.TransmitPackets, s.TransmitBytes, " compressed "u8, compressed ? s.TransmitCompressed : null, s.TransmitErrors, s.TransmitDropped, " overruns "u8, s.TransmitFifoErrors);
            output.Write("  carrier "u8);
            output.Number(s.TransmitCarrierErrors);
            output.Write("  collisions "u8);
            output.Number(s.Collisions);
            output.WriteByte((byte)'\n');
        }

        var map = iface.Map;
        if (map.Irq != 0 || map.MemoryStart != 0 || map.Dma != 0 || map.BaseAddress >= 0x100)
        {
            output.Write("        device "u8);
            if (map.Irq != 0)
            {
                output.Write("interrupt "u8);
                output.Number(map.Irq);
                output.Write("  "u8);
            }
            if (map.BaseAddress >= 0x100)
            {
                output.Write("base 0x"u8);
                Hex(map.BaseAddress);
                output.Write("  "u8);
            }
            if (map.MemoryStart != 0)
            {
                output.Write("memory 0x"u8);
                Hex(map.MemoryStart);
                output.WriteByte((byte)'-');
                Hex(map.MemoryEnd);
                output.Write("  "u8);
            }
            if (map.Dma != 0)
            {
                output.Write("  dma 0x"u8);
                Hex(map.Dma);
            }
            output.WriteByte((byte)'\n');
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// One direction's "packets ... bytes ..." line, the "compressed" line of CSLIP (net-tools
    /// writes "RX compressed:" but "TX compressed "), and its errors line up to the overruns
    /// (spaced differently for RX and TX); the caller ends that line.
    /// </summary>
    private void LongCounters(ReadOnlySpan<byte> direction, ulong packets, ulong bytes, ReadOnlySpan<byte> compressedLabel, ulong? compressed,
        ulong errors, ulong dropped, ReadOnlySpan<byte> overrunsLabel, ulong overruns)
    {
        output.Write("        "u8);
        output.Write(direction);
        output.Write(" packets "u8);
        output.Number(packets);
        output.Write("  bytes "u8);
        Bytes(bytes);
        if (compressed is ulong count)
        {
            output.Write("        "u8);
            output.Write(direction);
            output.Write(compressedLabel);
            output.Number(count);
            output.WriteByte((byte)'\n');
        }
        output.Write("        "u8);
        output.Write(direction);
        output.Write(" errors "u8);
        output.Number(errors);
        output.Write("  dropped "u8);
        output.Number(dropped);
        output.Write(overrunsLabel);
        output.Number(overruns);
    }

    // "flags=%d<UP,...>" from the signed 16-bit word; the last character is replaced by '>' when
    // it is a comma and dropped otherwise, so no names gives "flags=8192" and 0 gives "flags=0<".
    private void FlagsWord(InterfaceFlags f)
    {
        Span<byte> text = stackalloc byte[200];
        int n = 0;
        Append(text, ref n, "flags="u8);
        Utf8Formatter.TryFormat((short)f, text[n..], out int written);
        n += written;
        text[n++] = (byte)'<';
        if (f == InterfaceFlags.None)
            text[n++] = (byte)'>';
        if ((f & InterfaceFlags.Up) != 0) Append(text, ref n, "UP,"u8);
        if ((f & InterfaceFlags.Broadcast) != 0) Append(text, ref n, "BROADCAST,"u8);
        if ((f & InterfaceFlags.Debug) != 0) Append(text, ref n, "DEBUG,"u8);
        if ((f & InterfaceFlags.Loopback) != 0) Append(text, ref n, "LOOPBACK,"u8);
        if ((f & InterfaceFlags.PointToPoint) != 0) Append(text, ref n, "POINTOPOINT,"u8);
        if ((f & InterfaceFlags.NoTrailers) != 0) Append(text, ref n, "NOTRAILERS,"u8);
        if ((f & InterfaceFlags.Running) != 0) Append(text, ref n, "RUNNING,"u8);
        if ((f & InterfaceFlags.NoArp) != 0) Append(text, ref n, "NOARP,"u8);
        if ((f & InterfaceFlags.Promiscuous) != 0) Append(text, ref n, "PROMISC,"u8);
        if ((f & InterfaceFlags.AllMulticast) != 0) Append(text, ref n, "ALLMULTI,"u8);
        if ((f & InterfaceFlags.Slave) != 0) Append(text, ref n, "SLAVE,"u8);
        if ((f & InterfaceFlags.Master) != 0) Append(text, ref n, "MASTER,"u8);
        if ((f & InterfaceFlags.Multicast) != 0) Append(text, ref n, "MULTICAST,"u8);
        if ((f & InterfaceFlags.Dynamic) != 0) Append(text, ref n, "DYNAMIC,"u8);
        if (text[n - 1] == ',')
            text[n - 1] = (byte)'>';
        else
            n--;
        output.Write(text[..n]);
    }

    private void Inet6Line(InterfaceInet6Address a)
    {
        output.Write("        inet6 "u8);
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        int n = InetAddressText.Format(a.Address, text);
        var shown = text[..n];
        if (a.Address.IsIPv4Mapped)
        {
            // fix_v4_address: a mapped address shows only its dotted part.
            int dot = shown.IndexOf((byte)'.');
            if (dot >= 0)
            {
                int colon = shown[..dot].LastIndexOf((byte)':');
                if (colon >= 0)
                    shown = shown[(colon + 1)..];
            }
        }
        output.Write(shown);
        output.Write("  prefixlen "u8);
        output.Number(a.PrefixLength);
        output.Write("  scopeid 0x"u8);
        Hex((uint)a.Scope);
        int scope = a.Scope;
        Span<byte> words = stackalloc byte[64];
        int w = 0;
        words[w++] = (byte)'<';
        if ((scope & 0x80) != 0)
        {
            Append(words, ref w, "compat,"u8);
            scope -= 0x80;
        }
        if (scope == 0) Append(words, ref w, "global,"u8);
        if ((scope & 0x20) != 0) Append(words, ref w, "link,"u8);
        if ((scope & 0x40) != 0) Append(words, ref w, "site,"u8);
        if ((scope & 0x10) != 0) Append(words, ref w, "host,"u8);
        if (words[w - 1] == ',')
            words[w - 1] = (byte)'>';
        else
            w--;
        output.Write(words[..w]);
        output.WriteByte((byte)'\n');
    }

    private void HardwareLine(NetworkInterface iface)
    {
        var hw = HardwareTypes.Find(iface.HardwareType);
        output.Write("        "u8);
        output.Write(hw.Name);
        Span<byte> text = stackalloc byte[HardwareTypes.AddressTextLength];
        if (HardwareTypes.FormatAddress(hw, iface.HardwareAddress.Span, text) is int length and >= 0)
        {
            output.WriteByte((byte)' ');
            output.LeftSafe(text[..length], 0);
        }
        if (iface.TransmitQueueLength != -1)
        {
            output.Write("  txqueuelen "u8);
            output.Number(iface.TransmitQueueLength);
        }
        output.Write("  ("u8);
        output.Write(hw.Title);
        output.Write(")\n"u8);
    }

    // "%llu (%lu.%lu %s)\n": tenths truncated, binary units chosen with '>' (1024 stays "B").
    private void Bytes(ulong value)
    {
        output.Number(value);
        ulong tenths = value * 10;
        ReadOnlySpan<byte> unit = "B"u8;
        if (value > 1UL << 60)
        {
            tenths = value / 115292150460684697UL;
            unit = "EiB"u8;
        }
        else if (value > 1UL << 50)
        {
            tenths /= 1UL << 50;
            unit = "PiB"u8;
        }
        else if (value > 1UL << 40)
        {
            tenths /= 1UL << 40;
            unit = "TiB"u8;
        }
        else if (value > 1UL << 30)
        {
            tenths /= 1UL << 30;
            unit = "GiB"u8;
        }
        else if (value > 1UL << 20)
        {
            tenths /= 1UL << 20;
            unit = "MiB"u8;
        }
        else if (value > 1024)
        {
            tenths /= 1024;
            unit = "KiB"u8;
        }
        output.Write(" ("u8);
        output.Number(tenths / 10);
        output.WriteByte((byte)'.');
        output.Number(tenths % 10);
        output.WriteByte((byte)' ');
        output.Write(unit);
        output.Write(")\n"u8);
    }

    private void Address(InetAddress? address)
    {
        if (address is not InetAddress a)
        {
            output.Write("[NONE SET]"u8);
            return;
        }
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        output.Write(text[..InetAddressText.Format(a, text)]);
    }

    private void Hex(ulong value)
    {
        Span<byte> text = stackalloc byte[16];
        Utf8Formatter.TryFormat(value, text, out int n, new System.Buffers.StandardFormat('x'));
        output.Write(text[..n]);
    }

    private static void Append(Span<byte> text, ref int n, ReadOnlySpan<byte> word)
    {
        word.CopyTo(text[n..]);
        n += word.Length;
    }
}
