using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>
/// Reads a kernel text file in the pieces C's <c>fgets(buffer, size, fp)</c> returns: up to
/// <c>size - 1</c> bytes, ending after a newline when one comes first. net-tools reads the route
/// tables this way, so a line longer than its buffer becomes two "lines" there, and header and
/// rows are read with different buffer sizes; emulating the pieces keeps the output identical.
/// </summary>
public sealed class FgetsReader : IDisposable
{
    private const int BlockSize = 64 * 1024;

    private int _fd;
    private readonly byte[] _buffer = new byte[BlockSize];
    private int _start;
    private int _end;
    private bool _eof;
    private byte[] _piece = new byte[1024];

    /// <summary>The path that was opened.</summary>
    public string Path { get; }

    /// <summary>errno of a failed read (0 when none): stdio reports it through ferror.</summary>
    public int ReadError { get; private set; }

    private FgetsReader(string path, int fd)
    {
        Path = path;
        _fd = fd;
    }

    /// <summary>Opens <paramref name="path"/> read-only; on failure returns null and the errno.</summary>
    public static FgetsReader? TryOpen(string path, out int errno)
    {
        int fd = NativePath.OpenReadOnly(path, out errno);
        return fd < 0 ? null : new FgetsReader(path, fd);
    }

    /// <summary>
    /// The next piece as <c>fgets(buffer, size, fp)</c> stores it, newline included when it was
    /// read. False at end of file (or after a read error) when nothing was read. The span is
    /// valid until the next call.
    /// </summary>
    public bool TryGets(int size, out ReadOnlySpan<byte> piece)
    {
        int max = size - 1;
        if (_piece.Length < max)
            _piece = new byte[max];
        int n = 0;
        while (n < max)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                    break;
            }
            var available = _buffer.AsSpan(_start, Math.Min(_end - _start, max - n));
            int newline = available.IndexOf((byte)'\n');
            int take = newline >= 0 ? newline + 1 : available.Length;
            available[..take].CopyTo(_piece.AsSpan(n));
            n += take;
            _start += take;
            if (newline >= 0)
                break;
        }
        piece = _piece.AsSpan(0, n);
        return n > 0;
    }

    private bool Fill()
    {
        int n = NativePath.ReadOnce(_fd, _buffer, out int errno);
        if (n <= 0)
        {
            if (n < 0)
                ReadError = errno;
            _eof = true;
            return false;
        }
        _start = 0;
        _end = n;
        return true;
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
