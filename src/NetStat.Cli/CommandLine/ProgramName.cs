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
        try
        {
            var bytes = File.ReadAllBytes("/proc/self/cmdline");
            int nul = Array.IndexOf(bytes, (byte)0);
            var name = System.Text.Encoding.UTF8.GetString(bytes, 0, nul < 0 ? bytes.Length : nul);
            return name.Length > 0 ? name : "netstat";
        }
        catch (IOException)
        {
            return "netstat";
        }
        catch (UnauthorizedAccessException)
        {
            return "netstat";
        }
    }
}
