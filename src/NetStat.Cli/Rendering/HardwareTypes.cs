using System.Buffers.Binary;
using System.Buffers.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// net-tools 2.10's hardware type table (lib/hw.c as built for Debian, read back from the binary):
/// the first entry whose ARPHRD type matches names the link; unknown types are "unspec".
/// Each printer sees the 32-byte address buffer net-tools keeps: 8 bytes from the kernel, then zeros.
/// </summary>
internal static class HardwareTypes
{
    /// <summary>Writes an address as text into a buffer of at least 64 bytes; returns the length.</summary>
    internal delegate int Printer(ReadOnlySpan<byte> address, Span<byte> text);

    internal sealed record Entry(int Type, byte[] Name, byte[] Title, Printer? Print, bool SuppressNullAddress = false)
    {
        /// <summary>The title as text: the key of its translation.</summary>
        public string TitleText => System.Text.Encoding.UTF8.GetString(Title);
    }

    private static readonly Entry[] Table =
    [
        new(772, "loop"u8.ToArray(), "Local Loopback"u8.ToArray(), null),
        new(256, "slip"u8.ToArray(), "Serial Line IP"u8.ToArray(), null),
        new(257, "cslip"u8.ToArray(), "VJ Serial Line IP"u8.ToArray(), null),
        new(258, "slip6"u8.ToArray(), "6-bit Serial Line IP"u8.ToArray(), null),
        new(259, "cslip6"u8.ToArray(), "VJ 6-bit Serial Line IP"u8.ToArray(), null),
        new(264, "adaptive"u8.ToArray(), "Adaptive Serial Line IP"u8.ToArray(), null),
        // Ash devices left Linux with 2.2; its printer reads past the buffer, so only the name is shown.
        new(781, "ash"u8.ToArray(), "Ash"u8.ToArray(), null, SuppressNullAddress: true),
        new(1, "ether"u8.ToArray(), "Ethernet"u8.ToArray(), (a, t) => Hex(a, 6, (byte)':', lower: true, t)),
        new(3, "ax25"u8.ToArray(), "AMPR AX.25"u8.ToArray(), Callsign),
        new(0, "netrom"u8.ToArray(), "AMPR NET/ROM"u8.ToArray(), Callsign),
        new(270, "rose"u8.ToArray(), "AMPR ROSE"u8.ToArray(), (a, t) => Hex(a, 5, 0, lower: true, t)),
        new(768, "tunnel"u8.ToArray(), "IPIP Tunnel"u8.ToArray(), (_, _) => 0),
        new(512, "ppp"u8.ToArray(), "Point-to-Point Protocol"u8.ToArray(), null),
        new(513, "hdlc"u8.ToArray(), "(Cisco)-HDLC"u8.ToArray(), null),
        new(516, "lapb"u8.ToArray(), "LAPB"u8.ToArray(), null),
        new(7, "arcnet"u8.ToArray(), "ARCnet"u8.ToArray(), (a, t) => Hex(a, 1, 0, lower: false, t)),
        new(15, "dlci"u8.ToArray(), "Frame Relay DLCI"u8.ToArray(), Dlci),
        new(770, "frad"u8.ToArray(), "Frame Relay Access Device"u8.ToArray(), null),
        new(776, "sit"u8.ToArray(), "IPv6-in-IPv4"u8.ToArray(), null),
        new(774, "fddi"u8.ToArray(), "Fiber Distributed Data Interface"u8.ToArray(), (a, t) => Hex(a, 6, (byte)'-', lower: false, t)),
        new(780, "hippi"u8.ToArray(), "HIPPI"u8.ToArray(), (a, t) => Hex(a, 6, (byte)':', lower: false, t)),
        new(783, "irda"u8.ToArray(), "IrLAP"u8.ToArray(), IrdaAddress),
        new(782, "ec"u8.ToArray(), "Econet"u8.ToArray(), null),
        new(271, "x25"u8.ToArray(), "generic X.25"u8.ToArray(), X25Address),
        new(27, "eui64"u8.ToArray(), "Generic EUI-64"u8.ToArray(), (a, t) => Hex(a, 8, (byte)':', lower: false, t)),
    ];

    private static readonly Entry Unspec = new(-1, "unspec"u8.ToArray(), "UNSPEC"u8.ToArray(), (a, t) => Hex(a, 16, (byte)'-', lower: false, t));

    /// <summary>Every entry, "unspec" last (the catalogs translate their titles).</summary>
    public static IEnumerable<Entry> All => [.. Table, Unspec];

    /// <summary>The entry for an ARPHRD type.</summary>
    public static Entry Find(ushort type)
    {
        foreach (var e in Table)
            if (e.Type == type)
                return e;
        return Unspec;
    }

    /// <summary>The room <see cref="FormatAddress"/> needs.</summary>
    public const int AddressTextLength = 64;

    /// <summary>
    /// The address as net-tools prints it for the entry <paramref name="hw"/> (the -i -e
    /// hardware line, the JSON "address"): the length written into <paramref name="text"/>
    /// (at least <see cref="AddressTextLength"/> bytes), or -1 when net-tools prints none.
    /// </summary>
    public static int FormatAddress(Entry hw, ReadOnlySpan<byte> kernel, Span<byte> text)
    {
        // net-tools keeps 8 bytes of the kernel's answer in a zeroed 32-byte buffer.
        Span<byte> address = stackalloc byte[32];
        address.Clear();
        kernel[..Math.Min(8, kernel.Length)].CopyTo(address);
        if (hw.Print is null || (hw.SuppressNullAddress && address.IndexOfAnyExcept((byte)0) < 0))
            return -1;
        return hw.Print(address, text);
    }

    /// <summary>Every byte as two lower-case hex digits, no separator; returns the length (2 per byte).</summary>
    public static int LowerHex(ReadOnlySpan<byte> bytes, Span<byte> text) => Hex(bytes, bytes.Length, 0, lower: true, text);

    // "%02x" / "%02X" per byte with an optional separator (0 = none).
    private static int Hex(ReadOnlySpan<byte> a, int count, byte separator, bool lower, Span<byte> text)
    {
        var digits = lower ? "0123456789abcdef"u8 : "0123456789ABCDEF"u8;
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && separator != 0)
                text[n++] = separator;
            text[n++] = digits[a[i] >> 4];
            text[n++] = digits[a[i] & 15];
        }
        return n;
    }

    // AX.25 and NET/ROM: six shifted callsign characters (a space ends it), then "-SSID" if not 0.
    private static int Callsign(ReadOnlySpan<byte> a, Span<byte> text)
    {
        int n = 0;
        for (int i = 0; i < 6; i++)
        {
            byte c = (byte)(a[i] >> 1);
            if (c == ' ' || c == 0)
                break;
            text[n++] = c;
        }
        int ssid = (a[6] & 0x1E) >> 1;
        if (ssid != 0)
        {
            text[n++] = (byte)'-';
            Utf8Formatter.TryFormat(ssid, text[n..], out int w);
            n += w;
        }
        return n;
    }

    // pr_dlci: "%i" of the first two bytes as a short.
    private static int Dlci(ReadOnlySpan<byte> a, Span<byte> text)
    {
        Utf8Formatter.TryFormat(BinaryPrimitives.ReadInt16LittleEndian(a), text, out int n);
        return n;
    }

    // irda_print formats signed chars ("%02x" of a sign-extended value), bytes 3..0.
    private static int IrdaAddress(ReadOnlySpan<byte> a, Span<byte> text)
    {
        int n = 0;
        for (int i = 3; i >= 0; i--)
        {
            if (i < 3)
                text[n++] = (byte)':';
            Utf8Formatter.TryFormat((uint)(sbyte)a[i], text[n..], out int w, new System.Buffers.StandardFormat('x', 2));
            n += w;
        }
        return n;
    }

    // X.25: the address bytes as a string of at most 16 characters.
    private static int X25Address(ReadOnlySpan<byte> a, Span<byte> text)
    {
        int n = a[..16].IndexOf((byte)0);
        if (n < 0)
            n = 16;
        a[..n].CopyTo(text);
        return n;
    }
}
