using System.Runtime.InteropServices;
using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>Small helpers for calling libc with NUL-terminated byte paths.</summary>
internal static class NativePath
{
    /// <summary>Opens <paramref name="path"/> (bytes, no NUL) relative to <paramref name="dirFd"/>; -1 and errno on failure.</summary>
    public static unsafe int OpenAt(int dirFd, ReadOnlySpan<byte> path, int flags, out int errno)
    {
        Span<byte> z = stackalloc byte[path.Length + 1];
        path.CopyTo(z);
        z[path.Length] = 0;
        int fd;
        fixed (byte* p = z)
        {
            do
            {
                fd = Libc.OpenAt(dirFd, p, flags | Libc.O_CLOEXEC);
                errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
            }
            while (fd < 0 && errno == Libc.EINTR);
        }
        return fd;
    }

    /// <summary>Reads up to <paramref name="buffer"/>.Length bytes with one read(2); -1 on error.</summary>
    public static unsafe int ReadOnce(int fd, Span<byte> buffer)
    {
        nint n;
        fixed (byte* p = buffer)
        {
            do
            {
                n = Libc.Read(fd, p, (nuint)buffer.Length);
            }
            while (n < 0 && Marshal.GetLastPInvokeError() == Libc.EINTR);
        }
        return (int)n;
    }

    /// <summary>readlinkat; the target length or -1.</summary>
    public static unsafe int ReadLinkAt(int dirFd, ReadOnlySpan<byte> name, Span<byte> target)
    {
        Span<byte> z = stackalloc byte[name.Length + 1];
        name.CopyTo(z);
        z[name.Length] = 0;
        fixed (byte* p = z)
        fixed (byte* t = target)
        {
            return (int)Libc.ReadLinkAt(dirFd, p, t, (nuint)target.Length);
        }
    }
}
