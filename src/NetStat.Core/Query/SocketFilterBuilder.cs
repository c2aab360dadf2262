using System.Globalization;
using NetStat.Names;
using NetStat.Parsing;

namespace NetStat.Query;

/// <summary>
/// Builds a <see cref="SocketFilter"/> from netstat's option syntax, one value at a time in
/// command-line order. Values given for the same field add alternatives (OR); different
/// fields all have to match (AND).
/// </summary>
/// <remarks>
/// Syntax per field: ports are a comma-separated list of numbers (0-65535), ranges
/// (<c>8000-8099</c>) and service names (<c>https</c>); states a list of names (see
/// <see cref="SocketStateSet"/>); pids a list of numbers; a program one name or glob; users a
/// list of names or numeric uids; addresses a list of CIDR blocks (<c>10.0.0.0/8</c>,
/// <c>2001:db8::/32</c>, or a bare address). Any malformed item raises
/// <see cref="FilterValueException"/> naming the item.
/// </remarks>
/// <param name="services">Service and protocol names (defaults to this machine's).</param>
/// <param name="users">User names (defaults to the C library's user database).</param>
public sealed class SocketFilterBuilder(ServiceNames? services = null, UserNames? users = null)
{
    private readonly ServiceNames _services = services ?? ServiceNames.Default;
    private readonly UserNames _users = users ?? new UserNames();
    private PortSet? _ports, _localPorts, _remotePorts;
    private SocketStateSet? _states;
    private List<int>? _pids;
    private List<ProgramPattern>? _programs;
    private List<uint>? _uids;
    private List<AddressPrefix>? _addresses, _local, _remote;

    /// <summary>Adds the values of one option occurrence.</summary>
    /// <exception cref="FilterValueException">The value is malformed.</exception>
    public SocketFilterBuilder Add(FilterField field, string value)
    {
        switch (field)
        {
            case FilterField.Port: _ports = Union(_ports, ParsePorts(field, value)); break;
            case FilterField.LocalPort: _localPorts = Union(_localPorts, ParsePorts(field, value)); break;
            case FilterField.RemotePort: _remotePorts = Union(_remotePorts, ParsePorts(field, value)); break;
            case FilterField.State:
                var states = _states ?? default;
                foreach (var item in Items(field, value))
                {
                    if (!states.TryAdd(item, out var next))
                        throw new FilterValueException(field, FilterProblem.UnknownState, item);
                    states = next;
                }
                _states = states;
                break;
            case FilterField.Pid:
                _pids ??= [];
                foreach (var item in Items(field, value))
                {
                    if (!TryParsePid(item, out int pid))
                        throw new FilterValueException(field, FilterProblem.NotAProcessId, item);
                    _pids.Add(pid);
                }
                break;
            case FilterField.Program:
                if (value.Length == 0)
                    throw new FilterValueException(field, FilterProblem.EmptyProgramName, value);
                (_programs ??= []).Add(new ProgramPattern(value));
                break;
            case FilterField.User:
                _uids ??= [];
                foreach (var item in Items(field, value))
                {
                    if (DecimalDigits.IsDigits(item))
                    {
                        if (item.Length > 10 || !uint.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out uint uid) || uid == uint.MaxValue)
                            throw new FilterValueException(field, FilterProblem.UserIdOutOfRange, item);
                        _uids.Add(uid);
                    }
                    else
                    {
                        _uids.Add(_users.FindUid(item) ?? throw new FilterValueException(field, FilterProblem.UnknownUser, item));
                    }
                }
                break;
            case FilterField.Address: (_addresses ??= []).AddRange(ParsePrefixes(field, value)); break;
            case FilterField.LocalAddress: (_local ??= []).AddRange(ParsePrefixes(field, value)); break;
            case FilterField.RemoteAddress: (_remote ??= []).AddRange(ParsePrefixes(field, value)); break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
        return this;
    }

    /// <summary>The filter of every value added so far.</summary>
    public SocketFilter Build() => new()
    {
        Ports = _ports,
        LocalPorts = _localPorts,
        RemotePorts = _remotePorts,
        States = _states,
        Pids = _pids?.ToArray(),
        Programs = _programs?.ToArray(),
        Users = _uids?.ToArray(),
        Addresses = _addresses?.ToArray(),
        LocalAddresses = _local?.ToArray(),
        RemoteAddresses = _remote?.ToArray(),
    };

    /// <summary>
    /// Parses a port list ("22,https,8000-8099"). A service name resolves, per protocol, to its
    /// port in /etc/services (TCP, or UDP for UDP and UDP-Lite, the other when the protocol has
    /// no such name; /etc/protocols for raw sockets); a name known nowhere is an error.
    /// </summary>
    /// <exception cref="FilterValueException">An item is malformed.</exception>
    public PortSet ParsePorts(FilterField field, string value)
    {
        List<PortRange> tcp = [], udp = [], raw = [];
        foreach (var item in Items(field, value))
        {
            int dash = item.IndexOf('-');
            if (DecimalDigits.IsDigits(item) || (dash > 0 && DecimalDigits.IsDigits(item.AsSpan(0, dash)) && DecimalDigits.IsDigits(item.AsSpan(dash + 1))))
            {
                var range = dash < 0 ? PortRange.Single(Port(field, item, item)) : new PortRange(Port(field, item[..dash], item), Port(field, item[(dash + 1)..], item));
                if (range.First > range.Last)
                    throw new FilterValueException(field, FilterProblem.PortRangeRunsBackwards, item);
                tcp.Add(range);
                udp.Add(range);
                raw.Add(range);
                continue;
            }
            if (item.Length > 0 && item.All(c => c is >= '0' and <= '9' or '-'))
                throw new FilterValueException(field, FilterProblem.MalformedPortRange, item);
            int t = _services.FindPort(ServiceNames.Kind.Tcp, item);
            int u = _services.FindPort(ServiceNames.Kind.Udp, item);
            int r = _services.FindPort(ServiceNames.Kind.Raw, item);
            if (t < 0 && u < 0 && r < 0)
                throw new FilterValueException(field, FilterProblem.UnknownService, item);
            if (t >= 0 || u >= 0)
            {
                tcp.Add(PortRange.Single((ushort)(t >= 0 ? t : u)));
                udp.Add(PortRange.Single((ushort)(u >= 0 ? u : t)));
            }
            if (r >= 0)
                raw.Add(PortRange.Single((ushort)r));
        }
        return new PortSet(tcp, udp, raw);
    }

    private static ushort Port(FilterField field, string digits, string item)
    {
        if (digits.Length > 5 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
            throw new FilterValueException(field, FilterProblem.PortOutOfRange, item);
        return (ushort)port;
    }

    private static IEnumerable<AddressPrefix> ParsePrefixes(FilterField field, string value)
    {
        var result = new List<AddressPrefix>();
        foreach (var item in Items(field, value))
            result.Add(AddressPrefix.TryParseCore(item, out FilterProblem problem) ?? throw new FilterValueException(field, problem, item));
        return result;
    }

    /// <summary>The comma-separated items of a list; an empty list or item is an error.</summary>
    private static string[] Items(FilterField field, string value)
    {
        if (value.Length == 0)
            throw new FilterValueException(field, FilterProblem.EmptyList, value);
        var items = value.Split(',');
        foreach (var item in items)
            if (item.Length == 0)
                throw new FilterValueException(field, FilterProblem.EmptyItemInList, value);
        return items;
    }

    /// <summary>
    /// A process ID as --pid and --netns-pid take it: decimal digits only (no sign or space),
    /// at least 1, at most <see cref="int.MaxValue"/>.
    /// </summary>
    public static bool TryParsePid(string text, out int pid)
    {
        pid = 0;
        return DecimalDigits.IsDigits(text) && text.Length <= 10
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pid) && pid > 0;
    }

    private static PortSet Union(PortSet? existing, PortSet added) => existing is null ? added : existing.Union(added);
}
