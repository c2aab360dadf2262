using System.Text.Json;
using NetStat.Changes;
using NetStat.Cli.Output;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// -c --changes --json: each change is a document of its own line (NDJSON), after the first
/// pass's ordinary listing document:
/// <c>{"schema":1,"event":"added","time":"2026-11-25T21:04:05.120+00:00","socket":{...}}</c>.
/// The socket object is written by the listing's <see cref="JsonSocketRenderer"/>, so it is the
/// object a listing holds; a socket that went is shown as last seen, with the processes that
/// held it then.
/// </summary>
internal sealed class JsonSocketChangeRenderer(JsonStream json, JsonSocketRenderer rows) : ISocketChangeRenderer
{
    private static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText Socket = JsonEncodedText.Encode("socket");

    private SocketOwners? _current;
    private SocketOwners? _previous;

    public void Owners(SocketOwners owners)
    {
        _previous = _current;
        _current = owners;
    }

    public void InternetChange(SocketChangeKind kind, DateTimeOffset time, in InetSocket socket, ProcessInfo? owner)
    {
        Begin(kind, time);
        rows.InternetRow(socket, owner);
        End(kind);
    }

    public void UnixChange(SocketChangeKind kind, DateTimeOffset time, in UnixSocket socket, ProcessInfo? owner)
    {
        Begin(kind, time);
        rows.UnixRow(socket, owner);
        End(kind);
    }

    private void Begin(SocketChangeKind kind, DateTimeOffset time)
    {
        json.BeginDocument();
        var w = json.Writer;
        w.WriteString(Event, kind == SocketChangeKind.Appeared ? "added"u8 : "removed"u8);
        Span<byte> text = stackalloc byte[TextSocketChangeRenderer.TimeTextLength];
        w.WriteString(Time, text[..TextSocketChangeRenderer.FormatTime(time, text)]);
        w.WritePropertyName(Socket);
        if (kind == SocketChangeKind.Disappeared && _previous is not null)
            rows.Owners(_previous);
    }

    private void End(SocketChangeKind kind)
    {
        if (kind == SocketChangeKind.Disappeared && _current is not null)
            rows.Owners(_current);
        json.EndDocument();
    }
}
