namespace NetStat.Tests.Support;

/// <summary>Why a differential test cannot run here (null when it can). CI runs as root, where all hold.</summary>
public static partial class Requirements
{
    private static readonly Lazy<string?> Namespaces = new(Check);

    public static string? MissingForNamespaces => Namespaces.Value;

    private static string? Check()
    {
        if (!OperatingSystem.IsLinux())
            return "needs Linux";
        if (Environment.UserName != "root" && Interop.GetEuid() != 0)
            return "needs root to create network namespaces (CI runs as root)";
        if (!File.Exists(Repo.ReferenceNetstat))
            return "needs net-tools' /usr/bin/netstat as the oracle";
        if (!File.Exists(Repo.OurNetstat))
            return "needs bin/netstat: run ./build.sh first";
        if (!File.Exists("/usr/bin/ip") && !File.Exists("/sbin/ip") && !File.Exists("/usr/sbin/ip"))
            return "needs iproute2's ip";
        return null;
    }

    private static partial class Interop
    {
        [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "geteuid")]
        internal static partial uint GetEuid();
    }
}
