namespace NetStat.Parsing;

/// <summary>
/// Hands out one shared array per distinct interface name, so a table of a million routes over
/// a few interfaces does not allocate a name per row (records keep the memory, not a buffer).
/// </summary>
internal sealed class NameInterner
{
    private const int MaxNames = 64;
    private readonly List<byte[]> _names = [];

    public ReadOnlyMemory<byte> Intern(ReadOnlySpan<byte> name)
    {
        foreach (var known in _names)
            if (name.SequenceEqual(known))
                return known;
        var copy = name.ToArray();
        if (_names.Count < MaxNames)
            _names.Add(copy);
        return copy;
    }
}
