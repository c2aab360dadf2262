using NetStat.Records;

namespace NetStat.Changes;

/// <summary>Whether a socket came or went between two listings.</summary>
public enum SocketChangeKind
{
    /// <summary>Listed now, not in the previous listing.</summary>
    Appeared,
    /// <summary>In the previous listing, not listed now.</summary>
    Disappeared,
}

/// <summary>One row of a listing as last seen: an Internet or a UNIX socket, and its owner if known.</summary>
/// <param name="IsUnix">Whether <see cref="Unix"/> (else <see cref="Inet"/>) holds the row.</param>
/// <param name="Inet">The Internet socket row.</param>
/// <param name="Unix">The UNIX socket row (its path copied, so it outlives the reader's buffers).</param>
/// <param name="Owner">The process holding it, when processes were scanned.</param>
public readonly record struct SocketSighting(bool IsUnix, InetSocket Inet, UnixSocket Unix, ProcessInfo? Owner);

/// <summary>
/// Compares consecutive listings of sockets by <see cref="SocketIdentity"/>: each pass reports
/// the rows that were not in the previous pass as they are observed, and at its end the rows
/// of the previous pass that were not seen again (as last seen, in the order they were listed).
/// The first pass has no previous one: every row in it counts as new.
/// </summary>
public sealed class SocketChangeTracker
{
    private Dictionary<SocketIdentity, SocketSighting> _previous = [];
    private Dictionary<SocketIdentity, SocketSighting> _current = [];

    /// <summary>How many passes have ended.</summary>
    public int CompletedPasses { get; private set; }

    /// <summary>Starts a pass (again, if the previous one was not ended).</summary>
    public void BeginPass() => _current.Clear();

    /// <summary>Records an Internet socket of this pass; true when the previous pass did not have it.</summary>
    public bool Observe(in InetSocket socket, ProcessInfo? owner) =>
        Record(SocketIdentity.Of(socket), new SocketSighting(false, socket, default, owner));

    /// <summary>Records a UNIX socket of this pass; true when the previous pass did not have it.</summary>
    public bool Observe(in UnixSocket socket, ProcessInfo? owner)
    {
        var identity = SocketIdentity.Of(socket);
        // The reader's buffer is reused, so the path is copied: once per socket, not on every
        // pass, since a sighting already kept with the same bytes lends its copy (never written to).
        if (!TryKeptPath(_current, identity, socket.Path.Span, out var path) && !TryKeptPath(_previous, identity, socket.Path.Span, out path))
            path = socket.Path.ToArray();
        return Record(identity, new SocketSighting(true, default, socket with { Path = path }, owner));
    }

    private static bool TryKeptPath(Dictionary<SocketIdentity, SocketSighting> sightings, SocketIdentity identity, ReadOnlySpan<byte> path, out ReadOnlyMemory<byte> kept)
    {
        kept = sightings.TryGetValue(identity, out var sighting) && sighting.IsUnix ? sighting.Unix.Path : default;
        return sighting.IsUnix && kept.Span.SequenceEqual(path);
    }

    /// <summary>Ends the pass: the sockets of the previous pass that this one did not list.</summary>
    public List<SocketSighting> EndPass()
    {
        var gone = new List<SocketSighting>();
        foreach (var (identity, sighting) in _previous)
            if (!_current.ContainsKey(identity))
                gone.Add(sighting);
        (_previous, _current) = (_current, _previous);
        _current.Clear();
        CompletedPasses++;
        return gone;
    }

    private bool Record(SocketIdentity identity, SocketSighting sighting)
    {
        // A row listed twice in one pass (a table read twice) is new at most once.
        bool isNew = !_previous.ContainsKey(identity) && !_current.ContainsKey(identity);
        _current[identity] = sighting;
        return isNew;
    }
}
