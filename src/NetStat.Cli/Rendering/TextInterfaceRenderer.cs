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

    /// <summary>
    /// The words of the short table's odd rows and of the -e blocks, in the current language,
    /// looked up once per run (net-tools' English bytes in the C locale).
    /// </summary>
    private sealed class Labels
    {
        public readonly byte[] NoFlags = Catalog.Bytes("[NO FLAGS]");
        public readonly byte[] NoStatistics = Catalog.Bytes("- no statistics available -");
        public readonly byte[] NoneSet = Catalog.Bytes("[NONE SET]");
        public readonly byte[] Flags = Catalog.Bytes("flags");
        public readonly byte[] Mtu = Catalog.Bytes("mtu");
        public readonly byte[] OutFill = Catalog.Bytes("outfill");
        public readonly byte[] KeepAlive = Catalog.Bytes("keepalive");
        public readonly byte[] Netmask = Catalog.Bytes("netmask");
        public readonly byte[] Broadcast = Catalog.Bytes("broadcast");
        public readonly byte[] Destination = Catalog.Bytes("destination");
        public readonly byte[] PrefixLength = Catalog.Bytes("prefixlen");
        public readonly byte[] ScopeId = Catalog.Bytes("scopeid");
        public readonly byte[] TransmitQueueLength = Catalog.Bytes("txqueuelen");
        public readonly byte[] Media = Catalog.Bytes("media");
        public readonly byte[] ReceivePackets = Catalog.Bytes("RX packets");
        public readonly byte[] TransmitPackets = Catalog.Bytes("TX packets");
        public readonly byte[] ReceiveCompressed = Catalog.Bytes("RX compressed:");
        // net-tools writes "RX compressed:%lu" but "TX compressed %lu".
        public readonly byte[] TransmitCompressed = [.. Catalog.Bytes("TX compressed"), (byte)' '];
        public readonly byte[] ReceiveErrors = Catalog.Bytes("RX errors");
        public readonly byte[] TransmitErrors = Catalog.Bytes("TX errors");
        public readonly byte[] Bytes = Catalog.Bytes("bytes");
        public readonly byte[] Dropped = Catalog.Bytes("dropped");
        public readonly byte[] Overruns = Catalog.Bytes("overruns");
        public readonly byte[] Frame = Catalog.Bytes("frame");
        public readonly byte[] Carrier = Catalog.Bytes("carrier");
        public readonly byte[] Collisions = Catalog.Bytes("collisions");
        public readonly byte[] Device = Catalog.Bytes("device");
        public readonly byte[] Interrupt = Catalog.Bytes("interrupt");
        public readonly byte[] Base = Catalog.Bytes("base");
        public readonly byte[] Memory = Catalog.Bytes("memory");
        public readonly byte[] Dma = Catalog.Bytes("dma");
    }

    private Labels? _labels;

    private Labels L => _labels ??= new Labels();

    /// <summary>"  label " (or another lead-in): a label between net-tools' spaces.</summary>
    private void Label(ReadOnlySpan<byte> before, byte[] label)
    {
        output.Write(before);
        output.Write(label);
        output.WriteByte((byte)' ');
    }

    public void Title()
    {
        output.Write(Catalog.T("Kernel Interface table"));
        output.WriteByte((byte)'\n');
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
            // "%-56s" of the words, counted in terminal cells when translated.
            output.Write("     "u8);
            output.Write(L.NoStatistics);
            output.Spaces(Math.Max(0, 51 - (_ja is null ? L.NoStatistics.Length : DisplayWidth.Of(L.NoStatistics))));
            for (int i = 2; i < 10; i++)
                Pad(i);
        }
        var f = iface.Flags;
        if (f == InterfaceFlags.None)
            output.Write(L.NoFlags);
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
        Label("  "u8, L.Mtu);
        output.Number(iface.Mtu);
        if (iface.OutFill != 0 || iface.KeepAlive != 0)
        {
            Label("  "u8, L.OutFill);
            output.Number(iface.OutFill);
            Label("  "u8, L.KeepAlive);
            output.Number(iface.KeepAlive);
        }
        output.WriteByte((byte)'\n');

        if (iface.HasIPv4)
        {
            output.Write("        inet "u8);
            Address(iface.IPv4Address);
            Label("  "u8, L.Netmask);
            Address(iface.IPv4Netmask);
            if ((f & InterfaceFlags.Broadcast) != 0)
            {
                Label("  "u8, L.Broadcast);
                Address(iface.IPv4Broadcast);
            }
            if ((f & InterfaceFlags.PointToPoint) != 0)
            {
                Label("  "u8, L.Destination);
                Address(iface.IPv4Destination);
            }
            output.WriteByte((byte)'\n');
        }

        foreach (var a in iface.IPv6Addresses)
            Inet6Line(a);

        HardwareLine(iface);

        if ((f & InterfaceFlags.PortSelect) != 0)
        {
            Label("        "u8, L.Media);
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
            LongCounters(L.ReceivePackets, s.ReceivePackets, s.ReceiveBytes, L.ReceiveCompressed, compressed ? s.ReceiveCompressed : null,
                L.ReceiveErrors, s.ReceiveErrors, s.ReceiveDropped, "  "u8, s.ReceiveFifoErrors);
            Label("  "u8, L.Frame);
            output.Number(s.ReceiveFrameErrors);
            output.WriteByte((byte)'\n');
            LongCounters(L.TransmitPackets, s.TransmitPackets, s.TransmitBytes, L.TransmitCompressed, compressed ? s.TransmitCompressed : null,
                L.TransmitErrors, s.TransmitErrors, s.TransmitDropped, " "u8, s.TransmitFifoErrors);
            Label("  "u8, L.Carrier);
            output.Number(s.TransmitCarrierErrors);
            Label("  "u8, L.Collisions);
            output.Number(s.Collisions);
            output.WriteByte((byte)'\n');
        }

        var map = iface.Map;
        if (map.Irq != 0 || map.MemoryStart != 0 || map.Dma != 0 || map.BaseAddress >= 0x100)
        {
            Label("        "u8, L.Device);
            if (map.Irq != 0)
            {
                Label(default, L.Interrupt);
                output.Number(map.Irq);
                output.Write("  "u8);
            }
            if (map.BaseAddress >= 0x100)
            {
                Label(default, L.Base);
                output.Write("0x"u8);
                Hex(map.BaseAddress);
                output.Write("  "u8);
            }
            if (map.MemoryStart != 0)
            {
                Label(default, L.Memory);
                output.Write("0x"u8);
                Hex(map.MemoryStart);
                output.WriteByte((byte)'-');
                Hex(map.MemoryEnd);
                output.Write("  "u8);
            }
            if (map.Dma != 0)
            {
                Label("  "u8, L.Dma);
                output.Write("0x"u8);
                Hex(map.Dma);
            }
            output.WriteByte((byte)'\n');
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// One direction's "packets ... bytes ..." line, the "compressed" line of CSLIP (net-tools
    /// writes "RX compressed:" but "TX compressed ", a space short: the label ends the text
    /// before the count), and its errors line up to the overruns (two spaces before them for RX,
    /// one for TX); the caller ends that line.
    /// </summary>
    private void LongCounters(byte[] packetsLabel, ulong packets, ulong bytes, byte[] compressedLabel, ulong? compressed,
        byte[] errorsLabel, ulong errors, ulong dropped, ReadOnlySpan<byte> beforeOverruns, ulong overruns)
    {
        Label("        "u8, packetsLabel);
        output.Number(packets);
        Label("  "u8, L.Bytes);
        Bytes(bytes);
        if (compressed is ulong count)
        {
            output.Write("        "u8);
            output.Write(compressedLabel);
            output.Number(count);
            output.WriteByte((byte)'\n');
        }
        Label("        "u8, errorsLabel);
        output.Number(errors);
        Label("  "u8, L.Dropped);
        output.Number(dropped);
        Label(beforeOverruns, L.Overruns);
        output.Number(overruns);
    }

    // "flags=%d<UP,...>" from the signed 16-bit word; the last character is replaced by '>' when
    // it is a comma and dropped otherwise, so no names gives "flags=8192" and 0 gives "flags=0<".
    private void FlagsWord(InterfaceFlags f)
    {
        Span<byte> text = stackalloc byte[200 + L.Flags.Length];
        int n = 0;
        Append(text, ref n, L.Flags);
        text[n++] = (byte)'=';
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
        Label("  "u8, L.PrefixLength);
        output.Number(a.PrefixLength);
        Label("  "u8, L.ScopeId);
        output.Write("0x"u8);
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
            Label("  "u8, L.TransmitQueueLength);
            output.Number(iface.TransmitQueueLength);
        }
        output.Write("  ("u8);
        output.Write(Catalog.Current is null ? hw.Title : TranslatedTitle(hw));
        output.Write(")\n"u8);
    }

    // The translated link titles met so far: looked up once per run, not once per interface of every pass.
    private Dictionary<HardwareTypes.Entry, byte[]>? _titles;

    private byte[] TranslatedTitle(HardwareTypes.Entry hw)
    {
        _titles ??= new(ReferenceEqualityComparer.Instance);
        if (!_titles.TryGetValue(hw, out var title))
            _titles[hw] = title = Catalog.Bytes(hw.TitleText);
        return title;
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
            output.Write(L.NoneSet);
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
