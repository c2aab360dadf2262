using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>
/// Reads a kernel text file (procfs) line by line through one reusable buffer, with the errno of
/// a failed open kept for the caller: netstat's messages depend on it (ENOENT vs EACCES vs other).
/// </summary>
public sealed class ProcFile : IDisposable
{
    // procfs hands out at most a page per read (the seq_file buffer), so a bigger first buffer
    // buys no fewer reads; it doubles for long lines and read-ahead.
    private const int InitialBuffer = 8 * 1024;
    private const int MaxLine = 64 * 1024 * 1024;

    private int _fd;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The path that was opened.</summary>
    public string Path { get; }

    /// <summary>errno of the last failed read (0 when none).</summary>
    public int ReadError { get; private set; }

    private ProcFile(string path, int fd)
    {
        Path = path;
        _fd = fd;
        _buffer = GC.AllocateUninitializedArray<byte>(InitialBuffer); // pages stay untouched until read into
    }

    /// <summary>Opens <paramref name="path"/>; on failure returns null and the errno.</summary>
    public static ProcFile? TryOpen(string path, out int errno)
    {
        int fd = NativePath.OpenReadOnly(path, out errno);
        return fd < 0 ? null : new ProcFile(path, fd);
    }

    /// <summary>
    /// Returns the next line without its newline. A last line without a newline is returned too.
    /// The span is valid until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        bool ok = TryReadLine(out ReadOnlyMemory<byte> memory);
        line = memory.Span;
        return ok;
    }

    /// <summary>As <see cref="TryReadLine(out ReadOnlySpan{byte})"/>, as memory (valid until the next call).</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_start == 0 && _end == _buffer.Length && _buffer.Length >= MaxLine)
            {
                // Longer than any line the kernel writes: hand it over in pieces rather than grow without bound.
                line = _buffer.AsMemory(0, _end);
                _start = _end;
                return true;
            }
            if (_eof)
            {
                if (_end > _start)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    _start = _end;
                    return true;
                }
                line = default;
                return false;
            }
            Fill();
        }
    }

    /// <summary>
    /// Reads ahead of the lines handed out, while <paramref name="more"/> says so and until
    /// <paramref name="limit"/> bytes wait (or the file ends): the kernel's work of writing the
    /// file then overlaps work done meanwhile on another thread. True when the whole file is in.
    /// </summary>
    internal bool ReadAhead(Func<bool> more, int limit)
    {
        while (!_eof && _end - _start < limit && more())
            Fill();
        return _eof;
    }

    /// <summary>Reads the rest of the file into one span (valid until the next call).</summary>
    public ReadOnlySpan<byte> ReadToEnd()
    {
        while (!_eof)
            Fill();
        var rest = _buffer.AsSpan(_start, _end - _start);
        _start = _end;
        return rest;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        int n = NativePath.ReadOnce(_fd, _buffer.AsSpan(_end), out int errno);
        if (n < 0)
        {
            ReadError = errno;
            _eof = true;
        }
        else if (n == 0)
        {
            _eof = true;
        }
        else
        {
            _end += n;
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (_fd >= 0)
        {
            Libc.Close(_fd);
            _fd = -1;
        }
    }
}
