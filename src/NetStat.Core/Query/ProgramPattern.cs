using System.Text;

namespace NetStat.Query;

/// <summary>
/// A program name to match against the name netstat -p shows (argv[0], without its directory
/// when it is an absolute path): exact, or a glob where each <c>*</c> matches any run of bytes.
/// </summary>
public sealed class ProgramPattern
{
    private readonly byte[] _pattern;

    /// <summary>Creates a pattern from its text (UTF-8 is compared byte by byte).</summary>
    public ProgramPattern(string pattern)
    {
        Text = pattern;
        _pattern = Encoding.UTF8.GetBytes(pattern);
    }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>Whether the pattern holds a <c>*</c>.</summary>
    public bool IsGlob => Text.Contains('*');

    /// <summary>Whether <paramref name="program"/> (raw bytes of a program name) matches.</summary>
    public bool Matches(ReadOnlySpan<byte> program)
    {
        ReadOnlySpan<byte> p = _pattern;
        int pi = 0, si = 0, star = -1, mark = 0;
        while (si < program.Length)
        {
            if (pi < p.Length && p[pi] == (byte)'*')
            {
                star = pi++;
                mark = si;
            }
            else if (pi < p.Length && p[pi] == program[si])
            {
                pi++;
                si++;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == (byte)'*')
            pi++;
        return pi == p.Length;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
