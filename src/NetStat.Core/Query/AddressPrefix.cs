using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Query;

/// <summary>
/// An address block in CIDR notation (198.51.100.0/24, 2001:db8::/32). An IPv4 block also
/// contains the IPv4-mapped IPv6 addresses of its members (::ffff:198.51.100.7), because a
/// dual-stack socket shows an IPv4 peer that way (the kernel's inet_diag conditions agree); an
/// IPv6 block contains only IPv6 addresses.
/// </summary>
public readonly record struct AddressPrefix
{
    /// <summary>The block's address with the bits after the prefix cleared.</summary>
    public InetAddress Network { get; }

    /// <summary>The number of leading bits that must match (0 to 32, or 0 to 128).</summary>
    public int PrefixLength { get; }

    /// <summary>Creates a block; bits of <paramref name="address"/> after the prefix are ignored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The prefix is longer than the address.</exception>
    public AddressPrefix(InetAddress address, int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, address.Length * 8);
        Span<byte> bytes = stackalloc byte[16];
        int length = address.WriteBytes(bytes);
        ClearAfter(bytes[..length], prefixLength);
        Network = InetAddress.FromBytes(bytes[..length]);
        PrefixLength = prefixLength;
    }

    /// <summary>Whether <paramref name="address"/> lies in the block.</summary>
    public bool Contains(InetAddress address)
    {
        Span<byte> candidate = stackalloc byte[16];
        Span<byte> network = stackalloc byte[16];
        int length = address.WriteBytes(candidate);
        int networkLength = Network.WriteBytes(network);
        if (Network.Family == AddressFamily.InterNetwork && address.IsIPv4Mapped)
        {
            candidate[12..16].CopyTo(candidate);
            length = 4;
        }
        if (length != networkLength)
            return false;
        int full = PrefixLength / 8, rest = PrefixLength % 8;
        if (!candidate[..full].SequenceEqual(network[..full]))
            return false;
        if (rest == 0)
            return true;
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[full] & mask) == network[full];
    }

    /// <summary>
    /// Parses "ADDRESS" or "ADDRESS/LENGTH" (dotted-quad IPv4 or RFC 4291 IPv6 text); a bare
    /// address is a block of one. Null with a short description of the problem otherwise.
    /// </summary>
    public static AddressPrefix? TryParse(string text, out string? problem)
    {
        problem = null;
        int slash = text.IndexOf('/');
        string addressText = slash < 0 ? text : text[..slash];
        Span<byte> bytes = stackalloc byte[16];
        int length;
        if (addressText.Contains(':'))
        {
            Span<byte> utf8 = stackalloc byte[64];
            if (addressText.Length > 64 || System.Text.Encoding.UTF8.GetBytes(addressText, utf8) != addressText.Length
                || !Parsing.InetPton.TryParseIPv6(utf8[..addressText.Length], bytes))
            {
                problem = "malformed IPv6 address";
                return null;
            }
            length = 16;
        }
        else
        {
            if (!TryParseIPv4(addressText, bytes))
            {
                problem = "malformed IPv4 address";
                return null;
            }
            length = 4;
        }
        int prefix = length * 8;
        if (slash >= 0)
        {
            var digits = text.AsSpan(slash + 1);
            if (digits.IsEmpty || digits.Length > 3 || !IsDigits(digits))
            {
                problem = "malformed prefix length";
                return null;
            }
            prefix = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (prefix > length * 8)
            {
                problem = length == 4 ? "prefix length above 32" : "prefix length above 128";
                return null;
            }
        }
        return new AddressPrefix(InetAddress.FromBytes(bytes[..length]), prefix);
    }

    // Four decimal numbers 0-255 without leading zeros, as inet_pton(AF_INET) accepts.
    private static bool TryParseIPv4(ReadOnlySpan<char> text, Span<byte> destination)
    {
        for (int i = 0; i < 4; i++)
        {
            int dot = text.IndexOf('.');
            var part = i < 3 ? (dot < 0 ? [] : text[..dot]) : text;
            if (i < 3 && dot < 0)
                return false;
            if (part.IsEmpty || part.Length > 3 || !IsDigits(part) || (part.Length > 1 && part[0] == '0'))
                return false;
            int value = int.Parse(part, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (value > 255)
                return false;
            destination[i] = (byte)value;
            if (i < 3)
                text = text[(dot + 1)..];
        }
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c < '0' || c > '9')
                return false;
        return true;
    }

    private static void ClearAfter(Span<byte> bytes, int prefixLength)
    {
        for (int bit = prefixLength; bit < bytes.Length * 8; bit++)
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Network}/{PrefixLength}";
}
