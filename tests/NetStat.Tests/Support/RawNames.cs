using System.Text;
using System.Text.RegularExpressions;

namespace NetStat.Tests.Support;

/// <summary>
/// Names as net-tools prints them (raw bytes: 2.10 does not sanitise) and as README's
/// "Compatibility" section promises we print them. The expectation of an escaped name is
/// built here from net-tools' bytes, never from SafeText.
/// </summary>
internal static partial class RawNames
{
    /// <summary>
    /// README's rule, written apart from SafeText: C0 controls, DEL, C1 controls and every byte
    /// that is not part of valid UTF-8 become \xHH (each byte of a C1 control's encoding).
    /// </summary>
    public static string ReadmeEscape(byte[] raw)
    {
        var text = new StringBuilder();
        for (int i = 0; i < raw.Length;)
        {
            var status = Rune.DecodeFromUtf8(raw.AsSpan(i), out var rune, out int length);
            if (status != System.Buffers.OperationStatus.Done)
            {
                text.Append($"\\x{raw[i]:x2}");
                i++;
                continue;
            }
            if (rune.Value < 0x20 || (rune.Value >= 0x7F && rune.Value <= 0x9F))
            {
                for (int k = 0; k < length; k++)
                    text.Append($"\\x{raw[i + k]:x2}");
            }
            else
            {
                text.Append(rune.ToString());
            }
            i += length;
        }
        return text.ToString();
    }

    /// <summary>The Path column of net-tools' UNIX rows (run without -p), as raw bytes.</summary>
    public static IEnumerable<byte[]> NetToolsUnixPaths(byte[] stdout)
    {
        // Latin-1 maps each byte to one char, so the regex works on bytes and gives them back unchanged.
        foreach (var line in Encoding.Latin1.GetString(stdout).Split('\n'))
            if (UnixRow().Match(line) is { Success: true } m)
                yield return Encoding.Latin1.GetBytes(m.Groups[1].Value);
    }

    [GeneratedRegex(@"^unix +\d+ +\[[A-Z ]*\] +[A-Z]+ +(?:[A-Z]+ +)?\d+ +(\S.*)$")]
    private static partial Regex UnixRow();
}
