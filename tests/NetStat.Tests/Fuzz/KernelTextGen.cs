using CsCheck;
using NetStat.Tests.Support;

namespace NetStat.Tests.Fuzz;

/// <summary>
/// Generators of hostile kernel text: committed fixture files (real kernel lines) mutated by
/// byte flips, insertions (NUL, 0xFF, separators, huge digit runs, megabyte lines), deletions,
/// truncation, duplicated fields and spliced lines; plus fully random bytes and random text
/// over the alphabet of /proc files (which reaches deeper into the parsers).
/// </summary>
internal static class KernelTextGen
{
    /// <summary>One edit; positions are fractions of the current length so that shrinking keeps them valid.</summary>
    internal readonly record struct Mutation(int Kind, double Where, double Other, int Length, byte Value);

    private static readonly byte[] Specials = [0, 0xFF, (byte)'\n', (byte)' ', (byte)'\t', (byte)':', (byte)'-', (byte)'+', (byte)'|', 0x7F, 0x80, (byte)'x', (byte)'g'];
    private static readonly byte[] Alphabet = "0123456789ABCDEFabcdefxg :|\t\n\n\n-+/.#"u8.ToArray();

    private static readonly Gen<int> Lengths = Gen.Frequency<int>(
        (40, Gen.Int[1, 16]),
        (8, Gen.Int[17, 600]),
        (3, Gen.Int[601, 9000]),
        (1, Gen.Const(1 << 20)));

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.Int[0, 10], Gen.Double[0, 1], Gen.Double[0, 1], Lengths, Gen.Byte,
        (kind, where, other, length, value) => new Mutation(kind, where, other, length, value));

    /// <summary>The contents of fixture files (paths relative to the Fixtures folder).</summary>
    public static byte[][] Seeds(params string[] relativePaths) =>
        [.. relativePaths.Select(p => File.ReadAllBytes(Repo.Fixture(p.Split('/'))))];

    /// <summary>Mutated seeds, random bytes and random /proc-like text, weighted toward the mutations.</summary>
    public static Gen<byte[]> Documents(byte[][] seeds)
    {
        var mutated = Gen.Select(Gen.Int[0, seeds.Length - 1], Mutations.Array[0, 8],
            (i, edits) => Apply(seeds[i], edits));
        var spliced = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, seeds.Length - 1], Gen.Double[0, 1], Mutations.Array[0, 3],
            (a, b, where, edits) => Apply([.. seeds[a].AsSpan(0, (int)(where * seeds[a].Length)), .. seeds[b]], edits));
        var random = Gen.Byte.Array[0, 2048];
        var text = Gen.Int[0, Alphabet.Length - 1].Select(i => Alphabet[i]).Array[0, 2048];
        return Gen.Frequency<byte[]>((6, mutated), (2, spliced), (1, random), (2, text));
    }

    /// <summary>Applies the edits in order.</summary>
    public static byte[] Apply(byte[] seed, Mutation[] edits)
    {
        var b = new List<byte>(seed);
        foreach (var m in edits)
        {
            int at = (int)(m.Where * b.Count);
            switch (m.Kind)
            {
                case 0: // flip one bit
                    if (b.Count > 0) b[Math.Min(at, b.Count - 1)] ^= (byte)(1 << (m.Value & 7));
                    break;
                case 1: // a run of one special byte (NUL, 0xFF, separators ...)
                    b.InsertRange(at, Run(Specials[m.Value % Specials.Length], m.Length));
                    break;
                case 2: // delete a run
                    b.RemoveRange(at, Math.Min(m.Length, b.Count - at));
                    break;
                case 3: // a huge digit run: decimal, hex or a sign in front
                    var digits = Run((byte)((m.Value & 1) == 0 ? '9' : 'F'), m.Length);
                    if ((m.Value & 2) != 0) digits[0] = (byte)'-';
                    b.InsertRange(at, digits);
                    break;
                case 4: // duplicate the field around a position
                    DuplicateField(b, at);
                    break;
                case 5: // splice: copy one line to another place
                    SpliceLine(b, at, (int)(m.Other * b.Count));
                    break;
                case 6: // truncate
                    if ((m.Value & 3) == 0) b.RemoveRange(at, b.Count - at);
                    break;
                case 7: // replace a byte by a non-digit or control byte
                    if (b.Count > 0) b[Math.Min(at, b.Count - 1)] = Specials[m.Value % Specials.Length];
                    break;
                case 8: // delete a line
                    DeleteLine(b, at);
                    break;
                case 9: // a run of random-looking bytes
                    uint x = m.Value * 2654435761u + 1;
                    var noise = new byte[Math.Min(m.Length, 64)];
                    for (int k = 0; k < noise.Length; k++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; noise[k] = (byte)x; }
                    b.InsertRange(at, noise);
                    break;
                default: // a line of m.Length bytes of one byte (1 MB lines)
                    var line = Run(Alphabet[m.Value % Alphabet.Length], m.Length + 1);
                    line[^1] = (byte)'\n';
                    b.InsertRange(at, line);
                    break;
            }
        }
        return [.. b];
    }

    // An array, not a lazy sequence: List.InsertRange copies a collection in one move but
    // inserts the items of an iterator one by one, which is quadratic for a megabyte.
    private static byte[] Run(byte value, int length)
    {
        var run = new byte[length];
        run.AsSpan().Fill(value);
        return run;
    }

    private static bool IsSeparator(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)':';

    private static void DuplicateField(List<byte> b, int at)
    {
        if (b.Count == 0) return;
        at = Math.Min(at, b.Count - 1);
        int start = at, end = at;
        while (start > 0 && !IsSeparator(b[start - 1])) start--;
        while (end < b.Count && !IsSeparator(b[end])) end++;
        var field = b.GetRange(start, end - start);
        field.Add((byte)' ');
        b.InsertRange(start, field);
    }

    private static (int Start, int End) LineAt(List<byte> b, int at)
    {
        at = Math.Min(at, b.Count);
        int start = at, end = at;
        while (start > 0 && b[start - 1] != '\n') start--;
        while (end < b.Count && b[end] != '\n') end++;
        return (start, Math.Min(end + 1, b.Count));
    }

    private static void SpliceLine(List<byte> b, int from, int to)
    {
        var (s, e) = LineAt(b, from);
        var line = b.GetRange(s, e - s);
        var (target, _) = LineAt(b, to);
        b.InsertRange(target, line);
    }

    private static void DeleteLine(List<byte> b, int at)
    {
        var (s, e) = LineAt(b, at);
        b.RemoveRange(s, e - s);
    }

    /// <summary>The lines of a document (without newlines), as line-based readers see them.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] document)
    {
        int start = 0;
        for (int i = 0; i < document.Length; i++)
        {
            if (document[i] == '\n')
            {
                yield return document.AsMemory(start, i - start);
                start = i + 1;
            }
        }
        if (start < document.Length)
            yield return document.AsMemory(start);
    }
}
