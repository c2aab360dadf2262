using System.Buffers.Binary;
using System.Text;

namespace NetStat.Cli.Rendering;

/// <summary>
/// net-tools 2.10's hardware type table (lib/hw.c as built for Debian, read back from the binary):
/// the first entry whose ARPHRD type matches names the link; unknown types are "unspec".
/// Each printer sees the 32-byte address buffer net-tools keeps: 8 bytes from the kernel, then zeros.
/// </summary>
internal static class HardwareTypes
{
    internal sealed record Entry(int Type, string Name, string Title, Func<byte[], byte[]>? Print, bool SuppressNullAddress = false);

    private static readonly Entry[] Table =
    [
        new(772, "loop", "Local Loopback", null),
        new(256, "slip", "Serial Line IP", null),
        new(257, "cslip", "VJ Serial Line IP", null),
        new(258, "slip6", "6-bit Serial Line IP", null),
        new(259, "cslip6", "VJ 6-bit Serial Line IP", null),
        new(264, "adaptive", "Adaptive Serial Line IP", null),
        // Ash devices left Linux with 2.2; its printer reads past the buffer, so only the name is shown.
        new(781, "ash", "Ash", null, SuppressNullAddress: true),
        new(1, "ether", "Ethernet", a => Hex(a, 6, ':', lower: true)),
        new(3, "ax25", "AMPR AX.25", Callsign),
        new(0, "netrom", "AMPR NET/ROM", Callsign),
        new(270, "rose", "AMPR ROSE", a => Hex(a, 5, null, lower: true)),
        new(768, "tunnel", "IPIP Tunnel", _ => []),
        new(512, "ppp", "Point-to-Point Protocol", null),
        new(513, "hdlc", "(Cisco)-HDLC", null),
        new(516, "lapb", "LAPB", null),
        new(7, "arcnet", "ARCnet", a => Hex(a, 1, null, lower: false)),
        new(15, "dlci", "Frame Relay DLCI", a => Ascii(BinaryPrimitives.ReadInt16LittleEndian(a).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new(770, "frad", "Frame Relay Access Device", null),
        new(776, "sit", "IPv6-in-IPv4", null),
        new(774, "fddi", "Fiber Distributed Data Interface", a => Hex(a, 6, '-', lower: false)),
        new(780, "hippi", "HIPPI", a => Hex(a, 6, ':', lower: false)),
        new(783, "irda", "IrLAP", IrdaAddress),
        new(782, "ec", "Econet", null),
        new(271, "x25", "generic X.25", X25Address),
        new(27, "eui64", "Generic EUI-64", a => Hex(a, 8, ':', lower: false)),
    ];

    private static readonly Entry Unspec = new(-1, "unspec", "UNSPEC", a => Hex(a, 16, '-', lower: false));

    /// <summary>The entry for an ARPHRD type.</summary>
    public static Entry Find(ushort type)
    {
        foreach (var e in Table)
            if (e.Type == type)
                return e;
        return Unspec;
    }

    private static byte[] Hex(byte[] a, int count, char? separator, bool lower)
    {
        var sb = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && separator is char c)
                sb.Append(c);
            sb.Append(a[i].ToString(lower ? "x2" : "X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return Ascii(sb.ToString());
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    // AX.25 and NET/ROM: six shifted callsign characters (a space ends it), then "-SSID" if not 0.
    private static byte[] Callsign(byte[] a)
    {
        var sb = new StringBuilder(9);
        for (int i = 0; i < 6; i++)
        {
            char c = (char)(a[i] >> 1);
            if (c == ' ' || c == '\0')
                break;
            sb.Append(c);
        }
        int ssid = (a[6] & 0x1E) >> 1;
        if (ssid != 0)
            sb.Append('-').Append(ssid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    // irda_print formats signed chars, bytes 3..0.
    private static byte[] IrdaAddress(byte[] a)
    {
        var sb = new StringBuilder();
        for (int i = 3; i >= 0; i--)
        {
            if (i < 3)
                sb.Append(':');
            sb.Append(((int)(sbyte)a[i]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return Ascii(sb.ToString());
    }

    // X.25: the address bytes as a string of at most 16 characters.
    private static byte[] X25Address(byte[] a)
    {
        int n = Array.IndexOf(a, (byte)0, 0, 16);
        return a.AsSpan(0, n < 0 ? 16 : n).ToArray();
    }
}
