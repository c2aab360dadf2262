using System.Runtime.InteropServices;
using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>
/// Lists a directory with getdents64 into a caller-owned buffer: no per-entry allocation,
/// and the names are raw bytes (procfs names are ASCII, but nothing is assumed).
/// </summary>
internal ref struct DirectoryEntries
{
    private readonly int _fd;
    private readonly Span<byte> _buffer;
    private int _pos;
    private int _len;

    public DirectoryEntries(int fd, Span<byte> buffer)
    {
        _fd = fd;
        _buffer = buffer;
        _pos = 0;
        _len = 0;
    }

    /// <summary>Next entry name (without "." and ".."); false at the end or on error.</summary>
    public unsafe bool Next(out ReadOnlySpan<byte> name)
    {
        while (true)
        {
            if (_pos >= _len)
            {
                long n;
                fixed (byte* p = _buffer)
                {
                    do
                    {
                        n = Libc.GetDents64(_fd, p, _buffer.Length);
                    }
                    while (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR);
                }
                if (n <= 0)
                {
                    name = default;
                    return false;
                }
                _len = (int)n;
                _pos = 0;
            }
            // struct linux_dirent64 { u64 d_ino; s64 d_off; u16 d_reclen; u8 d_type; char d_name[]; }
            var record = _buffer[_pos..];
            int reclen = MemoryMarshal.Read<ushort>(record[16..]);
            if (reclen <= 19)
            {
                name = default;
                return false;
            }
            var raw = record.Slice(19, reclen - 19);
            int nul = raw.IndexOf((byte)0);
            name = nul >= 0 ? raw[..nul] : raw;
            _pos += reclen;
            if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
                continue;
            return true;
        }
    }
}
