using NetStat.Kernel;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// argv[0] exactly as the program was invoked: getopt prefixes its messages with it
/// ("/usr/bin/netstat: invalid option -- 'Q'" when run by full path). .NET does not expose
/// the raw argv[0], so it is read from /proc/self/cmdline.
/// </summary>
internal static class ProgramName
{
    public static string Get()
    {
        using var file = ProcFile.TryOpen("/proc/self/cmdline", out _);
        if (file is null)
            return "netstat";
        var bytes = file.ReadToEnd();
        int nul = bytes.IndexOf((byte)0);
        var name = System.Text.Encoding.UTF8.GetString(nul < 0 ? bytes : bytes[..nul]);
        return name.Length > 0 ? name : "netstat";
    }
}
