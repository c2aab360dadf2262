namespace NetStat.Names;

public sealed partial class ServiceNames
{
    private Dictionary<string, int>? _tcpByName, _udpByName, _rawByName;

    /// <summary>
    /// The port of the service (or, for <see cref="Kind.Raw"/>, the IP protocol) named
    /// <paramref name="name"/> or having it as an alias; -1 when there is none. As with
    /// getservbyname, the first entry of the file wins. Names compare case-insensitively: that
    /// is our choice for option values (nss_files itself compares with strcmp).
    /// </summary>
    public int FindPort(Kind kind, string name)
    {
        if (_tcpByName is null)
            Load(byName: true);
        var map = kind switch { Kind.Tcp => _tcpByName, Kind.Udp => _udpByName, _ => _rawByName };
        return map!.TryGetValue(name, out int port) ? port : -1;
    }
}
