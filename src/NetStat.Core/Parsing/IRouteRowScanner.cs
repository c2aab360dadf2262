namespace NetStat.Parsing;

/// <summary>Turns the pieces fgets returns from a route table file into rows, as net-tools does.</summary>
internal interface IRouteRowScanner<TRow>
{
    /// <summary>Conversions that overflowed so far (each left errno at ERANGE in net-tools).</summary>
    int RangeErrors { get; }

    /// <summary>Scans one piece; false when the row did not convert as the table requires.</summary>
    bool TryScan(ReadOnlySpan<byte> piece, out TRow row);
}
