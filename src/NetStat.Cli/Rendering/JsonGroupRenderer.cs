using System.Buffers;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// The -g table as the "groups" array of the socket document. net-tools prints it between the
/// Internet and UNIX tables, inside what is one "sockets" array in JSON, so the (small) table is
/// collected apart and placed after the sockets when the document ends.
/// </summary>
internal sealed class JsonGroupRenderer : IGroupListingRenderer
{
    private static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
    private static readonly JsonEncodedText Interface = JsonEncodedText.Encode("interface");
    private static readonly JsonEncodedText InterfaceIndex = JsonEncodedText.Encode("interface_index");
    private static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText Host = JsonEncodedText.Encode("host");
    private static readonly JsonEncodedText RefCnt = JsonEncodedText.Encode("refcnt");
    private static readonly JsonEncodedText TimerRunning = JsonEncodedText.Encode("timer_running");
    private static readonly JsonEncodedText TimerTicks = JsonEncodedText.Encode("timer_ticks");
    private static readonly JsonEncodedText Reporter = JsonEncodedText.Encode("reporter");
    private static readonly JsonEncodedText InterfaceGroups = JsonEncodedText.Encode("interface_group_count");
    private static readonly JsonEncodedText Querier = JsonEncodedText.Encode("querier");
    private static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText Netns = JsonEncodedText.Encode("netns");

    private readonly NetstatOptions _options;
    private readonly JsonStream _json;
    private readonly HostText _hosts;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _w;

    public JsonGroupRenderer(NetstatOptions options, JsonStream json, HostText hosts)
    {
        _options = options;
        _json = json;
        _hosts = hosts;
        _w = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Whether the table was started in this pass.</summary>
    public bool Started { get; private set; }

    public void BeginGroups()
    {
        _buffer.ResetWrittenCount();
        _w.Reset(_buffer);
        _w.WriteStartArray();
        Started = true;
    }

    public void GroupRow(in MulticastMembership m)
    {
        _w.WriteStartObject();
        if (_json.Netns is JsonEncodedText netns)
            _w.WriteString(Netns, netns);
        bool v6 = m.Family == AddressFamily.InterNetworkV6;
        _w.WriteString(Family, v6 ? "inet6"u8 : "inet"u8);
        Safe(Interface, m.InterfaceName.Span);
        _w.WriteNumber(InterfaceIndex, m.InterfaceIndex);
        _w.WriteStartObject(Group);
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        _w.WriteString(Address, text[..InetAddressText.Format(m.Group, text)]);
        if (!_options.NumericHosts)
            Safe(Host, _hosts.Format(m.Group, text));
        _w.WriteEndObject();
        _w.WriteNumber(RefCnt, m.Users);
        _w.WriteBoolean(TimerRunning, m.TimerRunning);
        _w.WriteNumber(TimerTicks, m.TimerTicks);
        _w.WriteBoolean(Reporter, m.Reporter);
        if (v6)
        {
            _w.WriteNumber(Flags, m.Flags);
        }
        else
        {
            _w.WriteNumber(InterfaceGroups, m.InterfaceGroupCount);
            Safe(Querier, m.Querier.Span);
        }
        _w.WriteEndObject();
    }

    private void Safe(JsonEncodedText property, ReadOnlySpan<byte> raw) =>
        _w.WriteString(property, SafeText.Escape(raw));

    /// <summary>The finished array, for the document; valid until the next pass.</summary>
    public ReadOnlySpan<byte> TakeSection()
    {
        _w.WriteEndArray();
        _w.Flush();
        Started = false;
        return _buffer.WrittenSpan;
    }
}
