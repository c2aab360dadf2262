using NetStat.Parsing;

namespace NetStat.Kernel;

/// <summary>Opens the kernel's multicast membership tables (/proc/net/igmp and /proc/net/igmp6).</summary>
public sealed class GroupTables(ProcPaths paths)
{
    /// <summary>The IGMP (IPv4) table.</summary>
    public string IgmpFile => paths.Net("igmp");

    /// <summary>The MLD (IPv6) table.</summary>
    public string Igmp6File => paths.Net("igmp6");

    /// <summary>
    /// Opens the IPv4 table; null with the errno when it cannot be opened. Pass the same
    /// <paramref name="scanner"/> to every call to read as one net-tools process does.
    /// </summary>
    public ProcGroupCursor? OpenIgmp(out int errno, GroupLineScanner? scanner = null) => Open(IgmpFile, scanner, out errno);

    /// <summary>Opens the IPv6 table; null with the errno when it cannot be opened.</summary>
    public ProcGroupCursor? OpenIgmp6(out int errno, GroupLineScanner? scanner = null) => Open(Igmp6File, scanner, out errno);

    private static ProcGroupCursor? Open(string path, GroupLineScanner? scanner, out int errno)
    {
        var file = ProcFile.TryOpen(path, out errno);
        return file is null ? null : new ProcGroupCursor(file, scanner ?? new GroupLineScanner());
    }
}
