namespace NetStat.Tests.Support;

/// <summary>Paths of the repository and of the two programs under comparison.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>Our Native AOT build (./build.sh leaves it here).</summary>
    public static string OurNetstat => Path.Combine(Root, "bin", "netstat");

    /// <summary>net-tools 2.10, the oracle.</summary>
    public const string ReferenceNetstat = "/usr/bin/netstat";

    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "build.sh")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (build.sh) not found");
    }
}
