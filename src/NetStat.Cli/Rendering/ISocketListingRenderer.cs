using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Receives the socket listing as records, in net-tools' order of sections; a renderer decides
/// what text (or JSON ...) they become. Rows arrive already filtered by -l/-a.
/// </summary>
internal interface ISocketListingRenderer
{
    void BeginInternet();
    void InternetRow(in InetSocket socket, ProcessInfo? owner);
    void BeginUnix();
    void UnixRow(in UnixSocket socket, ProcessInfo? owner);

    /// <summary>Whether rows need every process holding a socket (the text output names only the first).</summary>
    bool WantsAllHolders => false;

    /// <summary>The -p process map of the pass, given before the rows that use it.</summary>
    void Owners(SocketOwners owners)
    {
    }
}
