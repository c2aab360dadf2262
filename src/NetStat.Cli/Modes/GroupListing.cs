namespace NetStat.Cli.Modes;

/// <summary>Multicast group memberships (-g), printed inside the socket listing loop.</summary>
internal abstract class GroupListing
{
    /// <summary>Prints the group table once; returns the exit status.</summary>
    public abstract int RunPass();
}
