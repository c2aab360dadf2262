using NetStat.Changes;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// -c --changes, between the socket listing and its renderers: the first pass goes to the table
/// renderer unchanged (net-tools' full output); from then on only the rows that came, as they
/// are read, and at the end of the pass those that went, to the change renderer.
/// </summary>
internal sealed class SocketChangeWatch(ISocketListingRenderer table, ISocketChangeRenderer changes) : ISocketListingRenderer
{
    private readonly SocketChangeTracker _tracker = new();
    private DateTimeOffset _time;

    private bool FirstPass => _tracker.CompletedPasses == 0;

    /// <summary>Wraps one pass of the listing so that the watch sees where passes begin and end.</summary>
    public Func<int> Wrap(Func<int> pass) => () =>
    {
        _tracker.BeginPass();
        _time = LocalClock.Now();
        bool first = FirstPass;
        int rc = pass();
        var gone = _tracker.EndPass();
        // A failed pass ends the -c loop; what it did not list has not gone.
        if (rc == 0 && !first)
        {
            foreach (var s in gone)
            {
                if (s.IsUnix)
                    changes.UnixChange(SocketChangeKind.Disappeared, _time, s.Unix, s.Owner);
                else
                    changes.InternetChange(SocketChangeKind.Disappeared, _time, s.Inet, s.Owner);
            }
        }
        return rc;
    };

    // The -p map reaches both: rows of the first pass and changes use the holders it names.
    public bool WantsAllHolders => table.WantsAllHolders;

    public void Owners(SocketOwners owners)
    {
        table.Owners(owners);
        changes.Owners(owners);
    }

    public void BeginInternet()
    {
        if (FirstPass)
            table.BeginInternet();
    }

    public void InternetRow(in InetSocket socket, ProcessInfo? owner)
    {
        bool isNew = _tracker.Observe(socket, owner);
        if (FirstPass)
            table.InternetRow(socket, owner);
        else if (isNew)
            changes.InternetChange(SocketChangeKind.Appeared, _time, socket, owner);
    }

    public void BeginUnix()
    {
        if (FirstPass)
            table.BeginUnix();
    }

    public void UnixRow(in UnixSocket socket, ProcessInfo? owner)
    {
        bool isNew = _tracker.Observe(socket, owner);
        if (FirstPass)
            table.UnixRow(socket, owner);
        else if (isNew)
            changes.UnixChange(SocketChangeKind.Appeared, _time, socket, owner);
    }
}
