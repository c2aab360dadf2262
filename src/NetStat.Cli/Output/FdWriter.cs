using System.Runtime.InteropServices;
using NetStat.Cli.Interop;

namespace NetStat.Cli.Output;

/// <summary>
/// Writes raw bytes to a file descriptor, retrying short writes. A reader that went away
/// (EPIPE) ends the program the way it ends net-tools: by SIGPIPE, quietly.
/// Any other failure is reported once on stderr and ends the program with status 1.
/// </summary>
internal static class FdWriter
{
    public static unsafe void WriteAll(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            int done = 0;
            while (done < data.Length)
            {
                nint n = Libc.Write(fd, p + done, (nuint)(data.Length - done));
                if (n >= 0)
                {
                    done += (int)n;
                    continue;
                }
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Libc.EINTR || errno == Libc.EAGAIN)
                    continue;
                Fail(fd, errno);
            }
        }
    }

    private static void Fail(int fd, int errno)
    {
        if (errno == Libc.EPIPE)
        {
            Libc.Signal(Libc.SIGPIPE, 0 /* SIG_DFL */);
            Libc.Raise(Libc.SIGPIPE);
            Environment.Exit(141);
        }
        if (fd != 2)
        {
            var text = System.Text.Encoding.UTF8.GetBytes(Localization.Catalog.T("netstat: write error: {0}\n", Localization.Catalog.SystemError(errno)));
            unsafe
            {
                fixed (byte* t = text)
                    Libc.Write(2, t, (nuint)text.Length);
            }
        }
        Environment.Exit(1);
    }
}
