using System.Runtime.InteropServices;

namespace NetStat.Tables;

/// <summary>
/// The tables exist only on Linux (procfs, NETLINK_SOCK_DIAG): elsewhere every entry point fails
/// at once, naming the system, instead of returning empty or partial tables.
/// </summary>
internal static class LinuxOnly
{
    public static void Ensure(string entryPoint)
    {
        if (!OperatingSystem.IsLinux())
            throw NotSupported(entryPoint, RuntimeInformation.OSDescription);
    }

    internal static PlatformNotSupportedException NotSupported(string entryPoint, string osDescription) =>
        new($"{entryPoint} reads the Linux kernel's socket tables (procfs and netlink) and works only on Linux; this system is {osDescription}.");
}
