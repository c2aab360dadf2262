using System.Text.RegularExpressions;

namespace NetStat.Tests.Robustness;

/// <summary>
/// Checks one output row against net-tools 2.10's printf layout (netstat.c; reference 2.3, 2.8,
/// 2.9, 3.3): every column at net-tools' width, overflowing only where net-tools' %-Ns would.
/// Used where two runs cannot be compared byte for byte because the kernel state keeps changing.
/// </summary>
internal static partial class RowFormat
{
    private static readonly string[] InetLabels = ["tcp", "tcp6", "udp", "udp6", "udpl", "udpl6", "raw", "raw6"];

    /// <summary>True when the line starts like a socket row (a protocol label and a space).</summary>
    public static bool IsRow(string line)
    {
        int space = line.IndexOf(' ');
        if (space <= 0)
            return false;
        var label = line[..space];
        return label == "unix" || label == "??" || InetLabels.Contains(label);
    }

    /// <summary>Null when <paramref name="line"/> is a well-formed row, else what is wrong.</summary>
    public static string? Problem(string line, bool user, bool program)
    {
        var c = new Cursor(line);
        if (line.StartsWith("unix ", StringComparison.Ordinal))
        {
            bool ok = c.Left(5, UnixProto()) && c.Literal(" ")
                && c.Left(6, Digits()) && c.Literal(" ")
                && c.Left(11, UnixFlags()) && c.Literal(" ")
                && c.Left(10, UnixType()) && c.Literal(" ")
                && c.Left(13, UnixState()) && c.Literal(" ")
                && c.Left(8, Digits()) && c.Literal(" ")
                && (!program || (c.Fixed(20, Program()) && c.Literal(" ")))
                && c.Rest(UnixPath());
            return ok ? null : c.Describe("unix");
        }
        bool inet = c.Fixed(6, InetProto())
            && c.Right(6, Digits()) && c.Literal(" ")
            && c.Right(6, Digits()) && c.Literal(" ")
            && c.Left(23, Address()) && c.Literal(" ")
            && c.Left(23, Address()) && c.Literal(" ")
            && c.Left(11, InetState())
            && (!user || (c.Literal(" ") && c.Left(10, Word()) && c.Literal(" ") && c.Left(10, Digits())))
            && (!program || (c.Literal(" ") && c.Fixed(20, Program())))
            && c.End();
        return inet ? null : c.Describe("inet");
    }

    [GeneratedRegex(@"\Gunix")]
    private static partial Regex UnixProto();

    [GeneratedRegex(@"^(tcp|tcp6|udp|udp6|udpl|udpl6|raw|raw6) +$")]
    private static partial Regex InetProto();

    [GeneratedRegex(@"\G[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\G\[ (ACC )?(W )?(N )?\]")]
    private static partial Regex UnixFlags();

    [GeneratedRegex(@"\G(SEQPACKET|STREAM|DGRAM|RAW|RDM|UNKNOWN)")]
    private static partial Regex UnixType();

    [GeneratedRegex(@"\G(DISCONNECTING|CONNECTING|CONNECTED|LISTENING|UNKNOWN|FREE|)")]
    private static partial Regex UnixState();

    // Paths of the churn generator: a file name, an abstract name, or nothing (unbound).
    [GeneratedRegex(@"^[^ \x00-\x1f]*$")]
    private static partial Regex UnixPath();

    [GeneratedRegex(@"\G[^ ]+")]
    private static partial Regex Address();

    [GeneratedRegex(@"\G[^ ]+")]
    private static partial Regex Word();

    // tcp_state names; raw sockets print the decimal state; udp without state prints nothing.
    [GeneratedRegex(@"\G(ESTABLISHED|SYN_SENT|SYN_RECV|FIN_WAIT1|FIN_WAIT2|TIME_WAIT|CLOSE_WAIT|CLOSE|LAST_ACK|LISTEN|CLOSING|UNKNOWN|[0-9]+|)")]
    private static partial Regex InetState();

    // "PID/NAME" cut to 19 characters, or "-", always padded to 20.
    [GeneratedRegex(@"^(-|[0-9]+/[^ \x00-\x1f]{0,18}) *$")]
    private static partial Regex Program();

    private sealed class Cursor(string line)
    {
        private int _pos;

        /// <summary>%-Ns: the token, then spaces up to the width (a longer token overflows).</summary>
        public bool Left(int width, Regex token)
        {
            var m = token.Match(line, _pos);
            if (!m.Success || m.Index != _pos)
                return false;
            _pos += m.Length;
            return Pad(width - m.Length);
        }

        /// <summary>%Ns: spaces up to the width, then the token.</summary>
        public bool Right(int width, Regex token)
        {
            int spaces = 0;
            while (_pos + spaces < line.Length && line[_pos + spaces] == ' ')
                spaces++;
            var m = token.Match(line, _pos + spaces);
            if (!m.Success || m.Index != _pos + spaces || spaces != Math.Max(0, width - m.Length))
                return false;
            _pos += spaces + m.Length;
            return true;
        }

        /// <summary>Exactly <paramref name="width"/> characters matching <paramref name="whole"/>.</summary>
        public bool Fixed(int width, Regex whole)
        {
            if (_pos + width > line.Length || !whole.IsMatch(line.Substring(_pos, width)))
                return false;
            _pos += width;
            return true;
        }

        public bool Literal(string text)
        {
            if (string.CompareOrdinal(line, _pos, text, 0, text.Length) != 0)
                return false;
            _pos += text.Length;
            return true;
        }

        public bool Rest(Regex whole)
        {
            if (!whole.IsMatch(line[_pos..]))
                return false;
            _pos = line.Length;
            return true;
        }

        public bool End() => _pos == line.Length;

        private bool Pad(int count)
        {
            for (int i = 0; i < count; i++, _pos++)
                if (_pos >= line.Length || line[_pos] != ' ')
                    return false;
            return true;
        }

        public string Describe(string kind) => $"malformed {kind} row at column {_pos + 1}: [{line}]";
    }
}
