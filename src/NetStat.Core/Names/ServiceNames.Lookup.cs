using NetStat.Kernel;
using NetStat.Parsing;

namespace NetStat.Names;

public sealed partial class ServiceNames
{
    private Dictionary<string, int>? _tcpByName, _udpByName, _rawByName;

    /// <summary>
    /// The port of the service (or, for <see cref="Kind.Raw"/>, the IP protocol) named
    /// <paramref name="name"/> or having it as an alias; -1 when there is none. As with
    /// getservbyname, the first entry of the file wins; names compare case-insensitively.
    /// </summary>
    public int FindPort(Kind kind, string name)
    {
        if (_tcpByName is null)
            LoadNames();
        var map = kind switch { Kind.Tcp => _tcpByName, Kind.Udp => _udpByName, _ => _rawByName };
        return map!.TryGetValue(name, out int port) ? port : -1;
    }

    private void LoadNames()
    {
        var tcp = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var udp = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var raw = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // IP protocol names first: they win over raw services when netstat prints, so here too.
        using (var f = ProcFile.TryOpen(ProtocolsPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
            {
                var c = new ScanCursor(StripComment(line));
                if (!c.Word(out var name) || !c.Word(out var number) || !TryParsePort(number, out int proto))
                    continue;
                AddNames(raw, name, ref c, proto);
            }
        }
        using (var f = ProcFile.TryOpen(ServicesPath, out _))
        {
            while (f is not null && f.TryReadLine(out ReadOnlySpan<byte> line))
            {
                var c = new ScanCursor(StripComment(line));
                if (!c.Word(out var name) || !c.Word(out var portProto))
                    continue;
                int slash = portProto.IndexOf((byte)'/');
                if (slash <= 0 || !TryParsePort(portProto[..slash], out int port))
                    continue;
                var proto = portProto[(slash + 1)..];
                var map = proto.SequenceEqual("tcp"u8) ? tcp : proto.SequenceEqual("udp"u8) ? udp : proto.SequenceEqual("raw"u8) ? raw : null;
                if (map is not null)
                    AddNames(map, name, ref c, port);
            }
        }
        (_tcpByName, _udpByName, _rawByName) = (tcp, udp, raw);
    }

    private static void AddNames(Dictionary<string, int> map, ReadOnlySpan<byte> name, ref ScanCursor aliases, int port)
    {
        map.TryAdd(System.Text.Encoding.UTF8.GetString(name), port);
        while (aliases.Word(out var alias))
            map.TryAdd(System.Text.Encoding.UTF8.GetString(alias), port);
    }
}
