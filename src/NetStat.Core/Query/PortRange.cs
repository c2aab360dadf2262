namespace NetStat.Query;

/// <summary>An inclusive range of port numbers (a single port is a range of one).</summary>
/// <param name="First">The lowest port in the range.</param>
/// <param name="Last">The highest port in the range (not below <paramref name="First"/>).</param>
public readonly record struct PortRange(ushort First, ushort Last)
{
    /// <summary>A range holding the one port <paramref name="port"/>.</summary>
    public static PortRange Single(ushort port) => new(port, port);

    /// <summary>Whether <paramref name="port"/> lies in the range.</summary>
    public bool Contains(ushort port) => port >= First && port <= Last;

    /// <summary>Whether the range holds every port, 0 to 65535.</summary>
    public bool IsEverything => First == 0 && Last == ushort.MaxValue;

    /// <inheritdoc/>
    public override string ToString() => First == Last ? First.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{First}-{Last}";
}
