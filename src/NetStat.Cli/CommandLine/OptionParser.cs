using System.Text;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Text;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// Turns the command line into <see cref="NetstatOptions"/> the way net-tools' main loop does:
/// each option acts when it is reached, so "-V -Q" prints the version while "-Q -V" is a usage
/// error. When parsing ends the program, <see cref="ExitCode"/> says how.
/// </summary>
internal sealed class OptionParser(StandardStreams streams)
{
    /// <summary>Index of the first long option that is an address family; they share value 1.</summary>
    private const int FamilyOption = 1;

    internal static readonly LongOption[] LongOptions =
    [
        new("ax25", false, FamilyOption), new("x25", false, FamilyOption), new("ip", false, FamilyOption),
        new("ipx", false, FamilyOption), new("appletalk", false, FamilyOption), new("netrom", false, FamilyOption),
        new("inet", false, FamilyOption), new("inet6", false, FamilyOption), new("ddp", false, FamilyOption),
        new("rose", false, FamilyOption), new("unix", false, FamilyOption), new("bluetooth", false, FamilyOption),
        new("tcpip", false, FamilyOption),
        new("version", false, 'V'), new("interfaces", false, 'i'), new("help", false, 'h'), new("route", false, 'r'),
        new("masquerade", false, 'M'), new("protocol", true, 'A'), new("tcp", false, 't'), new("sctp", false, 'S'),
        new("udp", false, 'u'), new("udplite", false, 'U'), new("raw", false, 'w'), new("unix", false, 'x'),
        new("l2cap", false, '2'), new("rfcomm", false, 'f'), new("listening", false, 'l'), new("all", false, 'a'),
        new("timers", false, 'o'), new("continuous", false, 'c'), new("extend", false, 'e'), new("programs", false, 'p'),
        new("verbose", false, 'v'), new("statistics", false, 's'), new("wide", false, 'W'), new("numeric", false, 'n'),
        new("numeric-hosts", false, '!'), new("numeric-ports", false, '@'), new("numeric-users", false, '#'),
        new("symbolic", false, 'N'), new("cache", false, 'C'), new("fib", false, 'F'), new("groups", false, 'g'),
        new("context", false, 'Z'),
    ];

    /// <summary>The long options net-tools' AF handler accepts; "tcpip" lies beyond its table and fails.</summary>
    private const int FamilyOptionsHandled = 12;

    internal const string ShortOptions = "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z";

    /// <summary>Set when parsing ended the program (usage, version, bad family ...).</summary>
    public int? ExitCode { get; private set; }

    /// <summary>
    /// The first of our option values that is not UTF-8, with its option: reported once parsing
    /// is over, like every other bad value of ours.
    /// </summary>
    private (string Option, byte[] Value)? _notUtf8;

    public NetstatOptions Parse(RawArguments arguments)
    {
        var o = new NetstatOptions();
        var args = arguments.Words;
        if (args.Count > 0 && CommandNamed(args[0]) is string command)
        {
            o.Ext.Command = command;
            var words = args.Skip(1).ToArray();
            // "serve" takes ordinary options after it (--listen, -A ...); "completions" takes words.
            if (command == "serve")
            {
                o.Ext.CommandArguments = [.. words.Select(w => Encoding.UTF8.GetString(w))];
                args = words;
            }
            else
            {
                o.Ext.CommandArguments = [.. words.Select(w => Text(command, w))];
                args = [];
            }
        }
        var getopt = new GetOptLong(arguments.ProgramName, ShortOptions, LongOptions);
        foreach (var e in getopt.Parse(args))
        {
            if (e.IsError)
            {
                streams.Error.Write(e.Error);
                streams.Error.Write("\n"u8);
                Usage(3);
                return o;
            }
            if (!Apply(o, e))
                return o;
        }
        if (o.Route + o.Interfaces + o.Statistics + o.Masquerade > 1)
        {
            Usage(3);
            return o;
        }
        if (_notUtf8 is var (option, value))
        {
            streams.Error.Write(Catalog.T("netstat: {0}: not valid UTF-8 '{1}'\n", Encoding.UTF8.GetBytes(option), SafeText.Escape(value).ToArray()));
            ExitCode = 1;
            return o;
        }
        o.Derive();
        return o;
    }

    /// <summary>The sub-command named by the first word, if it names one.</summary>
    private static string? CommandNamed(ReadOnlySpan<byte> word)
    {
        foreach (var (name, _, _) in ExtensionOptions.Commands)
            if (word.Length == name.Length && Ascii.Equals(word, name))
                return name;
        return null;
    }

    /// <summary>
    /// A value of one of our options as text. Our values are names, paths, numbers and patterns
    /// that .NET handles as strings, and a string cannot hold bytes that are not UTF-8: such a
    /// value is refused (one line naming the option) rather than silently turned into U+FFFD.
    /// </summary>
    private string Text(string option, byte[] value)
    {
        if (!System.Text.Unicode.Utf8.IsValid(value))
            _notUtf8 ??= (option, value);
        return Encoding.UTF8.GetString(value);
    }

    /// <summary>Applies one option; false when it ended the program.</summary>
    private bool Apply(NetstatOptions o, OptionEvent e)
    {
        if (e.Value >= GetOptLong.ExtensionBase)
        {
            var kind = (ExtensionKind)(e.Value - GetOptLong.ExtensionBase);
            o.Ext.Apply(kind, e.Argument is null ? null : Text("--" + ExtensionOptions.NameOf(kind), e.Argument));
            return true;
        }
        switch (e.Value)
        {
            case FamilyOption:
                if (e.LongIndex >= FamilyOptionsHandled)
                {
                    streams.Error.Write(Catalog.T("netstat.c: Internal Error `longopts 1 range'.\n"));
                    return true;
                }
                return AddFamilies(o, Encoding.ASCII.GetBytes(LongOptions[e.LongIndex].Name));
            case 'A': return AddFamilies(o, e.Argument);
            case '4': return AddFamilies(o, "inet"u8);
            case '6': return AddFamilies(o, "inet6"u8);
            case 'x': return AddFamilies(o, "unix"u8);
            case 'M': o.Masquerade++; break;
            case 'a': o.All++; break;
            case 'l': o.Listening++; break;
            case 'c':
                o.Continuous++;
                if (e.Argument is not null)
                    o.Ext.Interval = Text("-c", e.Argument);
                break;
            case 'd': break;
            case 'g': o.Groups++; break;
            case 'e': o.Extend++; break;
            case 'p': o.Programs++; break;
            case 'i': o.Interfaces++; break;
            case 'W': o.Wide++; break;
            case 'n': o.NumericHosts = o.NumericPorts = o.NumericUsers = true; break;
            case '!': o.NumericHosts = true; break;
            case '@': o.NumericPorts = true; break;
            case '#': o.NumericUsers = true; break;
            case 'N': o.Symbolic = true; break;
            case 'C': o.Cache = true; break;
            case 'F': o.Fib = true; break;
            case 'o': o.Timers++; break;
            case 'v': o.Verbose = true; break;
            case 'r': o.Route++; break;
            case 't': o.Tcp++; break;
            case 'S': o.Sctp++; break;
            case 'u': o.Udp++; break;
            case 'U': o.UdpLite++; break;
            case 'w': o.Raw++; break;
            case '2': o.L2cap++; break;
            case 'f': o.Rfcomm++; break;
            case 's': o.Statistics++; break;
            case 'V':
                streams.Out.Write(UsageText.Version);
                streams.Out.Write(UsageText.Identity);
                ExitCode = 0;
                return false;
            case 'Z':
                streams.Error.Write(Catalog.T("SELinux is not enabled on this machine.\n"));
                ExitCode = 1;
                return false;
            case 'h':
                streams.Out.Write(Catalog.T(UsageText.Usage));
                streams.Error.Write(Catalog.T(UsageText.FamilyList));
                // After net-tools' text (and its family list on stderr), so its lines stay first.
                streams.Out.Write(ExtensionOptions.HelpText());
                ExitCode = 0;
                return false;
            default: // '?'
                Usage(3);
                return false;
        }
        return true;
    }

    private bool AddFamilies(NetstatOptions o, ReadOnlySpan<byte> argument)
    {
        var warnings = new List<string>();
        byte[]? unknown = o.Families.Add(argument, warnings);
        foreach (var w in warnings)
            streams.Error.WriteLine(w);
        if (unknown is null)
            return true;
        streams.Error.Write(Catalog.T("Unknown address family `{0}'.\n", unknown));
        ExitCode = 1;
        return false;
    }

    private void Usage(int code)
    {
        streams.Error.Write(Catalog.T(UsageText.Usage));
        streams.Error.Write(Catalog.T(UsageText.FamilyList));
        ExitCode = code;
    }
}
