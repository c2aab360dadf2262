using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Receives the multicast group table (-g) as records, IPv4 memberships first, in /proc order;
/// a renderer decides what text (or JSON ...) they become.
/// </summary>
internal interface IGroupListingRenderer
{
    /// <summary>Starts the table (once per pass, before any row, even when no file can be read).</summary>
    void BeginGroups();

    /// <summary>One membership.</summary>
    void GroupRow(in MulticastMembership membership);
}
