using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// "host:port" as net-tools builds it: resolved or numeric host and service, IPv4-mapped IPv6
/// shown as IPv4, and the cut to 23 characters unless -W.
/// </summary>
internal sealed class EndpointText(NetstatOptions options, HostText hosts, ServiceNames services)
{
    /// <summary>Writes the endpoint into <paramref name="destination"/> and returns its length.</summary>
    public int Format(InetAddress address, ushort port, SocketProtocol protocol, Span<byte> destination)
    {
        Span<byte> hostBuffer = stackalloc byte[InetAddressText.MaxLength];
        ReadOnlySpan<byte> host = hosts.Format(address, hostBuffer);
        Span<byte> portBuffer = stackalloc byte[8];
        ReadOnlySpan<byte> service = Service(port, protocol, portBuffer);

        // tcp formats into a 128-byte buffer, udp and raw into 64: -W output is cut there.
        int limit = protocol == SocketProtocol.Tcp ? 127 : 63;
        const int shortLength = 22;
        if (options.Wide == 0 && host.Length + service.Length > shortLength)
        {
            int portLength = Math.Min(service.Length, shortLength - 4);
            int hostLength = Math.Min(shortLength - portLength, host.Length);
            host[..hostLength].CopyTo(destination);
            destination[hostLength] = (byte)':';
            service[..portLength].CopyTo(destination[(hostLength + 1)..]);
            return hostLength + 1 + portLength;
        }
        int length = 0;
        Append(host, destination, ref length, limit);
        Append(":"u8, destination, ref length, limit);
        Append(service, destination, ref length, limit);
        return length;
    }

    private static void Append(ReadOnlySpan<byte> text, Span<byte> destination, ref int length, int limit)
    {
        int n = Math.Min(text.Length, limit - length);
        if (n <= 0)
            return;
        text[..n].CopyTo(destination[length..]);
        length += n;
    }

    /// <summary>The services table a protocol's port is named from (UDP-Lite uses UDP's, as net-tools does).</summary>
    internal static ServiceNames.Kind ServiceKind(SocketProtocol protocol) => protocol switch
    {
        SocketProtocol.Tcp => ServiceNames.Kind.Tcp,
        SocketProtocol.Raw => ServiceNames.Kind.Raw,
        _ => ServiceNames.Kind.Udp,
    };

    private ReadOnlySpan<byte> Service(ushort port, SocketProtocol protocol, Span<byte> buffer)
    {
        if (port == 0)
            return "*"u8;
        if (!options.NumericPorts)
        {
            var name = services.Find(ServiceKind(protocol), port);
            if (name is not null)
                return name;
        }
        System.Buffers.Text.Utf8Formatter.TryFormat(port, buffer, out int n);
        return buffer[..n];
    }
}
