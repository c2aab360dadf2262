using System.Text;
using NetStat.Text;

namespace NetStat.Cli.CommandLine;

/// <summary>
/// A value from the command line quoted back in one of our messages: escaped as names in the
/// tables are (<see cref="SafeText"/>), so that a value cannot put control sequences on the
/// user's terminal. net-tools' own messages echo their bytes raw, and those stay as they are.
/// </summary>
internal static class EchoedValue
{
    public static string Of(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return SafeText.IsSafe(bytes) ? value : Encoding.UTF8.GetString(SafeText.Escape(bytes));
    }
}
