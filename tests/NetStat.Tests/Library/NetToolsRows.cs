using System.Globalization;
using System.Net;
using NetStat.Records;
using NetStat.Tables;

namespace NetStat.Tests.Library;

/// <summary>
/// Socket rows reduced to what both sides state, one string each, so that library results and
/// /usr/bin/netstat's output (run with -n -W -e -p) compare as multisets. The netstat side is
/// parsed from its text; the library side uses net-tools' names for states (tcp_state[] in
/// netstat.c) so that the comparison needs no other translation.
/// </summary>
internal static class NetToolsRows
{
    private static readonly string[] TcpStateNames =
        ["", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"];

    /// <summary>One row of the library as netstat -nWe(p) would state it.</summary>
    public static string Of(SocketEntry s)
    {
        if (s.Unix is not null)
            return $"unix|{s.Inode}|{s.Process?.Pid}";
        return OfInet(s);
    }

    /// <summary>net-tools' Proto column for an Internet socket: tcp, udp, udpl or raw, with 6 for IPv6.</summary>
    public static string Label(SocketEntry s) => s.Protocol switch
    {
        SocketProtocol.Tcp => "tcp",
        SocketProtocol.Udp => "udp",
        SocketProtocol.UdpLite => "udpl",
        _ => "raw",
    } + (s.Family == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "6" : "");

    private static string OfInet(SocketEntry s)
    {
        var raw = s.Inet!.Value;
        string proto = Label(s);
        string state = raw.Protocol switch
        {
            SocketProtocol.Tcp => TcpStateNames[(int)s.TcpState!.Value],
            SocketProtocol.Raw => raw.State.ToString(CultureInfo.InvariantCulture),
            _ => raw.State == 1 ? "ESTABLISHED" : "",
        };
        return $"{proto}|{Shown(s.LocalAddress!)}|{s.LocalPort}|{Shown(s.RemoteAddress!)}|{s.RemotePort}|{state}|{s.ReceiveQueue}|{s.SendQueue}|{s.Uid}|{s.Inode}|{s.Process?.Pid}";
    }

    /// <summary>net-tools prints an IPv4-mapped IPv6 address as the plain IPv4 address.</summary>
    public static string Shown(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    /// <summary>The socket rows of netstat -nWe output (with -p when <paramref name="withPid"/>), in the same form.</summary>
    public static List<string> Parse(string netstatOutput, bool withPid = true)
    {
        int p = withPid ? 1 : 0;
        var rows = new List<string>();
        foreach (var line in netstatOutput.Split('\n'))
        {
            var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Length == 0)
                continue;
            if (t[0] is "tcp" or "tcp6" or "udp" or "udp6" or "udpl" or "udpl6" or "raw" or "raw6" && (t.Length == 7 + p || t.Length == 8 + p))
            {
                var (la, lp) = Endpoint(t[3]);
                var (ra, rp) = Endpoint(t[4]);
                string state = t.Length == 8 + p ? t[5] : "";
                string pid = withPid ? Pid(t[^1]) : "";
                rows.Add($"{t[0]}|{la}|{lp}|{ra}|{rp}|{state}|{t[1]}|{t[2]}|{t[^(2 + p)]}|{t[^(1 + p)]}|{pid}");
            }
            else if (t[0] == "unix")
            {
                int close = Array.IndexOf(t, "]");
                if (close < 0 || close + 3 >= t.Length)
                    continue;
                int i = close + 2; // after the type
                if (!t[i].All(char.IsAsciiDigit))
                    i++;
                rows.Add($"unix|{t[i]}|{(withPid ? Pid(t[i + 1]) : "")}");
            }
        }
        return rows;
    }

    private static string Pid(string column) => column == "-" ? "" : column[..column.IndexOf('/')];

    /// <summary>An address column of net-tools ("127.0.0.1:22", ":::123", "0.0.0.0:*"): the address as IPAddress writes it, and the port (0 for *).</summary>
    public static (string Address, int Port) Endpoint(string text)
    {
        int colon = text.LastIndexOf(':');
        string port = text[(colon + 1)..];
        return (IPAddress.Parse(text[..colon]).ToString(), port == "*" ? 0 : int.Parse(port, CultureInfo.InvariantCulture));
    }

    /// <summary>Both multisets, sorted, side by side for a readable failure.</summary>
    public static void AssertSameRows(IEnumerable<string> expected, IEnumerable<string> actual, string context)
    {
        var e = expected.Order(StringComparer.Ordinal).ToList();
        var a = actual.Order(StringComparer.Ordinal).ToList();
        if (!e.SequenceEqual(a))
        {
            var missing = e.ToList();
            foreach (var row in a)
                missing.Remove(row);
            var extra = a.ToList();
            foreach (var row in e)
                extra.Remove(row);
            Xunit.Assert.Fail($"{context}: library and netstat differ\nonly in netstat:\n  {string.Join("\n  ", missing)}\nonly in the library:\n  {string.Join("\n  ", extra)}");
        }
    }
}
