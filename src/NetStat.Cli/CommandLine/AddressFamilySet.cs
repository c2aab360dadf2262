using System.Text;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// The address families named on the command line: a counter per family and net-tools' list
/// string ("inet,inet6"), which -r and -s read and which is limited to 255 bytes.
/// </summary>
internal sealed class AddressFamilySet
{
    public int Inet, Inet6, Unix, Ipx, Ax25, Netrom, Rose, X25, Ddp, Econet, Ash, Bluetooth;

    private readonly StringBuilder _list = new();

    /// <summary>The comma-separated family names in command-line order (duplicates kept).</summary>
    public string List => _list.ToString();

    internal static readonly (string Alias, string Name)[] Aliases =
    [
        ("ax25", "ax25"), ("ip", "inet"), ("ip6", "inet6"), ("ipx", "ipx"), ("appletalk", "ddp"),
        ("netrom", "netrom"), ("inet", "inet"), ("inet6", "inet6"), ("ddp", "ddp"), ("unix", "unix"),
        ("tcpip", "inet"), ("econet", "ec"), ("x25", "x25"), ("rose", "rose"), ("ash", "ash"),
        ("bluetooth", "bluetooth"),
    ];

    /// <summary>
    /// Adds a comma-separated list (the bytes of the command line) as net-tools' aftrans_opt does.
    /// Returns the unknown element, bytes as given, for net-tools' error (exit 1); or null. May
    /// write "Too much address family arguments." to <paramref name="warnings"/> and ignore the rest.
    /// </summary>
    public byte[]? Add(ReadOnlySpan<byte> argument, List<string> warnings)
    {
        // net-tools copies the argument into a 256-byte buffer first.
        var text = argument[..Math.Min(argument.Length, 255)];
        foreach (var range in text.Split((byte)','))
        {
            var element = text[range];
            string? name = null;
            foreach (var (alias, n) in Aliases)
            {
                if (element.Length == alias.Length && Ascii.Equals(element, alias))
                {
                    name = n;
                    break;
                }
            }
            if (name is null)
                return element.ToArray();
            if (name.Length + _list.Length + 1 >= 256)
            {
                warnings.Add("Too much address family arguments.");
                return null;
            }
            Count(name);
            if (_list.Length > 0)
                _list.Append(',');
            _list.Append(name);
        }
        return null;
    }

    private void Count(string name)
    {
        switch (name)
        {
            case "inet": Inet++; break;
            case "inet6": Inet6++; break;
            case "unix": Unix++; break;
            case "ipx": Ipx++; break;
            case "ax25": Ax25++; break;
            case "netrom": Netrom++; break;
            case "rose": Rose++; break;
            case "x25": X25++; break;
            case "ddp": Ddp++; break;
            case "ec": Econet++; break;
            case "ash": Ash++; break;
            case "bluetooth": Bluetooth++; break;
        }
    }
}
