using System.Text.Json;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Routing tables as the "routes" array: one object per route with every column's raw value
/// (whatever the -e level, which only chooses text columns), the flag letters the text shows,
/// and unless -n the names the text prints for destination and gateway.
/// </summary>
internal sealed class JsonRouteRenderer(JsonStream json, HostNames hosts, bool numeric) : IRouteRenderer
{
    private static readonly JsonEncodedText Routes = JsonEncodedText.Encode("routes");
    private static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
    private static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");
    private static readonly JsonEncodedText Destination = JsonEncodedText.Encode("destination");
    private static readonly JsonEncodedText DestinationHost = JsonEncodedText.Encode("destination_host");
    private static readonly JsonEncodedText DestinationPrefix = JsonEncodedText.Encode("destination_prefix");
    private static readonly JsonEncodedText Gateway = JsonEncodedText.Encode("gateway");
    private static readonly JsonEncodedText GatewayHost = JsonEncodedText.Encode("gateway_host");
    private static readonly JsonEncodedText Genmask = JsonEncodedText.Encode("genmask");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText SourceHost = JsonEncodedText.Encode("source_host");
    private static readonly JsonEncodedText SourcePrefix = JsonEncodedText.Encode("source_prefix");
    private static readonly JsonEncodedText NextHop = JsonEncodedText.Encode("next_hop");
    private static readonly JsonEncodedText NextHopHost = JsonEncodedText.Encode("next_hop_host");
    private static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText FlagText = JsonEncodedText.Encode("flag_text");
    private static readonly JsonEncodedText Metric = JsonEncodedText.Encode("metric");
    private static readonly JsonEncodedText RefCnt = JsonEncodedText.Encode("refcnt");
    private static readonly JsonEncodedText Use = JsonEncodedText.Encode("use");
    private static readonly JsonEncodedText Interface = JsonEncodedText.Encode("interface");
    private static readonly JsonEncodedText Mss = JsonEncodedText.Encode("mss");
    private static readonly JsonEncodedText Window = JsonEncodedText.Encode("window");
    private static readonly JsonEncodedText Irtt = JsonEncodedText.Encode("irtt");
    private static readonly JsonEncodedText Tos = JsonEncodedText.Encode("tos");
    private static readonly JsonEncodedText HhRef = JsonEncodedText.Encode("hh_ref");
    private static readonly JsonEncodedText HhUptodate = JsonEncodedText.Encode("hh_uptodate");
    private static readonly JsonEncodedText SpecDst = JsonEncodedText.Encode("spec_dst");
    private static readonly JsonEncodedText Hh = JsonEncodedText.Encode("hh");
    private static readonly JsonEncodedText Arp = JsonEncodedText.Encode("arp");

    private readonly Utf8JsonWriter _w = json.Writer;

    public bool StdoutIsDocument => true;

    /// <summary>
    /// Starts the document of one pass with its "routes" array, so a pass that fails before its
    /// first table (a family without routes) is still a document a consumer can iterate.
    /// </summary>
    public void BeginDocument()
    {
        json.BeginDocument();
        json.OpenSection(Routes);
    }

    /// <summary>Ends the pass's document, whatever stopped it.</summary>
    public void EndDocument() => json.EndDocument();

    // Every table of the pass shares the one "routes" array.
    public void BeginIpv4Fib(int ext) => json.OpenSection(Routes);

    public void BeginIpv4Cache(int ext, int layout) => json.OpenSection(Routes);

    public void BeginIpv6(bool cache) => json.OpenSection(Routes);

    public void Ipv4FibRow(in Ipv4Route route, int ext)
    {
        json.RecordStart();
        _w.WriteString(Family, "inet"u8);
        _w.WriteString(Table, "fib"u8);
        uint mask = route.Mask.IPv4Value;
        Address(Destination, route.Destination);
        if (!numeric)
            json.SafeString(DestinationHost, hosts.ResolveRouteIPv4(route.Destination.IPv4Value, mask, false, defaultName: true, host: (route.Flags & RouteFlags.Host) != 0));
        Address(Gateway, route.Gateway);
        if (!numeric)
            json.SafeString(GatewayHost, hosts.ResolveRouteIPv4(route.Gateway.IPv4Value, HostNames.SprintNetmask, false, defaultName: false, host: true));
        Address(Genmask, route.Mask);
        Span<byte> flags = stackalloc byte[64];
        Common(route.Flags, flags[..TextRouteRenderer.FibFlags(route.Flags, flags)], route.Metric, route.RefCount, route.Use, route.Interface.Span);
        _w.WriteNumber(Mss, route.Mtu);
        _w.WriteNumber(Window, route.Window);
        _w.WriteNumber(Irtt, route.Irtt);
        json.RecordEnd();
    }

    public void Ipv4CacheRow(in Ipv4CachedRoute route, int ext, int layout)
    {
        json.RecordStart();
        _w.WriteString(Family, "inet"u8);
        _w.WriteString(Table, "cache"u8);
        Address(Source, route.Source);
        Address(Destination, route.Destination);
        Address(Gateway, route.Gateway);
        Span<byte> flags = stackalloc byte[64];
        Common(route.Flags, flags[..TextRouteRenderer.CacheFlags(route.Flags, layout == 97, flags)], route.Metric, route.RefCount, route.Use, route.Interface.Span);
        _w.WriteNumber(Mss, route.Mtu);
        _w.WriteNumber(Window, route.Window);
        _w.WriteNumber(Irtt, route.Irtt);
        _w.WriteNumber(Tos, route.Tos);
        _w.WriteNumber(HhRef, route.HardwareHeaderRefs);
        _w.WriteNumber(HhUptodate, route.HardwareHeaderUpToDate);
        Address(SpecDst, route.SpecificDestination);
        _w.WriteNumber(Hh, route.HardwareHeader);
        _w.WriteNumber(Arp, route.Arp);
        json.RecordEnd();
    }

    public void Ipv6Row(in Ipv6Route route)
    {
        json.RecordStart();
        _w.WriteString(Family, "inet6"u8);
        _w.WriteString(Table, (route.Flags & RouteFlags.Cache) != 0 ? "cache"u8 : "fib"u8);
        Address(Destination, route.Destination);
        _w.WriteNumber(DestinationPrefix, route.DestinationPrefixLength);
        if (!numeric)
            json.SafeString(DestinationHost, hosts.ResolveRouteIPv6(route.Destination, false));
        Address(Source, route.Source);
        _w.WriteNumber(SourcePrefix, route.SourcePrefixLength);
        Address(NextHop, route.NextHop);
        if (!numeric)
            json.SafeString(NextHopHost, hosts.ResolveRouteIPv6(route.NextHop, false));
        Span<byte> flags = stackalloc byte[64];
        Common(route.Flags, flags[..TextRouteRenderer.Ipv6Flags(route.Flags, flags)], route.Metric, route.RefCount, route.Use, route.Interface.Span);
        json.RecordEnd();
    }

    // The columns every routing table has, in the order the text prints them.
    private void Common(uint flags, ReadOnlySpan<byte> flagText, long metric, long refCount, long use, ReadOnlySpan<byte> iface)
    {
        _w.WriteNumber(Flags, flags);
        _w.WriteString(FlagText, flagText);
        _w.WriteNumber(Metric, metric);
        _w.WriteNumber(RefCnt, refCount);
        _w.WriteNumber(Use, use);
        json.SafeString(Interface, iface);
    }

    private void Address(JsonEncodedText property, InetAddress address)
    {
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        _w.WriteString(property, text[..InetAddressText.Format(address, text)]);
    }
}
