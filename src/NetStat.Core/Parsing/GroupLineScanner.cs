using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>What one line of /proc/net/igmp or /proc/net/igmp6 was.</summary>
public enum GroupLineKind
{
    /// <summary>A membership row.</summary>
    Membership,
    /// <summary>The igmp header or an igmp device line: no row, no warning.</summary>
    Context,
    /// <summary>A line net-tools rejects in its IGMP format ("warning, got bogus igmp line N.").</summary>
    BogusIgmp,
    /// <summary>A line net-tools rejects in its IGMPv6 format ("warning, got bogus igmp6 line N.").</summary>
    BogusIgmp6,
}

/// <summary>
/// Reads the lines of /proc/net/igmp and /proc/net/igmp6 the way net-tools' igmp_do_one does,
/// including the state it keeps in static variables between calls: the 16-byte device buffer
/// (a short device line leaves the tail of an earlier name in it), the "this is igmp6" switch
/// that is set by the first igmp6 line and never cleared (so the igmp lines of a second -c pass
/// are read as igmp6 lines), and the IPv6 address words, of which a short hex string leaves the
/// previous values in place. One scanner per net-tools process: use a fresh one for a single
/// reading, keep one across passes to repeat net-tools' -c output.
/// </summary>
public sealed class GroupLineScanner
{
    private readonly byte[] _device = new byte[16];
    private readonly uint[] _in6 = new uint[4];
    private bool _idxFlag;
    private bool _igmp6Flag;

    // The IGMP device line a group line belongs to (not part of net-tools' state).
    private int _deviceIndex;
    private ReadOnlyMemory<byte> _deviceName;
    private int _deviceCount;
    private ReadOnlyMemory<byte> _querier;

    /// <summary>Forgets the IGMP device line of the previous file (call before each file).</summary>
    public void BeginFile()
    {
        _deviceIndex = 0;
        _deviceName = default;
        _deviceCount = 0;
        _querier = default;
    }

    /// <summary>
    /// Scans one line as fgets gave it to net-tools: with its newline if it had one, at most
    /// 8191 bytes. <paramref name="lineNumber"/> counts from 0 within the file. Bytes after a NUL
    /// are ignored as C does. The row's spans point into <paramref name="line"/> (and earlier
    /// lines of the same file) and into this scanner.
    /// </summary>
    public GroupLineKind Scan(ReadOnlyMemory<byte> line, int lineNumber, out MulticastMembership row)
    {
        row = default;
        int nul = line.Span.IndexOf((byte)0);
        if (nul >= 0)
            line = line[..nul];
        var s = line.Span;
        if (lineNumber == 0)
        {
            if (s.IndexOf("Device"u8) < 0)
            {
                _igmp6Flag = true;
            }
            else
            {
                _idxFlag = s.StartsWith("Idx"u8);
                return GroupLineKind.Context;
            }
        }
        return _igmp6Flag ? ScanIgmp6(line, out row) : ScanIgmp(line, out row);
    }

    private GroupLineKind ScanIgmp6(ReadOnlyMemory<byte> memory, out MulticastMembership row)
    {
        row = default;
        var c = new CScan(memory.Span);
        // "%d %15s %64[0-9A-Fa-f] %d": the device buffer is written as soon as %15s converts,
        // even when the line is rejected afterwards.
        if (!c.Int(out int index))
            return GroupLineKind.BogusIgmp6;
        c.SkipSpace();
        int wordStart = c.Position;
        if (!c.String(15, _device))
            return GroupLineKind.BogusIgmp6;
        c.SkipSpace();
        if (!c.Set(64, out var hex))
            return GroupLineKind.BogusIgmp6;
        c.SkipSpace();
        if (!c.Int(out int users))
            return GroupLineKind.BogusIgmp6;

        // sscanf("%08X%08X%08X%08X"): words without digits keep their old value; then every
        // word is byte-swapped in place, the old ones included.
        for (int i = 0; i < 4 && i * 8 < hex.Length; i++)
            _in6[i] = (uint)HexValue(hex.Slice(i * 8, Math.Min(8, hex.Length - i * 8)));
        Span<byte> bytes = stackalloc byte[16];
        for (int i = 0; i < 4; i++)
        {
            _in6[i] = BinaryPrimitives.ReverseEndianness(_in6[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes[(i * 4)..], _in6[i]);
        }

        // The kernel's remaining columns: "%08X %ld" (flags, timer); tolerated when missing.
        uint flags = c.Hex(out long f) ? (uint)f : 0;
        long timer = c.Long(out long t) ? t : 0;
        var span = memory.Span;
        int wordEnd = wordStart;
        while (wordEnd < span.Length && !CScan.IsSpace(span[wordEnd]))
            wordEnd++;
        row = new MulticastMembership
        {
            Family = AddressFamily.InterNetworkV6,
            InterfaceIndex = index,
            Interface = DeviceText(),
            InterfaceName = memory[wordStart..wordEnd],
            Group = InetAddress.FromBytes(bytes),
            Users = users,
            Flags = flags,
            TimerRunning = (flags & 1) != 0,
            TimerTicks = timer,
            Reporter = (flags & 2) != 0,
        };
        return GroupLineKind.Membership;
    }

    private GroupLineKind ScanIgmp(ReadOnlyMemory<byte> memory, out MulticastMembership row)
    {
        row = default;
        var s = memory.Span;
        if (s.Length == 0 || s[0] != (byte)'\t')
        {
            var c = new CScan(s);
            int index = 0;
            if (_idxFlag)
            {
                // "%d\t%15c"
                if (!c.Int(out index))
                    return GroupLineKind.BogusIgmp;
                c.SkipSpace();
            }
            if (!c.Chars(15, _device))
                return GroupLineKind.BogusIgmp;
            int length = DeviceLength();
            int colon = _device.AsSpan(0, length).LastIndexOf((byte)':');
            if (colon >= 0)
                _device[colon] = 0;
            DeviceLine(memory, index);
            return GroupLineKind.Context;
        }

        var g = new CScan(s);
        // "\t%8[0-9A-Fa-f] %d"
        g.SkipSpace();
        if (!g.Set(8, out var hex))
            return GroupLineKind.BogusIgmp;
        g.SkipSpace();
        if (!g.Int(out int users))
            return GroupLineKind.BogusIgmp;
        // The kernel prints the network-order word as a host-order number: 010000E0 = 224.0.0.1.
        uint word = (uint)HexValue(hex);

        // The kernel's remaining columns: " %d:%08lX\t\t%d" (timer running, ticks, reporter).
        bool running = false, reporter = false;
        long ticks = 0;
        if (g.Long(out long r))
        {
            running = r != 0;
            if (g.Literal((byte)':') && g.Hex(out long t))
            {
                ticks = t;
                reporter = g.Long(out long rep) && rep != 0;
            }
        }
        row = new MulticastMembership
        {
            Family = AddressFamily.InterNetwork,
            InterfaceIndex = _deviceIndex,
            Interface = DeviceText(),
            InterfaceName = _deviceName,
            Group = InetAddress.FromIPv4(BinaryPrimitives.ReverseEndianness(word)),
            Users = users,
            TimerRunning = running,
            TimerTicks = ticks,
            Reporter = reporter,
            InterfaceGroupCount = _deviceCount,
            Querier = _querier,
        };
        return GroupLineKind.Membership;
    }

    /// <summary>The kernel's "%d\t%-10s: %5d %7s" device line, read for the record's own columns.</summary>
    private void DeviceLine(ReadOnlyMemory<byte> memory, int index)
    {
        var s = memory.Span;
        _deviceIndex = index;
        int start = 0;
        if (_idxFlag)
        {
            while (start < s.Length && s[start] != (byte)'\t')
                start++;
            if (start < s.Length)
                start++;
        }
        int colon = s[start..].IndexOf((byte)':');
        int end = colon < 0 ? s.Length : start + colon;
        int nameEnd = end;
        while (nameEnd > start && CScan.IsSpace(s[nameEnd - 1]))
            nameEnd--;
        _deviceName = memory[start..nameEnd];
        _deviceCount = 0;
        _querier = default;
        if (colon < 0)
            return;
        var c = new CScan(s[(end + 1)..]);
        if (c.Long(out long count))
            _deviceCount = (int)count;
        c.SkipSpace();
        int q = end + 1 + c.Position, qEnd = q;
        while (qEnd < s.Length && !CScan.IsSpace(s[qEnd]))
            qEnd++;
        _querier = memory[q..qEnd];
    }

    private int DeviceLength()
    {
        int n = Array.IndexOf(_device, (byte)0);
        return n < 0 ? _device.Length : n;
    }

    private ReadOnlyMemory<byte> DeviceText() => _device.AsMemory(0, DeviceLength());

    private static ulong HexValue(ReadOnlySpan<byte> digits)
    {
        ulong v = 0;
        foreach (byte b in digits)
            v = (v << 4) | (uint)ScanCursor.DigitValue(b);
        return v;
    }

    /// <summary>The few glibc sscanf conversions net-tools uses here, with glibc's edge cases.</summary>
    private ref struct CScan(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;

        public int Position { get; private set; }

        public static bool IsSpace(byte b) => ScanCursor.IsSpace(b);

        public void SkipSpace()
        {
            while (Position < _text.Length && IsSpace(_text[Position]))
                Position++;
        }

        public bool Literal(byte b)
        {
            if (Position < _text.Length && _text[Position] == b)
            {
                Position++;
                return true;
            }
            return false;
        }

        /// <summary>%d into an int: strtol's saturation to the long range, then truncation to 32 bits.</summary>
        public bool Int(out int value)
        {
            bool ok = Long(out long l);
            value = unchecked((int)l);
            return ok;
        }

        /// <summary>%ld: optional sign and decimal digits, saturating like strtol.</summary>
        public bool Long(out long value)
        {
            value = 0;
            SkipSpace();
            int p = Position;
            bool negative = false;
            if (p < _text.Length && (_text[p] == '-' || _text[p] == '+'))
                negative = _text[p++] == '-';
            int digits = p;
            ulong magnitude = 0;
            bool overflow = false;
            while (p < _text.Length && _text[p] is >= (byte)'0' and <= (byte)'9')
            {
                uint d = (uint)(_text[p] - '0');
                if (magnitude > (ulong.MaxValue - d) / 10)
                    overflow = true;
                else
                    magnitude = magnitude * 10 + d;
                p++;
            }
            if (p == digits)
                return false;
            Position = p;
            if (negative)
                value = overflow || magnitude > 1UL << 63 ? long.MinValue : unchecked(-(long)magnitude);
            else
                value = overflow || magnitude > long.MaxValue ? long.MaxValue : (long)magnitude;
            return true;
        }

        /// <summary>%X / %lX (tolerant reading of the kernel's extra columns, no sign).</summary>
        public bool Hex(out long value)
        {
            value = 0;
            SkipSpace();
            int p = Position;
            ulong v = 0;
            while (p < _text.Length && ScanCursor.DigitValue(_text[p]) is >= 0 and < 16)
                v = (v << 4) | (uint)ScanCursor.DigitValue(_text[p++]);
            if (p == Position)
                return false;
            Position = p;
            value = unchecked((long)v);
            return true;
        }

        /// <summary>%Nc: up to N bytes as they are (no NUL added); fails only at the end of the text.</summary>
        public bool Chars(int width, Span<byte> destination)
        {
            if (Position >= _text.Length)
                return false;
            int n = Math.Min(width, _text.Length - Position);
            _text.Slice(Position, n).CopyTo(destination);
            Position += n;
            return true;
        }

        /// <summary>%Ns: up to N non-space bytes after white space, then a NUL.</summary>
        public bool String(int width, Span<byte> destination)
        {
            SkipSpace();
            int p = Position;
            while (p < _text.Length && p - Position < width && !IsSpace(_text[p]))
                p++;
            if (p == Position)
                return false;
            _text[Position..p].CopyTo(destination);
            destination[p - Position] = 0;
            Position = p;
            return true;
        }

        /// <summary>%N[0-9A-Fa-f]: one to N hex digits, no white space skipped.</summary>
        public bool Set(int width, out ReadOnlySpan<byte> digits)
        {
            int p = Position;
            while (p < _text.Length && p - Position < width && ScanCursor.DigitValue(_text[p]) is >= 0 and < 16)
                p++;
            digits = _text[Position..p];
            if (p == Position)
                return false;
            Position = p;
            return true;
        }
    }
}
