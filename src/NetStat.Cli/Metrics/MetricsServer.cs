using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NetStat.Cli.Metrics;

/// <summary>
/// A minimal HTTP/1.1 server for one endpoint: GET (or HEAD) /metrics. Everything else is 404,
/// other methods on /metrics 405. Each connection carries one request (Connection: close);
/// the request head is limited in size and time, and at most a few connections are served at
/// once, so a slow or hostile client cannot hold the exporter. Plain sockets: no ASP.NET,
/// nothing that trimming or Native AOT would break.
/// </summary>
internal sealed class MetricsServer(Socket listener, Func<byte[]> collect)
{
    /// <summary>Largest request head accepted (request line and headers).</summary>
    public const int MaxRequestBytes = 8192;

    /// <summary>Time a client has to send its request head.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Connections handled at once; further clients wait in the kernel's accept queue.</summary>
    public const int MaxConcurrent = 4;

    private readonly SemaphoreSlim _slots = new(MaxConcurrent, MaxConcurrent);

    /// <summary>Binds <paramref name="endpoint"/>; null with the reason when it cannot.</summary>
    public static Socket? Listen(IPEndPoint endpoint, out string? error)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            if (endpoint.AddressFamily == AddressFamily.InterNetworkV6)
                socket.DualMode = false;
            socket.Bind(endpoint);
            socket.Listen(16);
            error = null;
            return socket;
        }
        catch (SocketException e)
        {
            socket.Dispose();
            // The runtime's text is strerror's English; the catalog words it in the current language.
            error = Localization.Catalog.SystemError(e.NativeErrorCode);
            return null;
        }
    }

    /// <summary>Accepts connections until the process is ended.</summary>
    public void Run()
    {
        while (true)
        {
            _slots.Wait();
            Socket client;
            try
            {
                client = listener.Accept();
            }
            catch (SocketException)
            {
                _slots.Release();
                continue;
            }
            var thread = new Thread(() =>
            {
                try
                {
                    Handle(client);
                }
                finally
                {
                    client.Dispose();
                    _slots.Release();
                }
            }, 256 * 1024) { IsBackground = true };
            thread.Start();
        }
    }

    private void Handle(Socket client)
    {
        try
        {
            client.SendTimeout = 10_000;
            var head = ReadHead(client, out int status);
            if (head is null)
            {
                if (status != 0)
                    Respond(client, status, [], headOnly: false);
                return;
            }
            status = Route(head, out bool headOnly);
            if (status != 200)
            {
                Respond(client, status, [], headOnly, allow: status == 405);
                return;
            }
            byte[] body;
            try
            {
                body = collect();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A snapshot that fails is this scrape's error (500), never the end of the exporter.
                Respond(client, 500, [], headOnly);
                return;
            }
            Respond(client, 200, body, headOnly);
        }
        catch (SocketException)
        {
            // The client went away or stalled past the send timeout: nothing to tell it.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>
    /// Reads until the blank line that ends the head. Null when the client sent too much (431),
    /// took too long (408), or closed first (status 0: no answer).
    /// </summary>
    private static string? ReadHead(Socket client, out int status)
    {
        var buffer = new byte[MaxRequestBytes];
        int length = 0;
        var deadline = DateTime.UtcNow + ReadTimeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                status = 408;
                return null;
            }
            client.ReceiveTimeout = Math.Max(1, (int)left.TotalMilliseconds);
            int n;
            try
            {
                n = client.Receive(buffer, length, buffer.Length - length, SocketFlags.None);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
            {
                status = 408;
                return null;
            }
            if (n == 0)
            {
                status = 0;
                return null;
            }
            int scanFrom = Math.Max(0, length - 3);
            length += n;
            int end = buffer.AsSpan(scanFrom, length - scanFrom).IndexOf("\r\n\r\n"u8);
            if (end < 0)
                end = buffer.AsSpan(scanFrom, length - scanFrom).IndexOf("\n\n"u8);
            if (end >= 0)
            {
                status = 200;
                return Encoding.Latin1.GetString(buffer, 0, scanFrom + end);
            }
            if (length == buffer.Length)
            {
                status = 431;
                return null;
            }
        }
    }

    /// <summary>The status for a request head; only the request line matters.</summary>
    internal static int Route(string head, out bool headOnly)
    {
        headOnly = false;
        int eol = head.IndexOf('\n');
        string line = (eol < 0 ? head : head[..eol]).TrimEnd('\r');
        var parts = line.Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal) || parts[1].Length == 0)
            return 400;
        string target = parts[1];
        int query = target.IndexOf('?');
        string path = query < 0 ? target : target[..query];
        if (path != "/metrics")
            return 404;
        headOnly = parts[0] == "HEAD";
        return parts[0] is "GET" or "HEAD" ? 200 : 405;
    }

    private static void Respond(Socket client, int status, byte[] body, bool headOnly, bool allow = false)
    {
        string reason = status switch
        {
            200 => "OK",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            431 => "Request Header Fields Too Large",
            _ => "Internal Server Error",
        };
        if (status != 200)
            body = Encoding.ASCII.GetBytes($"{status} {reason}\n");
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(status).Append(' ').Append(reason).Append("\r\n")
            .Append("Content-Type: ").Append(status == 200 ? ExpositionText.ContentType : "text/plain; charset=utf-8").Append("\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n")
            .Append(allow ? "Allow: GET, HEAD\r\n" : "")
            .Append("Connection: close\r\n\r\n");
        client.Send(Encoding.ASCII.GetBytes(head.ToString()));
        if (!headOnly)
            client.Send(body);
        try
        {
            client.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
        }
    }
}
