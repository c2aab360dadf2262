using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Where the interface table comes from. The implementation reads /proc/net/dev and asks the
/// kernel with the classic interface ioctls (as net-tools does); another may use rtnetlink.
/// </summary>
public interface INetworkInterfaceSource : IDisposable
{
    /// <summary>
    /// Prepares access to the kernel (net-tools opens its sockets before printing anything).
    /// False with the errno when no usable socket could be created.
    /// </summary>
    bool TryConnect(out int errno);

    /// <summary>
    /// Lists the interfaces for one pass, sorted in net-tools' natural name order. Listing problems
    /// are in the cursor's <see cref="IInterfaceCursor.Diagnostics"/>; rows are queried lazily.
    /// </summary>
    IInterfaceCursor Open(InterfaceQuery query);
}

/// <summary>What to read for each interface beyond the basics.</summary>
public readonly record struct InterfaceQuery
{
    /// <summary>Read the IPv6 addresses (/proc/net/if_inet6).</summary>
    public bool IPv6Addresses { get; init; }
}

/// <summary>
/// The interfaces of one pass. A row whose <see cref="NetworkInterface.FetchError"/> is set could
/// not be queried; net-tools stops there.
/// </summary>
public interface IInterfaceCursor : ITableCursor<NetworkInterface>
{
    /// <summary>Problems met while listing the names, in the order they happened.</summary>
    IReadOnlyList<InterfaceDiagnostic> Diagnostics { get; }

    /// <summary>errno when no list could be made at all (every name source failed); 0 otherwise.</summary>
    int ListError { get; }
}

/// <summary>What went wrong while listing interface names.</summary>
public enum InterfaceDiagnosticKind
{
    /// <summary>/proc/net/dev could not be opened; only configured IPv4 names are listed.</summary>
    DeviceTableUnreadable,
    /// <summary>Reading /proc/net/dev failed part way.</summary>
    DeviceTableReadError,
    /// <summary>No AF_INET socket could be created for SIOCGIFCONF; another family is used.</summary>
    NoInetSocket,
    /// <summary>SIOCGIFCONF failed.</summary>
    InterfaceConfigurationFailed,
}

/// <summary>One listing problem with its errno.</summary>
public readonly record struct InterfaceDiagnostic(InterfaceDiagnosticKind Kind, int Errno);
