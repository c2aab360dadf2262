using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace NetStat.Records;

/// <summary>
/// An IPv4 or IPv6 address held inline (no allocation), bytes in network order.
/// IPv4 addresses use the first four bytes.
/// </summary>
public readonly struct InetAddress : IEquatable<InetAddress>
{
    private readonly ulong _high; // bytes 0..7, big-endian
    private readonly ulong _low;  // bytes 8..15, big-endian

    /// <summary>The address family: <see cref="AddressFamily.InterNetwork"/> or <see cref="AddressFamily.InterNetworkV6"/>.</summary>
    public AddressFamily Family { get; }

    private InetAddress(AddressFamily family, ulong high, ulong low)
    {
        Family = family;
        _high = high;
        _low = low;
    }

    /// <summary>Creates an address from 4 (IPv4) or 16 (IPv6) bytes in network order.</summary>
    public static InetAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 4)
            return new InetAddress(AddressFamily.InterNetwork, (ulong)BinaryPrimitives.ReadUInt32BigEndian(bytes) << 32, 0);
        if (bytes.Length == 16)
            return new InetAddress(AddressFamily.InterNetworkV6, BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        throw new ArgumentException("An address has 4 or 16 bytes.", nameof(bytes));
    }

    /// <summary>Creates an IPv4 address from its value in network order read as a big-endian number (127.0.0.1 = 0x7F000001).</summary>
    public static InetAddress FromIPv4(uint value) => new(AddressFamily.InterNetwork, (ulong)value << 32, 0);

    /// <summary>The IPv4 address as a big-endian number; 0 for IPv6.</summary>
    public uint IPv4Value => Family == AddressFamily.InterNetwork ? (uint)(_high >> 32) : 0;

    /// <summary>Number of bytes: 4 or 16.</summary>
    public int Length => Family == AddressFamily.InterNetwork ? 4 : 16;

    /// <summary>True for 0.0.0.0 and ::.</summary>
    public bool IsUnspecified => _high == 0 && _low == 0;

    /// <summary>True for an IPv6 address of the form ::ffff:a.b.c.d.</summary>
    public bool IsIPv4Mapped => Family == AddressFamily.InterNetworkV6 && _high == 0 && (_low >> 32) == 0xFFFF;

    /// <summary>Writes the address bytes (4 or 16) in network order.</summary>
    public int WriteBytes(Span<byte> destination)
    {
        if (Family == AddressFamily.InterNetwork)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)(_high >> 32));
            return 4;
        }
        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _low);
        return 16;
    }

    /// <summary>The 16-bit group <paramref name="index"/> (0..7) of an IPv6 address.</summary>
    public ushort GetIPv6Group(int index) =>
        (ushort)((index < 4 ? _high >> (48 - 16 * index) : _low >> (48 - 16 * (index - 4))) & 0xFFFF);

    /// <summary>Converts to <see cref="IPAddress"/> (allocates).</summary>
    public IPAddress ToIPAddress()
    {
        Span<byte> bytes = stackalloc byte[16];
        return new IPAddress(bytes[..WriteBytes(bytes)]);
    }

    /// <inheritdoc/>
    public bool Equals(InetAddress other) => Family == other.Family && _high == other._high && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InetAddress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Family, _high, _low);

    /// <inheritdoc/>
    public override string ToString() => ToIPAddress().ToString();

    /// <summary>Equality.</summary>
    public static bool operator ==(InetAddress left, InetAddress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(InetAddress left, InetAddress right) => !left.Equals(right);
}
