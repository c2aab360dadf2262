using NetStat.Kernel;
using NetStat.Parsing;

namespace NetStat.Names;

/// <summary>
/// Port → service name from /etc/services (and /etc/protocols for raw sockets), read once on
/// first use. As in net-tools, when a port is listed twice the entry read last wins, and
/// protocol names override raw services.
/// </summary>
public sealed partial class ServiceNames(string servicesPath = "/etc/services", string protocolsPath = "/etc/protocols")
{
    private Dictionary<int, byte[]>? _tcp, _udp, _raw;

    /// <summary>The services of this machine.</summary>
    public static ServiceNames Default { get; } = new();

    /// <summary>Which list to search.</summary>
    public enum Kind
    {
        /// <summary>tcp services.</summary>
        Tcp,
        /// <summary>udp services (also used for UDP-Lite).</summary>
        Udp,
        /// <summary>raw services and IP protocol names.</summary>
        Raw,
    }

    /// <summary>The name for <paramref name="port"/>, or null.</summary>
    public byte[]? Find(Kind kind, int port)
    {
        if (_tcp is null)
            Load(byName: false);
        var map = kind switch { Kind.Tcp => _tcp, Kind.Udp => _udp, _ => _raw };
        return map!.TryGetValue(port, out var name) ? name : null;
    }

    /// <summary>
    /// Reads both files for one direction, built when first asked for: port → name for every
    /// listing that names ports (the entry read last wins, protocol names over raw services), or
    /// name → port for the port filters (the first entry wins, aliases too, protocol names over
    /// raw services). A listing never pays for the strings of the other direction.
    /// </summary>
    private void Load(bool byName)
    {
        Dictionary<int, byte[]> tcp = [], udp = [], raw = [];
        Dictionary<string, int>? tcpByName = null, udpByName = null, rawByName = null, rawServiceNames = null;
        if (byName)
        {
            tcpByName = new(StringComparer.OrdinalIgnoreCase);
            udpByName = new(StringComparer.OrdinalIgnoreCase);
            rawByName = new(StringComparer.OrdinalIgnoreCase);
            rawServiceNames = new(StringComparer.OrdinalIgnoreCase);
        }
        using (var f = ProcFile.TryOpen(servicesPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
            {
                if (!TryParseLine(line, protocols: false, out var kind, out int port, out var name, out var aliases))
                    continue;
                if (byName)
                    AddNames(kind switch { Kind.Tcp => tcpByName!, Kind.Udp => udpByName!, _ => rawServiceNames! }, name, ref aliases, port);
                else
                    (kind switch { Kind.Tcp => tcp, Kind.Udp => udp, _ => raw })[port] = Cut(name);
            }
        }
        using (var f = ProcFile.TryOpen(protocolsPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
            {
                if (!TryParseLine(line, protocols: true, out _, out int proto, out var name, out var aliases))
                    continue;
                if (byName)
                    AddNames(rawByName!, name, ref aliases, proto);
                else
                    raw[proto] = Cut(name);
            }
        }
        if (byName)
        {
            foreach (var (name, port) in rawServiceNames!)
                rawByName!.TryAdd(name, port);
            (_tcpByName, _udpByName, _rawByName) = (tcpByName, udpByName, rawByName);
        }
        else
        {
            (_tcp, _udp, _raw) = (tcp, udp, raw);
        }
    }

    /// <summary>
    /// One line of /etc/services ("name port/proto [aliases]", proto tcp, udp or raw) or of
    /// /etc/protocols ("name number [aliases]", kind <see cref="Kind.Raw"/>), without its
    /// comment; false for anything else.
    /// </summary>
    private static bool TryParseLine(ReadOnlySpan<byte> line, bool protocols, out Kind kind, out int port, out ReadOnlySpan<byte> name, out ScanCursor aliases)
    {
        kind = Kind.Raw;
        port = 0;
        int hash = line.IndexOf((byte)'#');
        aliases = new ScanCursor(hash >= 0 ? line[..hash] : line);
        if (!aliases.Word(out name) || !aliases.Word(out var second))
            return false;
        if (protocols)
            return TryParsePort(second, out port);
        int slash = second.IndexOf((byte)'/');
        if (slash <= 0 || !TryParsePort(second[..slash], out port))
            return false;
        var proto = second[(slash + 1)..];
        if (proto.SequenceEqual("tcp"u8))
            kind = Kind.Tcp;
        else if (proto.SequenceEqual("udp"u8))
            kind = Kind.Udp;
        else if (!proto.SequenceEqual("raw"u8))
            return false;
        return true;
    }

    private static void AddNames(Dictionary<string, int> map, ReadOnlySpan<byte> name, ref ScanCursor aliases, int port)
    {
        map.TryAdd(System.Text.Encoding.UTF8.GetString(name), port);
        while (aliases.Word(out var alias))
            map.TryAdd(System.Text.Encoding.UTF8.GetString(alias), port);
    }

    private static bool TryParsePort(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 5)
            return false;
        foreach (byte b in digits)
        {
            if (b < '0' || b > '9')
                return false;
            value = value * 10 + (b - '0');
        }
        return value <= 65535;
    }

    // net-tools formats the name into a 64-byte buffer.
    private static byte[] Cut(ReadOnlySpan<byte> name) => name[..Math.Min(name.Length, 63)].ToArray();
}
