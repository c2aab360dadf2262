using NetStat.Changes;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Receives the sockets that came or went between two passes of -c --changes (the first pass
/// goes to an <see cref="ISocketListingRenderer"/> as a whole table). One call per change; all
/// changes found by one pass carry the time that pass started.
/// </summary>
internal interface ISocketChangeRenderer
{
    void InternetChange(SocketChangeKind kind, DateTimeOffset time, in InetSocket socket, ProcessInfo? owner);
    void UnixChange(SocketChangeKind kind, DateTimeOffset time, in UnixSocket socket, ProcessInfo? owner);

    /// <summary>
    /// The -p process map of each pass, given before its rows (as to the table renderer). A
    /// socket that went was last seen in the previous pass, so its holders are in the previous map.
    /// </summary>
    void Owners(SocketOwners owners)
    {
    }
}
