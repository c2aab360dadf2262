namespace NetStat.Text;

/// <summary>
/// Makes names from the kernel or from other users safe to print: every C0 control, DEL, C1
/// control (U+0080-U+009F) and byte that is not part of valid UTF-8 becomes <c>\xHH</c>.
/// Everything else, including non-ASCII text, passes through unchanged.
/// </summary>
public static class SafeText
{
    /// <summary>True when <paramref name="text"/> needs no escaping (the common case, checked first).</summary>
    public static bool IsSafe(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
            if (b < 0x20 || b >= 0x7F)
                return IsSafeSlow(text);
        return true;
    }

    private static bool IsSafeSlow(ReadOnlySpan<byte> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int n = SafeSequenceLength(text[i..]);
            if (n == 0)
                return false;
            i += n;
        }
        return true;
    }

    /// <summary>The escaped length of <paramref name="text"/>.</summary>
    public static int EscapedLength(ReadOnlySpan<byte> text)
    {
        int length = 0, i = 0;
        while (i < text.Length)
        {
            int n = SafeSequenceLength(text[i..]);
            if (n == 0)
            {
                length += 4;
                i++;
            }
            else
            {
                length += n;
                i += n;
            }
        }
        return length;
    }

    /// <summary>Writes the escaped text into <paramref name="destination"/> (at least <see cref="EscapedLength"/> bytes).</summary>
    public static int Escape(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        int o = 0, i = 0;
        while (i < text.Length)
        {
            int n = SafeSequenceLength(text[i..]);
            if (n == 0)
            {
                byte b = text[i++];
                destination[o++] = (byte)'\\';
                destination[o++] = (byte)'x';
                destination[o++] = "0123456789abcdef"u8[b >> 4];
                destination[o++] = "0123456789abcdef"u8[b & 15];
            }
            else
            {
                text.Slice(i, n).CopyTo(destination[o..]);
                o += n;
                i += n;
            }
        }
        return o;
    }

    /// <summary>Escapes into a new array, or returns the input when it is already safe.</summary>
    public static ReadOnlySpan<byte> Escape(ReadOnlySpan<byte> text)
    {
        if (IsSafe(text))
            return text;
        var result = new byte[EscapedLength(text)];
        Escape(text, result);
        return result;
    }

    /// <summary>Length of the printable UTF-8 sequence at the start of <paramref name="s"/>, or 0 when its first byte must be escaped.</summary>
    private static int SafeSequenceLength(ReadOnlySpan<byte> s)
    {
        byte b = s[0];
        if (b < 0x20 || b == 0x7F)
            return 0;
        if (b < 0x80)
            return 1;
        int length;
        int min;
        int cp;
        if ((b & 0xE0) == 0xC0) { length = 2; min = 0x80; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { length = 3; min = 0x800; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { length = 4; min = 0x10000; cp = b & 0x07; }
        else return 0;
        if (s.Length < length)
            return 0;
        for (int k = 1; k < length; k++)
        {
            if ((s[k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F))
            return 0;
        return length;
    }
}
