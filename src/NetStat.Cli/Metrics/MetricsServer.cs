using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using NetStat.Cli.Interop;

namespace NetStat.Cli.Metrics;

/// <summary>
/// A minimal HTTP/1.1 server for one endpoint: GET (or HEAD) /metrics. Everything else is 404,
/// other methods on /metrics 405. Each connection carries one request (Connection: close);
/// the request head is limited in size and time, and at most a few connections are served at
/// once, so a slow or hostile client cannot hold the exporter. Plain C library sockets: no
/// ASP.NET, and not System.Net.Sockets either, whose code and types would be mapped by every
/// run of the executable (a tenth of its size) for this one mode.
/// </summary>
internal sealed class MetricsServer(int listener, Func<byte[]> collect)
{
    /// <summary>Largest request head accepted (request line and headers).</summary>
    public const int MaxRequestBytes = 8192;

    /// <summary>Time a client has to send its request head.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Time a client has to take each part of the answer.</summary>
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Connections handled at once; further clients wait in the kernel's accept queue.</summary>
    public const int MaxConcurrent = 4;

    // A counter under a monitor rather than SemaphoreSlim, whose asynchronous waiters would bring
    // the task machinery into the executable.
    private readonly object _gate = new();
    private int _busy;

    /// <summary>A listening socket bound to <paramref name="endpoint"/>; -1 with the reason when it cannot be had.</summary>
    public static unsafe int Listen(IPEndPoint endpoint, out string? error)
    {
        bool v6 = endpoint.AddressFamily == AddressFamily.InterNetworkV6;
        int fd = Libc.Socket(v6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        if (fd < 0)
        {
            error = Localization.Catalog.SystemError(Marshal.GetLastPInvokeError());
            return -1;
        }
        Span<byte> address = stackalloc byte[28];
        int length = SocketAddress(endpoint, address);
        bool ok = SetInt(fd, Libc.SOL_SOCKET, Libc.SO_REUSEADDR, 1) && (!v6 || SetInt(fd, Libc.IPPROTO_IPV6, Libc.IPV6_V6ONLY, 1));
        fixed (byte* a = address)
            ok = ok && Libc.Bind(fd, a, (uint)length) == 0 && Libc.Listen(fd, 16) == 0;
        if (!ok)
        {
            // strerror's words, through the catalog in the current language.
            error = Localization.Catalog.SystemError(Marshal.GetLastPInvokeError());
            Libc.Close(fd);
            return -1;
        }
        error = null;
        return fd;
    }

    /// <summary>Closes a socket of <see cref="Listen"/>.</summary>
    public static void Close(int fd) => Libc.Close(fd);

    /// <summary>struct sockaddr_in or sockaddr_in6 of <paramref name="endpoint"/>; its length.</summary>
    private static int SocketAddress(IPEndPoint endpoint, Span<byte> address)
    {
        address.Clear();
        bool v6 = endpoint.AddressFamily == AddressFamily.InterNetworkV6;
        BinaryPrimitives.WriteUInt16LittleEndian(address, (ushort)(v6 ? Libc.AF_INET6 : Libc.AF_INET));
        BinaryPrimitives.WriteUInt16BigEndian(address[2..], (ushort)endpoint.Port);
        endpoint.Address.TryWriteBytes(address[(v6 ? 8 : 4)..], out _);
        return v6 ? 28 : 16;
    }

    private static unsafe bool SetInt(int fd, int level, int name, int value) =>
        Libc.SetSockOpt(fd, level, name, &value, sizeof(int)) == 0;

    private static unsafe bool SetTimeout(int fd, int name, TimeSpan timeout)
    {
        long* timeval = stackalloc long[2]; // struct timeval: seconds, microseconds
        long us = Math.Max(1000, (long)(timeout.Ticks / 10));
        timeval[0] = us / 1_000_000;
        timeval[1] = us % 1_000_000;
        return Libc.SetSockOpt(fd, Libc.SOL_SOCKET, name, timeval, 16) == 0;
    }

    /// <summary>Accepts connections until the process is ended; the errno when the listening socket fails for good.</summary>
    public unsafe int Run()
    {
        while (true)
        {
            TakeSlot();
            int client = Libc.Accept4(listener, null, null, Libc.SOCK_CLOEXEC);
            if (client < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                ReleaseSlot();
                // The listener itself gone bad: nothing more will come (the caller reports it).
                if (errno is 9 /* EBADF */ or 22 /* EINVAL */ or 88 /* ENOTSOCK */)
                    return errno;
                // Out of descriptors or memory: wait for a connection to end rather than spin.
                if (errno is 12 /* ENOMEM */ or 23 /* ENFILE */ or 24 /* EMFILE */ or 105 /* ENOBUFS */)
                    Thread.Sleep(100);
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
                    Libc.Close(client);
                    ReleaseSlot();
                }
            }, 256 * 1024) { IsBackground = true };
            thread.Start();
        }
    }

    private void TakeSlot()
    {
        lock (_gate)
        {
            while (_busy == MaxConcurrent)
                Monitor.Wait(_gate);
            _busy++;
        }
    }

    private void ReleaseSlot()
    {
        lock (_gate)
        {
            _busy--;
            Monitor.Pulse(_gate);
        }
    }

    private void Handle(int client)
    {
        SetTimeout(client, Libc.SO_SNDTIMEO, SendTimeout);
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

    /// <summary>
    /// Reads until the blank line that ends the head. Null when the client sent too much (431),
    /// took too long (408), or closed first or failed (status 0: no answer).
    /// </summary>
    private static unsafe string? ReadHead(int client, out int status)
    {
        var buffer = new byte[MaxRequestBytes];
        int length = 0;
        var deadline = DateTime.UtcNow + ReadTimeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !SetTimeout(client, Libc.SO_RCVTIMEO, left))
            {
                status = 408;
                return null;
            }
            nint n;
            fixed (byte* b = buffer)
                n = Libc.Recv(client, b + length, (nuint)(buffer.Length - length), 0);
            if (n < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Libc.EINTR)
                    continue;
                status = errno == Libc.EAGAIN ? 408 : 0;
                return null;
            }
            if (n == 0)
            {
                status = 0;
                return null;
            }
            int scanFrom = Math.Max(0, length - 3);
            length += (int)n;
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

    private static void Respond(int client, int status, byte[] body, bool headOnly, bool allow = false)
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
        // A client that went away or stalled past the send timeout is told nothing more.
        if (SendAll(client, Encoding.ASCII.GetBytes(head.ToString())) && !headOnly)
            SendAll(client, body);
        Libc.Shutdown(client, Libc.SHUT_WR);
    }

    private static unsafe bool SendAll(int client, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            int sent = 0;
            while (sent < data.Length)
            {
                nint n = Libc.Send(client, p + sent, (nuint)(data.Length - sent), Libc.MSG_NOSIGNAL);
                if (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR)
                    continue;
                if (n <= 0)
                    return false;
                sent += (int)n;
            }
        }
        return true;
    }
}
