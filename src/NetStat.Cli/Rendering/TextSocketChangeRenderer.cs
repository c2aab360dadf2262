using System.Buffers;
using System.Buffers.Text;
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
        // ISO 8601 as "yyyy-MM-dd'T'HH:mm:ss.fffzzz" writes it, by hand: a format string would
        // bring the runtime's whole date formatting into the executable for these 29 bytes.
        var t = time.DateTime;
        var offset = time.Offset;
        int n = 0;
        Put(utf8, ref n, t.Year, 4, (byte)'-');
        Put(utf8, ref n, t.Month, 2, (byte)'-');
        Put(utf8, ref n, t.Day, 2, (byte)'T');
        Put(utf8, ref n, t.Hour, 2, (byte)':');
        Put(utf8, ref n, t.Minute, 2, (byte)':');
        Put(utf8, ref n, t.Second, 2, (byte)'.');
        Put(utf8, ref n, t.Millisecond, 3, offset < TimeSpan.Zero ? (byte)'-' : (byte)'+');
        offset = offset.Duration();
        Put(utf8, ref n, offset.Hours, 2, (byte)':');
        Put(utf8, ref n, offset.Minutes, 2, 0);
        return n;
    }

    /// <summary>Writes <paramref name="value"/> in <paramref name="digits"/> digits, then <paramref name="after"/> unless it is 0.</summary>
    private static void Put(Span<byte> utf8, ref int n, int value, int digits, byte after)
    {
        Utf8Formatter.TryFormat(value, utf8[n..], out int written, new StandardFormat('D', (byte)digits));
        n += written;
        if (after != 0)
            utf8[n++] = after;
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
