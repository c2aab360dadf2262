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
    private string ServicesPath => servicesPath;
    private string ProtocolsPath => protocolsPath;

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
            Load();
        var map = kind switch { Kind.Tcp => _tcp, Kind.Udp => _udp, _ => _raw };
        return map!.TryGetValue(port, out var name) ? name : null;
    }

    private void Load()
    {
        _tcp = new Dictionary<int, byte[]>();
        _udp = new Dictionary<int, byte[]>();
        _raw = new Dictionary<int, byte[]>();
        using (var f = ProcFile.TryOpen(servicesPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
                ParseServiceLine(line);
        }
        using (var f = ProcFile.TryOpen(protocolsPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
                ParseProtocolLine(line);
        }
    }

    private static ReadOnlySpan<byte> StripComment(ReadOnlySpan<byte> line)
    {
        int hash = line.IndexOf((byte)'#');
        return hash >= 0 ? line[..hash] : line;
    }

    // "name port/proto [aliases]"
    private void ParseServiceLine(ReadOnlySpan<byte> line)
    {
        var c = new ScanCursor(StripComment(line));
        if (!c.Word(out var name) || !c.Word(out var portProto))
            return;
        int slash = portProto.IndexOf((byte)'/');
        if (slash <= 0 || !TryParsePort(portProto[..slash], out int port))
            return;
        var proto = portProto[(slash + 1)..];
        var map = proto.SequenceEqual("tcp"u8) ? _tcp : proto.SequenceEqual("udp"u8) ? _udp : proto.SequenceEqual("raw"u8) ? _raw : null;
        if (map is not null)
            map[port] = Cut(name);
    }

    // "name number [aliases]"
    private void ParseProtocolLine(ReadOnlySpan<byte> line)
    {
        var c = new ScanCursor(StripComment(line));
        if (!c.Word(out var name) || !c.Word(out var number) || !TryParsePort(number, out int proto))
            return;
        _raw![proto] = Cut(name);
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
