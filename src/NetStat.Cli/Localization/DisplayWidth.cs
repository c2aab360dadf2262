using System.Text;

namespace NetStat.Cli.Localization;

/// <summary>
/// How many terminal cells text takes (a small wcwidth: the BCL has none). East Asian Wide and
/// Fullwidth characters take two cells, combining marks and zero-width characters none.
/// </summary>
internal static class DisplayWidth
{
    // Wide and Fullwidth ranges of Unicode's EastAsianWidth.txt, merged (the same blocks as Markus Kuhn's wcwidth).
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F251), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF),
        (0x1F7E0, 0x1F7EB), (0x1F90C, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    // Combining marks and other zero-width characters most likely to occur (not the whole Mn category).
    private static readonly (int First, int Last)[] Zero =
    [
        (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x0610, 0x061A), (0x064B, 0x065F), (0x0E31, 0x0E31),
        (0x0E34, 0x0E3A), (0x0E47, 0x0E4E), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x200B, 0x200F), (0x2028, 0x202E),
        (0x2060, 0x2064), (0x20D0, 0x20FF), (0x3099, 0x309A), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F), (0xFEFF, 0xFEFF),
        (0xE0100, 0xE01EF),
    ];

    /// <summary>Cells of one code point: 0, 1 or 2 (control characters count 0: they are escaped elsewhere).</summary>
    public static int Of(int codePoint)
    {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
            return 0;
        if (codePoint < 0x300)
            return 1;
        if (In(Zero, codePoint))
            return 0;
        return In(Wide, codePoint) ? 2 : 1;
    }

    /// <summary>Cells of a string.</summary>
    public static int Of(string text)
    {
        int cells = 0;
        foreach (var rune in text.EnumerateRunes())
            cells += Of(rune.Value);
        return cells;
    }

    /// <summary>Cells of UTF-8 bytes (invalid sequences count one cell per byte, as their escapes would be wider still).</summary>
    public static int Of(ReadOnlySpan<byte> utf8)
    {
        int cells = 0;
        while (!utf8.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(utf8, out var rune, out int used) == System.Buffers.OperationStatus.Done)
                cells += Of(rune.Value);
            else
                cells++;
            utf8 = utf8[Math.Max(used, 1)..];
        }
        return cells;
    }

    private static bool In((int First, int Last)[] ranges, int c)
    {
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c < ranges[mid].First) hi = mid - 1;
            else if (c > ranges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
