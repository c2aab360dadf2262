using System.Text.Json;
using NetStat.Cli.Output;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// The interface table as the "interfaces" array: one object per interface with every value the
/// kernel gave (the /proc/net/dev counters, configuration, addresses), whatever -e chose for the
/// text. IPv6 addresses are read only with -e, as for the text.
/// </summary>
internal sealed class JsonInterfaceRenderer(JsonStream json) : IInterfaceRenderer
{
    private static readonly JsonEncodedText Interfaces = JsonEncodedText.Encode("interfaces");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Mtu = JsonEncodedText.Encode("mtu");
    private static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText FlagNames = JsonEncodedText.Encode("flag_names");
    private static readonly JsonEncodedText Statistics = JsonEncodedText.Encode("statistics");
    private static readonly JsonEncodedText Hardware = JsonEncodedText.Encode("hardware");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText AddressBytes = JsonEncodedText.Encode("address_bytes");
    private static readonly JsonEncodedText TxQueueLen = JsonEncodedText.Encode("txqueuelen");
    private static readonly JsonEncodedText Map = JsonEncodedText.Encode("map");
    private static readonly JsonEncodedText OutFill = JsonEncodedText.Encode("outfill");
    private static readonly JsonEncodedText KeepAlive = JsonEncodedText.Encode("keepalive");
    private static readonly JsonEncodedText Inet = JsonEncodedText.Encode("inet");
    private static readonly JsonEncodedText Netmask = JsonEncodedText.Encode("netmask");
    private static readonly JsonEncodedText Broadcast = JsonEncodedText.Encode("broadcast");
    private static readonly JsonEncodedText Destination = JsonEncodedText.Encode("destination");
    private static readonly JsonEncodedText Inet6 = JsonEncodedText.Encode("inet6");
    private static readonly JsonEncodedText PrefixLength = JsonEncodedText.Encode("prefix_length");
    private static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText InterfaceIndex = JsonEncodedText.Encode("interface_index");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");

    private static readonly string[] FlagNameTable =
    [
        "UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS", "RUNNING", "NOARP",
        "PROMISC", "ALLMULTI", "MASTER", "SLAVE", "MULTICAST", "PORTSEL", "AUTOMEDIA", "DYNAMIC",
    ];

    private readonly Utf8JsonWriter _w = json.Writer;

    public void Title()
    {
    }

    public void BeginPass()
    {
        json.BeginDocument();
        json.OpenSection(Interfaces);
    }

    public void EndPass() => json.EndDocument();

    public void Interface(NetworkInterface iface)
    {
        json.RecordStart();
        json.SafeString(Name, iface.Name.Span);
        _w.WriteNumber(Mtu, iface.Mtu);
        _w.WriteNumber(Flags, (ushort)iface.Flags);
        _w.WriteStartArray(FlagNames);
        for (int bit = 0; bit < 16; bit++)
            if (((ushort)iface.Flags & (1 << bit)) != 0)
                _w.WriteStringValue(FlagNameTable[bit]);
        _w.WriteEndArray();

        if (iface.Statistics is InterfaceStatistics s)
        {
            _w.WriteStartObject(Statistics);
            _w.WriteNumber("layout", s.Layout);
            _w.WriteNumber("rx_bytes", s.ReceiveBytes);
            _w.WriteNumber("rx_packets", s.ReceivePackets);
            _w.WriteNumber("rx_errors", s.ReceiveErrors);
            _w.WriteNumber("rx_dropped", s.ReceiveDropped);
            _w.WriteNumber("rx_fifo_errors", s.ReceiveFifoErrors);
            _w.WriteNumber("rx_frame_errors", s.ReceiveFrameErrors);
            _w.WriteNumber("rx_compressed", s.ReceiveCompressed);
            _w.WriteNumber("rx_multicast", s.ReceiveMulticast);
            _w.WriteNumber("tx_bytes", s.TransmitBytes);
            _w.WriteNumber("tx_packets", s.TransmitPackets);
            _w.WriteNumber("tx_errors", s.TransmitErrors);
            _w.WriteNumber("tx_dropped", s.TransmitDropped);
            _w.WriteNumber("tx_fifo_errors", s.TransmitFifoErrors);
            _w.WriteNumber("collisions", s.Collisions);
            _w.WriteNumber("tx_carrier_errors", s.TransmitCarrierErrors);
            _w.WriteNumber("tx_compressed", s.TransmitCompressed);
            _w.WriteEndObject();
        }
        else
        {
            _w.WriteNull(Statistics);
        }

        var hw = HardwareTypes.Find(iface.HardwareType);
        _w.WriteStartObject(Hardware);
        _w.WriteNumber(Type, iface.HardwareType);
        _w.WriteString(Name, hw.Name);
        _w.WriteString(TitleName, hw.Title);
        if (iface.HasHardwareAddress)
        {
            var kernel = iface.HardwareAddress.Span;
            Span<byte> text = stackalloc byte[Math.Max(HardwareTypes.AddressTextLength, kernel.Length * 2)];
            if (HardwareTypes.FormatAddress(hw, kernel, text) is int length and >= 0)
                json.SafeString(Address, text[..length]);
            _w.WriteString(AddressBytes, text[..HardwareTypes.LowerHex(kernel, text)]);
        }
        _w.WriteEndObject();
        _w.WriteNumber(TxQueueLen, iface.TransmitQueueLength);

        var m = iface.Map;
        _w.WriteStartObject(Map);
        _w.WriteNumber("mem_start", m.MemoryStart);
        _w.WriteNumber("mem_end", m.MemoryEnd);
        _w.WriteNumber("base_addr", m.BaseAddress);
        _w.WriteNumber("irq", m.Irq);
        _w.WriteNumber("dma", m.Dma);
        _w.WriteNumber("port", m.Port);
        _w.WriteEndObject();
        _w.WriteNumber(OutFill, iface.OutFill);
        _w.WriteNumber(KeepAlive, iface.KeepAlive);

        if (iface.HasIPv4)
        {
            _w.WriteStartObject(Inet);
            Addr(Address, iface.IPv4Address);
            OptionalAddr(Netmask, iface.IPv4Netmask);
            OptionalAddr(Broadcast, iface.IPv4Broadcast);
            OptionalAddr(Destination, iface.IPv4Destination);
            _w.WriteEndObject();
        }
        else
        {
            _w.WriteNull(Inet);
        }

        _w.WriteStartArray(Inet6);
        foreach (var a in iface.IPv6Addresses)
        {
            _w.WriteStartObject();
            Addr(Address, a.Address);
            _w.WriteNumber(PrefixLength, a.PrefixLength);
            _w.WriteNumber(Scope, a.Scope);
            _w.WriteNumber(Flags, a.Flags);
            _w.WriteNumber(InterfaceIndex, a.InterfaceIndex);
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
        if (iface.FetchError != 0)
            _w.WriteNumber(Error, iface.FetchError);
        json.RecordEnd();
    }

    private void Addr(JsonEncodedText property, InetAddress address)
    {
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        _w.WriteString(property, text[..InetAddressText.Format(address, text)]);
    }

    private void OptionalAddr(JsonEncodedText property, InetAddress? address)
    {
        if (address is InetAddress a)
            Addr(property, a);
        else
            _w.WriteNull(property);
    }
}
