using System.Runtime.InteropServices;
using System.Text;
using NetStat.Interop;

namespace NetStat.Kernel;

/// <summary>Small helpers for calling libc with NUL-terminated byte paths.</summary>
internal static class NativePath
{
    /// <summary>AT_FDCWD: paths relative to the working directory, as open(2) takes them.</summary>
    public const int CurrentDirectory = -100;

    /// <summary>Opens <paramref name="path"/> (UTF-8 encoded) read-only; -1 and errno on failure.</summary>
    public static int OpenReadOnly(string path, out int errno)
    {
        int length = Encoding.UTF8.GetByteCount(path);
        Span<byte> bytes = length < 512 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(path, bytes);
        return OpenAt(CurrentDirectory, bytes, Libc.O_RDONLY, out errno);
    }

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
    public static int ReadOnce(int fd, Span<byte> buffer) => ReadOnce(fd, buffer, out _);

    /// <summary>As <see cref="ReadOnce(int, Span{byte})"/>, with the errno of a failed read (else 0).</summary>
    public static unsafe int ReadOnce(int fd, Span<byte> buffer, out int errno)
    {
        nint n;
        fixed (byte* p = buffer)
        {
            do
            {
                n = Libc.Read(fd, p, (nuint)buffer.Length);
                errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
            }
            while (n < 0 && errno == Libc.EINTR);
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
