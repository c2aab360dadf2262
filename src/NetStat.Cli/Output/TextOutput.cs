using System.Buffers.Text;
using System.Text;

namespace NetStat.Cli.Output;

/// <summary>
/// A buffered UTF-8 text sink with the column helpers netstat's printf formats need
/// (%-Ns, %Nd ...). Bytes go out in large blocks; nothing is allocated per row.
/// </summary>
internal class TextOutput
{
    private byte[] _buffer;
    private int _length;
    private readonly int _blockSize;
    private readonly int _fd;
    private readonly bool _unbuffered;

    /// <summary>
    /// A sink for a file descriptor; <paramref name="unbuffered"/> writes each call at once (stderr).
    /// Output goes out in blocks of <paramref name="capacity"/> bytes; the buffer starts small and
    /// grows to that size as output comes, so a short listing never sets up a large one.
    /// </summary>
    public TextOutput(int fd, bool unbuffered = false, int capacity = 64 * 1024)
    {
        _fd = fd;
        _unbuffered = unbuffered;
        _blockSize = capacity;
        _buffer = GC.AllocateUninitializedArray<byte>(Math.Min(capacity, 4096));
    }

    /// <summary>Whether anything was ever written to this stream.</summary>
    public bool HasWritten { get; private set; }

    /// <summary>Bytes written and not yet flushed (tests read them).</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(0, _length);

    /// <summary>Called before anything is written to stderr, so that a terminal sees both streams in order.</summary>
    public Action? BeforeWrite { get; set; }

    public virtual void Flush()
    {
        if (_length > 0 && _fd >= 0)
        {
            FdWriter.WriteAll(_fd, _buffer.AsSpan(0, _length));
            _length = 0;
        }
    }

    private Span<byte> Reserve(int count)
    {
        HasWritten = true;
        if (_length + count > _buffer.Length)
        {
            if (_buffer.Length < _blockSize && _length + count <= _blockSize)
                Array.Resize(ref _buffer, Math.Min(_blockSize, Math.Max(_buffer.Length * 2, _length + count)));
            else if (_fd >= 0)
                Flush();
            if (count > _buffer.Length - _length)
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }
        return _buffer.AsSpan(_length, count);
    }

    private void Done()
    {
        if (_unbuffered)
            Flush();
    }

    public void Write(ReadOnlySpan<byte> text)
    {
        BeforeWrite?.Invoke();
        text.CopyTo(Reserve(text.Length));
        _length += text.Length;
        Done();
    }

    public void Write(string text)
    {
        BeforeWrite?.Invoke();
        int n = Encoding.UTF8.GetByteCount(text);
        Encoding.UTF8.GetBytes(text, Reserve(n));
        _length += n;
        Done();
    }

    public void WriteLine(string text)
    {
        Write(text);
        Write("\n"u8);
    }

    public void WriteByte(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
        Done();
    }

    public void Spaces(int count)
    {
        if (count <= 0)
            return;
        Reserve(count).Fill((byte)' ');
        _length += count;
        Done();
    }

    /// <summary>%-Ns: the text, then spaces up to <paramref name="width"/>.</summary>
    public void Left(ReadOnlySpan<byte> text, int width)
    {
        Write(text);
        Spaces(width - text.Length);
    }

    /// <summary>
    /// %-Ns for a name that came from the kernel or another user: control characters and invalid
    /// UTF-8 are written as \xHH (the one deliberate difference from net-tools' raw bytes), and
    /// the padding counts what is actually written.
    /// </summary>
    public void LeftSafe(ReadOnlySpan<byte> name, int width)
    {
        if (NetStat.Text.SafeText.IsSafe(name))
        {
            Left(name, width);
            return;
        }
        int length = NetStat.Text.SafeText.EscapedLength(name);
        var escaped = Reserve(length);
        NetStat.Text.SafeText.Escape(name, escaped);
        _length += length;
        Spaces(width - length);
        Done();
    }

    /// <summary>%Ns: spaces, then the text, right-aligned in <paramref name="width"/>.</summary>
    public void Right(ReadOnlySpan<byte> text, int width)
    {
        Spaces(width - text.Length);
        Write(text);
    }

    /// <summary>%Nld: a signed decimal right-aligned in <paramref name="width"/>.</summary>
    public void RightNumber(long value, int width)
    {
        Span<byte> digits = stackalloc byte[24];
        Utf8Formatter.TryFormat(value, digits, out int n);
        Right(digits[..n], width);
    }

    /// <summary>%Nlu right-aligned.</summary>
    public void RightNumber(ulong value, int width)
    {
        Span<byte> digits = stackalloc byte[24];
        Utf8Formatter.TryFormat(value, digits, out int n);
        Right(digits[..n], width);
    }

    /// <summary>%-Nld: a signed decimal left-aligned in <paramref name="width"/>.</summary>
    public void LeftNumber(long value, int width)
    {
        Span<byte> digits = stackalloc byte[24];
        Utf8Formatter.TryFormat(value, digits, out int n);
        Left(digits[..n], width);
    }

    /// <summary>%-Nlu left-aligned.</summary>
    public void LeftNumber(ulong value, int width)
    {
        Span<byte> digits = stackalloc byte[24];
        Utf8Formatter.TryFormat(value, digits, out int n);
        Left(digits[..n], width);
    }

    public void Number(long value) => LeftNumber(value, 0);

    public void Number(ulong value) => LeftNumber(value, 0);
}
