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
        var prefix = TryParseCore(text, out FilterProblem kind);
        problem = prefix is null ? FilterValueException.Describe(kind) : null;
        return prefix;
    }

    /// <summary><see cref="TryParse"/> with the problem as its kind (the filter builder's exception carries it).</summary>
    internal static AddressPrefix? TryParseCore(string text, out FilterProblem problem)
    {
        problem = default;
        int slash = text.IndexOf('/');
        string addressText = slash < 0 ? text : text[..slash];
        bool v6 = addressText.Contains(':');
        // inet_pton reads bytes: anything beyond ASCII (or longer than any address) is refused
        // before the one conversion, so no encoder can overflow the buffer.
        Span<byte> ascii = stackalloc byte[64];
        bool isAscii = addressText.Length <= ascii.Length;
        for (int i = 0; isAscii && i < addressText.Length; i++)
        {
            isAscii = addressText[i] < 0x80;
            ascii[i] = (byte)addressText[i];
        }
        Span<byte> bytes = stackalloc byte[16];
        int length = v6 ? 16 : 4;
        var source = ascii[..(isAscii ? addressText.Length : 0)];
        if (!isAscii || !(v6 ? Parsing.InetPton.TryParseIPv6(source, bytes) : Parsing.InetPton.TryParseIPv4(source, bytes)))
        {
            problem = v6 ? FilterProblem.MalformedIPv6Address : FilterProblem.MalformedIPv4Address;
            return null;
        }
        int prefix = length * 8;
        if (slash >= 0)
        {
            var digits = text.AsSpan(slash + 1);
            if (digits.IsEmpty || digits.Length > 3 || !Parsing.DecimalDigits.IsDigits(digits))
            {
                problem = FilterProblem.MalformedPrefixLength;
                return null;
            }
            prefix = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (prefix > length * 8)
            {
                problem = length == 4 ? FilterProblem.PrefixLengthAbove32 : FilterProblem.PrefixLengthAbove128;
                return null;
            }
        }
        return new AddressPrefix(InetAddress.FromBytes(bytes[..length]), prefix);
    }

    private static void ClearAfter(Span<byte> bytes, int prefixLength)
    {
        for (int bit = prefixLength; bit < bytes.Length * 8; bit++)
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Network}/{PrefixLength}";
}
