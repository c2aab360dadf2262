using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// A host as net-tools' INET_sprint/INET6_sprint print it in socket and group lists: numeric
/// with --numeric-hosts, 0.0.0.0 never looked up, "[::]" for the IPv6 wildcard when resolving,
/// and IPv4-mapped IPv6 shown as IPv4.
/// </summary>
internal sealed class HostText(NetstatOptions options, HostNames hosts)
{
    /// <summary>The text for <paramref name="address"/>; <paramref name="buffer"/> holds numeric forms.</summary>
    public ReadOnlySpan<byte> Format(InetAddress address, Span<byte> buffer)
    {
        if (address.Family == AddressFamily.InterNetwork)
        {
            if (options.NumericHosts || address.IsUnspecified)
                return buffer[..InetAddressText.Format(address, buffer)];
            return hosts.ResolveIPv4(address);
        }
        ReadOnlySpan<byte> text;
        if (options.NumericHosts)
            text = buffer[..InetAddressText.Format(address, buffer)];
        else if (address.IsUnspecified)
            return "[::]"u8;
        else
            text = hosts.ResolveIPv6(address);
        return address.IsIPv4Mapped ? StripMappedPrefix(text) : text;
    }

    /// <summary>"::ffff:127.0.0.1" → "127.0.0.1": the text after the last ':' before the first '.'.</summary>
    internal static ReadOnlySpan<byte> StripMappedPrefix(ReadOnlySpan<byte> text)
    {
        int dot = text.IndexOf((byte)'.');
        if (dot < 0)
            return text;
        int colon = text[..dot].LastIndexOf((byte)':');
        return colon < 0 ? text : text[(colon + 1)..];
    }
}
