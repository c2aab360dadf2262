using System.Text;
using NetStat.Kernel;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// The command line as bytes, the way net-tools' getopt_long sees it. .NET hands Main strings
/// decoded as UTF-8, which loses what net-tools echoes: an invalid byte becomes U+FFFD, and
/// "-é" is one character where getopt sees two bytes. The raw words come from
/// /proc/self/cmdline, trusted only when they decode to exactly the strings Main received.
/// </summary>
internal sealed class RawArguments
{
    /// <summary>argv[0] as given: getopt prefixes its messages with it.</summary>
    public byte[] ProgramName { get; }

    /// <summary>argv[1..], one array per word, without the terminating NUL.</summary>
    public IReadOnlyList<byte[]> Words { get; }

    public RawArguments(byte[] programName, IReadOnlyList<byte[]> words)
    {
        ProgramName = programName;
        Words = words;
    }

    /// <summary>The program's own command line (one small file read).</summary>
    public static RawArguments ForProcess(string[] args) => FromCmdline(ReadCmdline(), args, DecodedProgramName());

    /// <summary>Words given as strings (tests, or no readable /proc): each one's UTF-8 bytes.</summary>
    public static RawArguments FromStrings(IReadOnlyList<string> args, string programName = "netstat")
    {
        var words = new byte[args.Count][];
        for (int i = 0; i < words.Length; i++)
            words[i] = Encoding.UTF8.GetBytes(args[i]);
        return new RawArguments(Encoding.UTF8.GetBytes(programName), words);
    }

    /// <summary>
    /// Splits <paramref name="cmdline"/> (NUL-terminated words) and checks it against
    /// <paramref name="args"/>: /proc may be missing, or another directory mounted over it.
    /// </summary>
    internal static RawArguments FromCmdline(ReadOnlySpan<byte> cmdline, string[] args, string fallbackName = "netstat")
    {
        int count = cmdline.Count((byte)0);
        if (count != args.Length + 1 || cmdline.Length == 0 || cmdline[^1] != 0)
            return FromStrings(args, fallbackName);
        var words = new byte[args.Length][];
        int end = cmdline.IndexOf((byte)0);
        var programName = cmdline[..end].ToArray();
        for (int i = 0; i < words.Length; i++)
        {
            cmdline = cmdline[(end + 1)..];
            end = cmdline.IndexOf((byte)0);
            var word = cmdline[..end];
            // The runtime decodes argv[i] with Encoding.UTF8 (U+FFFD for invalid bytes): the same
            // decoding must give the same string, or these are not our words.
            if (Encoding.UTF8.GetString(word) != args[i])
                return FromStrings(args, fallbackName);
            words[i] = word.ToArray();
        }
        return new RawArguments(programName, words);
    }

    /// <summary>argv[0] as the runtime decoded it: second best, when /proc cannot say.</summary>
    private static string DecodedProgramName()
    {
        var all = Environment.GetCommandLineArgs();
        return all.Length > 0 ? all[0] : "netstat";
    }

    private static byte[] ReadCmdline()
    {
        using var file = ProcFile.TryOpen("/proc/self/cmdline", out _);
        return file is null ? [] : file.ReadToEnd().ToArray();
    }
}
