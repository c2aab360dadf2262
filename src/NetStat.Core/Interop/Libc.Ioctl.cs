using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    // The interface ioctls (linux/sockios.h) and their argument layouts on LP64 Linux.
    internal const uint SIOCGIFCONF = 0x8912;
    internal const uint SIOCGIFFLAGS = 0x8913;
    internal const uint SIOCGIFADDR = 0x8915;
    internal const uint SIOCGIFDSTADDR = 0x8917;
    internal const uint SIOCGIFBRDADDR = 0x8919;
    internal const uint SIOCGIFNETMASK = 0x891b;
    internal const uint SIOCGIFMTU = 0x8921;
    internal const uint SIOCGIFHWADDR = 0x8927;
    internal const uint SIOCGIFTXQLEN = 0x8942;
    internal const uint SIOCGIFMAP = 0x8970;
    // linux/if_slip.h: SIOCDEVPRIVATE + 1 and + 3.
    internal const uint SIOCGKEEPALIVE = 0x89F1;
    internal const uint SIOCGOUTFILL = 0x89F3;

    /// <summary>sizeof(struct ifreq): a 16-byte name and a 24-byte union.</summary>
    internal const int IfReqSize = 40;

    /// <summary>IFNAMSIZ.</summary>
    internal const int IfNameSize = 16;

    // ioctl is variadic in C; on the LP64 Linux ABIs a pointer argument is passed exactly as
    // for a fixed parameter, so a three-argument import is sound there.
    [LibraryImport(Name, EntryPoint = "ioctl", SetLastError = true)]
    internal static unsafe partial int Ioctl(int fd, nuint request, void* argument);
}
