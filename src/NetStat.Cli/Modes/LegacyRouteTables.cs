using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// The route tables of the legacy families (AX.25, NET/ROM, ROSE, X.25, AppleTalk), which exist
/// only with their kernel modules loaded. net-tools prints them by cutting fixed columns out of
/// one reused 256-byte line buffer, so a short line shows bytes left over from a longer earlier
/// one; <see cref="LineBuffer"/> keeps that buffer the same way. Bytes net-tools would read from
/// never-written (uninitialised) memory are zeros here.
/// </summary>
internal sealed class LegacyRouteTables(TextOutput output)
{
    // Translated headers: net-tools' literal header in English, the catalog's labels over widened
    // columns otherwise (each column's width counts the spaces printed after its data, less one).
    private readonly Catalog? _catalog = Catalog.Current;
    private LocalizedColumns? _columns;

    internal static readonly Column[] Ax25Columns = [new("Destination", 12), new("Iface", 6), new("Use", 5, true)];
    internal static readonly Column[] NetromColumns = [new("Destination", 12), new("Mnemonic", 9), new("Quality", 8), new("Neighbour", 10), new("Iface", 0)];
    internal static readonly Column[] X25Columns = [new("Destination", 20), new("Iface", 0)];
    internal static readonly Column[] DdpColumns = [new("Destination", 15), new("Gateway", 15), new("Device", 15), new("Flags", 0)];

    /// <summary>ROSE: net-tools' header is not over its data; the translated one is ("%-4s" device, then the next neighbour at once).</summary>
    internal static readonly Column[] RoseColumns =
    [
        new("Destination", 12),
        new("neigh1", 6), new("callsign", 12), new("device", 3),
        new("neigh2", 6), new("callsign", 12), new("device", 3),
        new("neigh3", 6), new("callsign", 12), new("device", 0),
    ];

    /// <summary>Every column table here, for the catalogs' completeness test.</summary>
    internal static IEnumerable<Column[]> ColumnTables => [Ax25Columns, NetromColumns, X25Columns, DdpColumns, RoseColumns];

    private void Begin(string title, ReadOnlySpan<byte> englishHeader, Column[] columns)
    {
        if (_catalog is null)
        {
            output.Write(title);
            output.WriteByte((byte)'\n');
            output.Write(englishHeader);
            return;
        }
        _columns = new LocalizedColumns(_catalog, columns);
        output.Write(Catalog.T(title));
        output.WriteByte((byte)'\n');
        output.Write(_columns.Header());
        output.WriteByte((byte)'\n');
    }

    private void Pad(int i) => LocalizedColumns.Pad(output, _columns, i);

    /// <summary>lib/ax25_gr.c.</summary>
    public void Ax25(FgetsReader file)
    {
        Begin("Kernel AX.25 routing table", "Destination  Iface    Use\n"u8, Ax25Columns);
        var buffer = new LineBuffer();
        buffer.Gets(file);
        while (buffer.Gets(file))
        {
            buffer[9] = 0;
            buffer[14] = 0;
            int use = buffer.Atoi(15);
            output.Left(buffer.Str(0), 9);
            output.Write("   "u8);
            Pad(0);
            output.WriteByte((byte)' ');
            output.Left(buffer.Str(10), 5);
            output.WriteByte((byte)' ');
            Pad(1);
            output.WriteByte((byte)' ');
            Pad(2);
            output.RightNumber(use, 5);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>lib/netrom_gr.c: nodes, each with its neighbour looked up by number.</summary>
    public void Netrom(FgetsReader nodes, Func<FgetsReader?> reopenNeighbours)
    {
        Begin("Kernel NET/ROM routing table", "Destination  Mnemonic  Quality  Neighbour  Iface\n"u8, NetromColumns);
        var buffer = new LineBuffer();
        buffer.Gets(nodes);
        while (buffer.Gets(nodes))
        {
            buffer[9] = 0;
            buffer[17] = 0;
            int w = buffer.Atoi(19) - 1;
            output.Left(buffer.Str(0), 9);
            output.Write("   "u8);
            Pad(0);
            output.WriteByte((byte)' ');
            output.Left(buffer.Str(10), 7);
            output.Write("  "u8);
            Pad(1);
            output.WriteByte((byte)' ');
            int quality = buffer.Atoi(24 + 15 * w);
            int neighbour = buffer.Atoi(32 + 15 * w);
            // rewind(f2): read the neighbour table again from its start, into the same buffer.
            using var neighbours = reopenNeighbours();
            if (neighbours is null)
                continue;
            buffer.Gets(neighbours);
            while (buffer.Gets(neighbours))
            {
                if (buffer.Atoi(0) == neighbour)
                {
                    buffer[15] = 0;
                    buffer[20] = 0;
                    output.RightNumber(quality, 3);
                    output.Write("     "u8);
                    Pad(2);
                    output.WriteByte((byte)' ');
                    output.Left(buffer.Str(6), 9);
                    output.WriteByte((byte)' ');
                    Pad(3);
                    output.WriteByte((byte)' ');
                    output.Write(buffer.Str(16));
                    output.WriteByte((byte)'\n');
                    break;
                }
            }
        }
    }

    /// <summary>lib/rose_gr.c: nodes with up to three neighbours each.</summary>
    public void Rose(FgetsReader nodes, Func<FgetsReader?> reopenNeighbours)
    {
        Begin("Kernel ROSE routing table", "Destination  neigh1 callsign  device  neigh2 callsign  device  neigh3 callsign  device\n"u8, RoseColumns);
        var node = new LineBuffer();
        var neighbourLine = new LineBuffer();
        Span<byte> digits = stackalloc byte[24];
        node.Gets(nodes);
        while (node.Gets(nodes))
        {
            node[10] = 0;
            node[15] = 0;
            node[17] = 0;
            node[23] = 0;
            node[29] = 0;
            node[35] = 0;
            int use = node.Atoi(16);
            output.Left(node.Str(0), 10);
            output.Write("  "u8);
            Pad(0);
            output.WriteByte((byte)' ');
            for (int i = 0; i < use; i++)
            {
                int neighbour = node.Atoi(6 * (i + 3));
                output.Write(ZeroPadded(neighbour, 5, digits));
                output.WriteByte((byte)' ');
                Pad(1 + 3 * i);
                output.WriteByte((byte)' ');
                using var neighbours = reopenNeighbours();
                if (neighbours is null)
                    continue;
                neighbourLine.Gets(neighbours);
                while (neighbourLine.Gets(neighbours))
                {
                    neighbourLine[15] = 0;
                    neighbourLine[21] = 0;
                    if (neighbourLine.Atoi(0) == neighbour)
                    {
                        output.Left(neighbourLine.Str(6), 10);
                        output.Write("  "u8);
                        Pad(2 + 3 * i);
                        output.WriteByte((byte)' ');
                        output.Left(neighbourLine.Str(16), 4);
                        if (i < 2)
                            Pad(3 + 3 * i);
                    }
                }
            }
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>lib/x25_gr.c.</summary>
    public void X25(FgetsReader file)
    {
        Begin("Kernel X.25 routing table", "Destination          Iface\n"u8, X25Columns);
        var buffer = new LineBuffer();
        buffer.Gets(file);
        while (buffer.Gets(file))
        {
            int newline = buffer.Str(0).IndexOf((byte)'\n');
            if (newline >= 0)
                buffer[newline] = 0;
            buffer[24] = 0;
            buffer[35] = 0;
            int digits = buffer.Atoi(17);
            if (digits < 0 || digits > 15)
                digits = 15;
            buffer[digits] = 0;
            if (digits == 0)
            {
                output.Write("*                   "u8);
                Pad(0);
                output.WriteByte((byte)' ');
                output.Left(buffer.Str(25), 5);
            }
            else
            {
                // "%s/%*d": a negative width (digits - 17) left-justifies. The field is 18 wide only
                // when the address has as many characters as its digit count; a translated table
                // pads a shorter one, so Iface stays under its label.
                var address = buffer.Str(0);
                output.Write(address);
                output.WriteByte((byte)'/');
                output.LeftNumber(digits, 17 - digits);
                if (_columns is not null)
                    output.Spaces(17 - address.Length - Math.Max(digits.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, 17 - digits));
                output.Write("  "u8);
                Pad(0);
                output.WriteByte((byte)' ');
                output.Left(buffer.Str(25), 5);
            }
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// lib/ddp_gr.c: the file is read as words with <c>fscanf("%ms %ms %ms %ms\n")</c>; the first
    /// four are the header, then four words per route.
    /// </summary>
    public void Ddp(FgetsReader file)
    {
        var content = new List<byte>();
        while (file.TryGets(4096, out var piece))
            content.AddRange(piece);
        var words = new List<byte[]>();
        var all = content.ToArray();
        int i = 0;
        while (i < all.Length)
        {
            while (i < all.Length && IsSpace(all[i]))
                i++;
            int start = i;
            while (i < all.Length && !IsSpace(all[i]))
                i++;
            if (i > start)
                words.Add(all[start..i]);
        }
        if (_catalog is null)
            output.Write("Destination     Gateway         Device          Flags\n"u8);
        else
        {
            _columns = new LocalizedColumns(_catalog, DdpColumns);
            output.Write(_columns.Header());
            output.WriteByte((byte)'\n');
        }
        Span<byte> flags = stackalloc byte[32];
        for (int w = 4; w + 4 <= words.Count; w += 4)
        {
            int n = TextRouteRenderer.FibFlags(unchecked((uint)LineBuffer.Atoi(words[w + 2])), flags, rejectReplaces: false);
            output.Left(words[w], 16);
            Pad(0);
            output.Left(words[w + 1], 16);
            Pad(1);
            output.Left(words[w + 3], 16);
            Pad(2);
            output.Write(flags[..n]);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>printf("%05d"): zero-padded to five characters, the sign counted.</summary>
    private static ReadOnlySpan<byte> ZeroPadded(int value, int width, Span<byte> buffer)
    {
        long magnitude = Math.Abs((long)value);
        System.Buffers.Text.Utf8Formatter.TryFormat(magnitude, buffer, out int digits);
        int sign = value < 0 ? 1 : 0;
        int pad = Math.Max(0, width - sign - digits);
        var result = new byte[sign + pad + digits];
        if (sign == 1)
            result[0] = (byte)'-';
        result.AsSpan(sign, pad).Fill((byte)'0');
        buffer[..digits].CopyTo(result.AsSpan(sign + pad));
        return result;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    /// <summary>A C <c>char buffer[256]</c> filled by fgets: later bytes keep what earlier lines left.</summary>
    private sealed class LineBuffer
    {
        private readonly byte[] _bytes = new byte[256];

        public byte this[int index]
        {
            set
            {
                if ((uint)index < (uint)_bytes.Length)
                    _bytes[index] = value;
            }
        }

        /// <summary>fgets(buffer, 256, f); false at end of file.</summary>
        public bool Gets(FgetsReader file)
        {
            if (!file.TryGets(256, out var piece))
                return false;
            piece.CopyTo(_bytes);
            _bytes[piece.Length] = 0;
            return true;
        }

        /// <summary>The C string at <paramref name="offset"/> (empty outside the buffer).</summary>
        public ReadOnlySpan<byte> Str(int offset)
        {
            if ((uint)offset >= (uint)_bytes.Length)
                return default;
            var rest = _bytes.AsSpan(offset);
            int nul = rest.IndexOf((byte)0);
            return nul >= 0 ? rest[..nul] : rest;
        }

        public int Atoi(int offset) => Atoi(Str(offset));

        /// <summary>atoi: strtol's digits, cut to an int.</summary>
        public static int Atoi(ReadOnlySpan<byte> s)
        {
            int i = 0;
            while (i < s.Length && IsSpace(s[i]))
                i++;
            bool negative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
                negative = s[i++] == '-';
            ulong magnitude = 0;
            bool overflow = false;
            for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++)
            {
                if (magnitude > (ulong.MaxValue - 9) / 10)
                    overflow = true;
                else
                    magnitude = magnitude * 10 + (ulong)(s[i] - '0');
            }
            long l = overflow || (!negative && magnitude > long.MaxValue) || (negative && magnitude > 1UL << 63)
                ? (negative ? long.MinValue : long.MaxValue)
                : negative ? (long)(0 - magnitude) : (long)magnitude;
            return unchecked((int)l);
        }
    }
}
