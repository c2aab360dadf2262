using System.Net.Sockets;
using System.Text.Json;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// The socket listing as JSON (docs/json-schema.json): one object per socket in the "sockets"
/// array, raw kernel values beside the names the text output would print, and with -p every
/// process holding the socket. The -g section is kept apart and written as "groups".
/// </summary>
internal sealed class JsonSocketRenderer(NetstatOptions options, JsonStream json, HostText hosts, ServiceNames services, UserNames users) : ISocketListingRenderer
{
    private static readonly JsonEncodedText Sockets = JsonEncodedText.Encode("sockets");
    private static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");
    private static readonly JsonEncodedText Proto = JsonEncodedText.Encode("proto");
    private static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
    private static readonly JsonEncodedText Local = JsonEncodedText.Encode("local");
    private static readonly JsonEncodedText Remote = JsonEncodedText.Encode("remote");
    private static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText Port = JsonEncodedText.Encode("port");
    private static readonly JsonEncodedText Host = JsonEncodedText.Encode("host");
    private static readonly JsonEncodedText Service = JsonEncodedText.Encode("service");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText StateCode = JsonEncodedText.Encode("state_code");
    private static readonly JsonEncodedText RecvQ = JsonEncodedText.Encode("recv_q");
    private static readonly JsonEncodedText SendQ = JsonEncodedText.Encode("send_q");
    private static readonly JsonEncodedText Uid = JsonEncodedText.Encode("uid");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText Inode = JsonEncodedText.Encode("inode");
    private static readonly JsonEncodedText Timer = JsonEncodedText.Encode("timer");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Ticks = JsonEncodedText.Encode("ticks");
    private static readonly JsonEncodedText Retransmits = JsonEncodedText.Encode("retransmits");
    private static readonly JsonEncodedText Timeout = JsonEncodedText.Encode("timeout");
    private static readonly JsonEncodedText Processes = JsonEncodedText.Encode("processes");
    private static readonly JsonEncodedText Pid = JsonEncodedText.Encode("pid");
    private static readonly JsonEncodedText Program = JsonEncodedText.Encode("program");
    private static readonly JsonEncodedText Fd = JsonEncodedText.Encode("fd");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TypeCode = JsonEncodedText.Encode("type_code");
    private static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText FlagNames = JsonEncodedText.Encode("flag_names");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Abstract = JsonEncodedText.Encode("abstract");
    private static readonly JsonEncodedText RefCnt = JsonEncodedText.Encode("refcnt");
    private static readonly JsonEncodedText ProtocolField = JsonEncodedText.Encode("protocol");

    private readonly Utf8JsonWriter _w = json.Writer;
    private SocketOwners? _owners;
    private JsonGroupRenderer? _groups;

    /// <summary>The -g section, written after the sockets (groups arrive between the inet and unix tables).</summary>
    public JsonGroupRenderer? GroupSection { set => _groups = value; }

    public bool WantsAllHolders => true;

    public void Owners(SocketOwners owners) => _owners = owners;

    /// <summary>Starts the document of one pass.</summary>
    public void BeginDocument()
    {
        _owners = null;
        json.BeginDocument();
    }

    /// <summary>Ends the pass's document, whatever stopped it.</summary>
    public void EndDocument()
    {
        if (!json.InDocument)
            return;
        json.CloseSection();
        if (_groups is not null && _groups.Started)
            json.RawValue(Groups, _groups.TakeSection());
        json.EndDocument();
    }

    // Both tables' rows go into the one "sockets" array.
    public void BeginInternet() => json.OpenSection(Sockets);

    public void BeginUnix() => json.OpenSection(Sockets);

    public void InternetRow(in InetSocket s, ProcessInfo? owner)
    {
        bool v6 = s.Family == AddressFamily.InterNetworkV6;
        json.RecordStart();
        _w.WriteString(Proto, TextSocketRenderer.ProtocolLabel(s));
        _w.WriteString(Family, v6 ? "inet6"u8 : "inet"u8);
        Endpoint(Local, s.LocalAddress, s.LocalPort, s.Protocol);
        Endpoint(Remote, s.RemoteAddress, s.RemotePort, s.Protocol);
        _w.WriteString(State, TextSocketRenderer.TcpStateKernelLabel(s.State));
        _w.WriteNumber(StateCode, s.State);
        _w.WriteNumber(RecvQ, s.ReceiveQueue);
        _w.WriteNumber(SendQ, s.SendQueue);
        _w.WriteNumber(Uid, s.Uid);
        if (options.Extend > 1 && !options.NumericUsers && users.Find(s.Uid) is byte[] user)
            json.SafeString(User, user);
        _w.WriteNumber(Inode, s.Inode);

        _w.WriteStartObject(Timer);
        Span<byte> timer = stackalloc byte[TextSocketRenderer.TimerTextLength];
        _w.WriteString(Name, TextSocketRenderer.TimerText(s.Protocol == SocketProtocol.Tcp, s.TimerCode, timer));
        _w.WriteNumber(Code, s.TimerCode);
        _w.WriteNumber(Ticks, s.TimerTicks);
        _w.WriteNumber(Retransmits, s.Retransmits);
        _w.WriteNumber(Timeout, s.Timeout);
        _w.WriteEndObject();

        ProcessList(s.Inode);
        json.RecordEnd();
    }

    private void Endpoint(JsonEncodedText property, InetAddress address, ushort port, SocketProtocol protocol)
    {
        _w.WriteStartObject(property);
        Span<byte> text = stackalloc byte[InetAddressText.MaxLength];
        _w.WriteString(Address, text[..InetAddressText.Format(address, text)]);
        _w.WriteNumber(Port, port);
        if (!options.NumericHosts)
            json.SafeString(Host, hosts.Format(address, text));
        if (!options.NumericPorts && port != 0 && services.Find(EndpointText.ServiceKind(protocol), port) is byte[] name)
            json.SafeString(Service, name);
        _w.WriteEndObject();
    }

    private void ProcessList(ulong inode)
    {
        if (_owners is null)
            return;
        _w.WriteStartArray(Processes);
        foreach (var holder in _owners.FindAll(inode))
        {
            _w.WriteStartObject();
            _w.WriteNumber(Pid, holder.Process.Pid);
            json.SafeString(Program, holder.Process.Program);
            _w.WriteNumber(Fd, holder.Fd);
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
    }

    public void UnixRow(in UnixSocket s, ProcessInfo? owner)
    {
        json.RecordStart();
        _w.WriteString(Proto, TextSocketRenderer.UnixProtocolLabel);
        _w.WriteString(Family, "unix"u8);
        if (s.ProtocolField != 0)
            _w.WriteNumber(ProtocolField, s.ProtocolField);
        _w.WriteNumber(RefCnt, s.RefCount);
        _w.WriteNumber(Flags, s.Flags);
        _w.WriteStartArray(FlagNames);
        foreach (var (flag, name) in TextSocketRenderer.UnixFlagLabels)
            if ((s.Flags & flag) != 0)
                _w.WriteStringValue(name);
        _w.WriteEndArray();
        _w.WriteString(Type, TextSocketRenderer.UnixTypeLabel(s.Type));
        _w.WriteNumber(TypeCode, s.Type);
        _w.WriteString(State, TextSocketRenderer.UnixStateLabel(s.State, s.Flags, "UNCONNECTED"u8));
        _w.WriteNumber(StateCode, s.State);
        _w.WriteNumber(Inode, s.Inode);
        var path = s.Path.Span;
        if (path.IsEmpty)
            _w.WriteNull(Path);
        else
            json.SafeString(Path, path);
        _w.WriteBoolean(Abstract, !path.IsEmpty && path[0] == (byte)'@');
        ProcessList(s.Inode);
        json.RecordEnd();
    }
}
