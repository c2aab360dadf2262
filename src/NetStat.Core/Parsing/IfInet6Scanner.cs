using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// One pass of net-tools' loop over /proc/net/if_inet6:
/// <c>fscanf("%4s%4s%4s%4s%4s%4s%4s%4s %08x %02x %02x %02x %20s\n") != EOF</c>.
/// </summary>
/// <param name="AddressParsed">False when the eight groups do not form an address (inet_pton refused it).</param>
/// <param name="Address">The address when <paramref name="AddressParsed"/>.</param>
/// <param name="Index">The device index column.</param>
/// <param name="PrefixLength">The prefix length column.</param>
/// <param name="Scope">The scope column.</param>
/// <param name="Flags">The flags column.</param>
/// <param name="Device">The device name column (as a C string: up to its first NUL).</param>
public readonly record struct IfInet6Entry(bool AddressParsed, InetAddress Address, int Index, int PrefixLength, int Scope, int Flags, byte[] Device);

/// <summary>
/// Emulates the fscanf loop net-tools runs over /proc/net/if_inet6. The file is one stream, not a
/// list of lines, and a record that stops converting part way still counts: its fields keep the
/// values of the record before, as the C variables do.
/// </summary>
public static class IfInet6Scanner
{
    /// <summary>Every record the C loop body sees, in file order.</summary>
    public static List<IfInet6Entry> Scan(ReadOnlySpan<byte> file)
    {
        var entries = new List<IfInet6Entry>();
        var state = new State();
        int pos = 0;
        Span<byte> text = stackalloc byte[8 * 5];
        Span<byte> bytes = stackalloc byte[16];
        while (ScanRecord(file, ref pos, state))
        {
            int n = 0;
            for (int i = 0; i < 8; i++)
            {
                if (i > 0)
                    text[n++] = (byte)':';
                var part = ProcNetDevLine.CString(state.Parts[i].AsSpan(0, state.PartLengths[i]));
                part.CopyTo(text[n..]);
                n += part.Length;
            }
            bool parsed = InetPton.TryParseIPv6(text[..n], bytes);
            entries.Add(new IfInet6Entry(parsed, parsed ? InetAddress.FromBytes(bytes) : default,
                (int)state.Index, (int)state.PrefixLength, (int)state.Scope, (int)state.Flags,
                ProcNetDevLine.CString(state.Device.AsSpan(0, state.DeviceLength)).ToArray()));
        }
        return entries;
    }

    private sealed class State
    {
        public readonly byte[][] Parts = [new byte[4], new byte[4], new byte[4], new byte[4], new byte[4], new byte[4], new byte[4], new byte[4]];
        public readonly int[] PartLengths = new int[8];
        public uint Index, PrefixLength, Scope, Flags;
        public readonly byte[] Device = new byte[20];
        public int DeviceLength;
    }

    // False when fscanf would return EOF (nothing converted before the input ended).
    private static bool ScanRecord(ReadOnlySpan<byte> s, ref int pos, State st)
    {
        for (int i = 0; i < 8; i++)
        {
            SkipSpace(s, ref pos);
            if (pos == s.Length)
                return i > 0;
            st.PartLengths[i] = Word(s, ref pos, st.Parts[i]);
        }
        if (!Hex(s, ref pos, 8, ref st.Index) || !Hex(s, ref pos, 2, ref st.PrefixLength)
            || !Hex(s, ref pos, 2, ref st.Scope) || !Hex(s, ref pos, 2, ref st.Flags))
            return true;
        SkipSpace(s, ref pos);
        if (pos == s.Length)
            return true;
        st.DeviceLength = Word(s, ref pos, st.Device);
        SkipSpace(s, ref pos);
        return true;
    }

    // %Ns after white space was skipped: up to N non-space bytes (NUL included, as glibc reads it).
    private static int Word(ReadOnlySpan<byte> s, ref int pos, byte[] into)
    {
        int n = 0;
        while (pos < s.Length && n < into.Length && !ScanCursor.IsSpace(s[pos]))
            into[n++] = s[pos++];
        return n;
    }

    // %0Nx as glibc converts it: sign, "0x" prefix and digits share the width; the value is
    // strtoul's, stored into an unsigned int. False on a matching or input failure.
    private static bool Hex(ReadOnlySpan<byte> s, ref int pos, int width, ref uint value)
    {
        SkipSpace(s, ref pos);
        if (pos == s.Length)
            return false;
        bool negative = false, any = false;
        ulong acc = 0;
        bool overflow = false;
        if (s[pos] == '-' || s[pos] == '+')
        {
            negative = s[pos] == '-';
            pos++;
            width--;
        }
        if (width != 0 && pos < s.Length && s[pos] == '0')
        {
            width--;
            pos++;
            any = true;
            if (width != 0 && pos < s.Length && (s[pos] | 0x20) == 'x')
            {
                width--;
                pos++;
            }
        }
        while (width != 0 && pos < s.Length)
        {
            int d = ScanCursor.DigitValue(s[pos]);
            if (d < 0 || d >= 16)
                break;
            if (acc > (ulong.MaxValue - (ulong)d) / 16)
                overflow = true;
            else
                acc = acc * 16 + (ulong)d;
            any = true;
            width--;
            pos++;
        }
        if (!any)
            return false;
        value = (uint)(overflow ? ulong.MaxValue : negative ? 0UL - acc : acc);
        return true;
    }

    private static void SkipSpace(ReadOnlySpan<byte> s, ref int pos)
    {
        while (pos < s.Length && ScanCursor.IsSpace(s[pos]))
            pos++;
    }
}
