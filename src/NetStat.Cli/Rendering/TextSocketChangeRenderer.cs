using System.Globalization;
using NetStat.Changes;
using NetStat.Cli.Output;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// A change as one line: the local time in ISO 8601 with milliseconds and UTC offset, '+' (came)
/// or '-' (went), then the socket's row exactly as the table prints it:
/// <c>2026-11-25T21:04:05.120+00:00 + tcp        0      0 127.0.0.1:8080 ...</c>
/// </summary>
internal sealed class TextSocketChangeRenderer(TextOutput output, ISocketListingRenderer rows) : ISocketChangeRenderer
{
    /// <summary>Room for <see cref="FormatTime"/>'s text: "2026-11-25T21:04:05.120+00:00" is 29 bytes.</summary>
    public const int TimeTextLength = 32;

    /// <summary>The time of a change as every form of --changes writes it (text and JSON alike); its length in bytes.</summary>
    public static int FormatTime(DateTimeOffset time, Span<byte> utf8)
    {
        time.TryFormat(utf8, out int written, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        return written;
    }

    public void InternetChange(SocketChangeKind kind, DateTimeOffset time, in InetSocket socket, ProcessInfo? owner)
    {
        Prefix(kind, time);
        rows.InternetRow(socket, owner);
    }

    public void UnixChange(SocketChangeKind kind, DateTimeOffset time, in UnixSocket socket, ProcessInfo? owner)
    {
        Prefix(kind, time);
        rows.UnixRow(socket, owner);
    }

    private void Prefix(SocketChangeKind kind, DateTimeOffset time)
    {
        if (RenderContext.PendingSectionHeader is { } header)
        {
            output.Write(header);
            RenderContext.PendingSectionHeader = null;
        }
        Span<byte> text = stackalloc byte[TimeTextLength];
        output.Write(text[..FormatTime(time, text)]);
        output.Write(kind == SocketChangeKind.Appeared ? " + "u8 : " - "u8);
    }
}
