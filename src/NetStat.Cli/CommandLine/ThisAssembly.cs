using System.Reflection;

namespace NetStat.Cli.CommandLine;

/// <summary>Version and commit of this build, stamped by build.sh.</summary>
internal static class ThisAssembly
{
    public static string Version =>
        typeof(ThisAssembly).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
