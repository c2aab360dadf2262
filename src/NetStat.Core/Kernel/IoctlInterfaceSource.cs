using System.Buffers.Binary;
using System.Runtime.InteropServices;
using NetStat.Interop;
using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// The interface table as net-tools 2.10 builds it: names from /proc/net/dev (with statistics)
/// and from SIOCGIFCONF (IPv4 address labels), kept in natural name order, then each queried
/// with the SIOCGIF* ioctls in net-tools' order and through one reused request buffer (the
/// kernel's answers to the IPv4 address ioctls depend on what the buffer holds).
/// </summary>
public sealed class IoctlInterfaceSource(ProcPaths proc) : INetworkInterfaceSource
{
    // fgets(buf, 512): lines longer than 511 bytes arrive in pieces, each read as a line.
    private const int LineLimit = 511;

    private int _fd = -1;
    private int _inetFd = -1;
    private int _inetErrno;

    /// <inheritdoc/>
    public bool TryConnect(out int errno)
    {
        errno = 0;
        if (_fd >= 0)
            return true;
        _inetFd = Libc.Socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        if (_inetFd >= 0)
        {
            _fd = _inetFd;
            return true;
        }
        _inetErrno = errno = Marshal.GetLastPInvokeError();
        // net-tools carries on with any family it can open; the flag ioctls work on all of them.
        foreach (int family in (ReadOnlySpan<int>)[Libc.AF_INET6, Libc.AF_UNIX])
        {
            _fd = Libc.Socket(family, Libc.SOCK_DGRAM, 0);
            if (_fd >= 0)
                return true;
            errno = Marshal.GetLastPInvokeError();
        }
        return false;
    }

    /// <inheritdoc/>
    public IInterfaceCursor Open(InterfaceQuery query)
    {
        if (_fd < 0 && !TryConnect(out int socketErrno))
            return new Cursor(this, [], [], [], socketErrno);

        var names = new List<Entry>();
        var diagnostics = new List<InterfaceDiagnostic>();
        bool devFailed = !ReadDeviceTable(names, diagnostics);
        bool confFailed = !ReadConfiguredNames(names, diagnostics, out int confErrno);
        List<IfInet6Entry> inet6 = query.IPv6Addresses ? ReadInet6() : [];
        return new Cursor(this, names, diagnostics, inet6, devFailed && confFailed ? confErrno : 0);
    }

    private bool ReadDeviceTable(List<Entry> names, List<InterfaceDiagnostic> diagnostics)
    {
        using var file = ProcFile.TryOpen(proc.Net("dev"), out int errno);
        if (file is null)
        {
            diagnostics.Add(new(InterfaceDiagnosticKind.DeviceTableUnreadable, errno));
            return false;
        }
        var text = file.ReadToEnd();
        int pos = 0, lineNumber = 0, layout = 1;
        while (NextLine(text, ref pos, out var line))
        {
            lineNumber++;
            if (lineNumber == 2)
                layout = ProcNetDevLine.LayoutOf(line);
            if (lineNumber <= 2)
                continue;
            var name = ProcNetDevLine.SplitName(line, out var rest);
            var entry = Add(names, name);
            entry.Statistics = ProcNetDevLine.ParseCounters(rest, layout, entry.Statistics ?? default);
        }
        if (file.ReadError != 0)
        {
            diagnostics.Add(new(InterfaceDiagnosticKind.DeviceTableReadError, file.ReadError));
            return false;
        }
        return true;
    }

    // The next piece fgets would return (with its newline, if any).
    private static bool NextLine(ReadOnlySpan<byte> text, ref int pos, out ReadOnlySpan<byte> line)
    {
        if (pos >= text.Length)
        {
            line = default;
            return false;
        }
        int max = Math.Min(LineLimit, text.Length - pos);
        int newline = text.Slice(pos, max).IndexOf((byte)'\n');
        int length = newline >= 0 ? newline + 1 : max;
        line = text.Slice(pos, length);
        pos += length;
        return true;
    }

    private unsafe bool ReadConfiguredNames(List<Entry> names, List<InterfaceDiagnostic> diagnostics, out int errno)
    {
        errno = 0;
        if (_inetFd < 0)
            diagnostics.Add(new(InterfaceDiagnosticKind.NoInetSocket, _inetErrno));
        int requests = 30;
        while (true)
        {
            int size = Libc.IfReqSize * requests;
            var buffer = new byte[size];
            IfConf conf;
            fixed (byte* b = buffer)
            {
                conf = new IfConf { Length = size, Buffer = b };
                if (Libc.Ioctl(_fd, Libc.SIOCGIFCONF, &conf) < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                    diagnostics.Add(new(InterfaceDiagnosticKind.InterfaceConfigurationFailed, errno));
                    return false;
                }
            }
            if (conf.Length == size)
            {
                // A full buffer may have been cut short: ask again with room to spare.
                requests *= 2;
                continue;
            }
            for (int n = 0; n + Libc.IfReqSize <= conf.Length; n += Libc.IfReqSize)
                Add(names, ProcNetDevLine.CString(buffer.AsSpan(n, Libc.IfNameSize)));
            return true;
        }
    }

    private List<IfInet6Entry> ReadInet6()
    {
        using var file = ProcFile.TryOpen(proc.Net("if_inet6"), out _);
        return file is null ? [] : IfInet6Scanner.Scan(file.ReadToEnd());
    }

    // net-tools' if_cache_add: walk back from the end to the first name that sorts at or before
    // this one; an equal name is the same interface.
    private static Entry Add(List<Entry> names, ReadOnlySpan<byte> name)
    {
        if (name.Length > Libc.IfNameSize - 1)
            name = name[..(Libc.IfNameSize - 1)];
        int i = names.Count - 1;
        for (; i >= 0; i--)
        {
            int n = InterfaceNameOrder.Compare(names[i].Name, name);
            if (n == 0)
                return names[i];
            if (n < 0)
                break;
        }
        var entry = new Entry { Name = name.ToArray() };
        names.Insert(i + 1, entry);
        return entry;
    }

    /// <summary>Queries one name as net-tools' if_fetch does.</summary>
    private unsafe NetworkInterface Fetch(Entry entry, List<IfInet6Entry> inet6)
    {
        byte* ifr = stackalloc byte[Libc.IfReqSize];
        new Span<byte>(ifr, Libc.IfReqSize).Clear();
        var union = new Span<byte>(ifr + Libc.IfNameSize, Libc.IfReqSize - Libc.IfNameSize);

        SetName(ifr, entry.Name);
        if (Libc.Ioctl(_fd, Libc.SIOCGIFFLAGS, ifr) < 0)
            return new NetworkInterface { Name = entry.Name, Statistics = entry.Statistics, FetchError = Marshal.GetLastPInvokeError() };
        var flags = (InterfaceFlags)BinaryPrimitives.ReadUInt16LittleEndian(union);

        SetName(ifr, entry.Name);
        bool hasHardwareAddress = Libc.Ioctl(_fd, Libc.SIOCGIFHWADDR, ifr) == 0;
        var hardwareAddress = hasHardwareAddress ? union.Slice(2, 14).ToArray() : new byte[14];
        // On failure the family field still holds the flags of the call before, and net-tools reads it anyway.
        ushort hardwareType = BinaryPrimitives.ReadUInt16LittleEndian(union);

        SetName(ifr, entry.Name);
        int mtu = Libc.Ioctl(_fd, Libc.SIOCGIFMTU, ifr) < 0 ? 0 : BinaryPrimitives.ReadInt32LittleEndian(union);

        int outFill = 0, keepAlive = 0;
        if (hardwareType is 256 or 257 or 258 or 259 or 264) // ARPHRD_SLIP, CSLIP, SLIP6, CSLIP6, ADAPT
        {
            SetName(ifr, entry.Name);
            if (Libc.Ioctl(_fd, Libc.SIOCGOUTFILL, ifr) == 0)
                outFill = BinaryPrimitives.ReadInt32LittleEndian(union);
            SetName(ifr, entry.Name);
            if (Libc.Ioctl(_fd, Libc.SIOCGKEEPALIVE, ifr) == 0)
                keepAlive = BinaryPrimitives.ReadInt32LittleEndian(union);
        }

        // net-tools asks for the map twice; the second answer is the one kept.
        SetName(ifr, entry.Name);
        Libc.Ioctl(_fd, Libc.SIOCGIFMAP, ifr);
        SetName(ifr, entry.Name);
        var map = Libc.Ioctl(_fd, Libc.SIOCGIFMAP, ifr) < 0 ? default : new InterfaceMap
        {
            MemoryStart = BinaryPrimitives.ReadUInt64LittleEndian(union),
            MemoryEnd = BinaryPrimitives.ReadUInt64LittleEndian(union[8..]),
            BaseAddress = BinaryPrimitives.ReadUInt16LittleEndian(union[16..]),
            Irq = union[18],
            Dma = union[19],
            Port = union[20],
        };

        SetName(ifr, entry.Name);
        int txQueue = Libc.Ioctl(_fd, Libc.SIOCGIFTXQLEN, ifr) < 0 ? -1 : BinaryPrimitives.ReadInt32LittleEndian(union);

        bool hasIPv4 = false;
        InetAddress address = default;
        InetAddress? netmask = null, broadcast = null, destination = null;
        if (_inetFd >= 0)
        {
            SetName(ifr, entry.Name);
            // The family set to AF_INET makes the kernel prefer the label's address equal to
            // whatever address bytes the buffer still holds (BSD style), as for net-tools.
            BinaryPrimitives.WriteUInt16LittleEndian(union, Libc.AF_INET);
            if (Libc.Ioctl(_inetFd, Libc.SIOCGIFADDR, ifr) == 0)
            {
                hasIPv4 = true;
                address = InetAddress.FromBytes(union.Slice(4, 4));
                destination = QueryAddress(ifr, entry.Name, Libc.SIOCGIFDSTADDR, union);
                broadcast = QueryAddress(ifr, entry.Name, Libc.SIOCGIFBRDADDR, union);
                netmask = QueryAddress(ifr, entry.Name, Libc.SIOCGIFNETMASK, union);
            }
        }

        return new NetworkInterface
        {
            Name = entry.Name,
            Statistics = entry.Statistics,
            Flags = flags,
            Mtu = mtu,
            HardwareType = hardwareType,
            HasHardwareAddress = hasHardwareAddress,
            HardwareAddress = hardwareAddress,
            TransmitQueueLength = txQueue,
            Map = map,
            OutFill = outFill,
            KeepAlive = keepAlive,
            HasIPv4 = hasIPv4,
            IPv4Address = address,
            IPv4Netmask = netmask,
            IPv4Broadcast = broadcast,
            IPv4Destination = destination,
            IPv6Addresses = Inet6For(entry.Name, inet6),
        };
    }

    private unsafe InetAddress? QueryAddress(byte* ifr, byte[] name, uint request, Span<byte> union)
    {
        SetName(ifr, name);
        if (Libc.Ioctl(_inetFd, request, ifr) < 0)
            return null;
        ushort family = BinaryPrimitives.ReadUInt16LittleEndian(union);
        return family is 0 or 0xFFFF ? null : InetAddress.FromBytes(union.Slice(4, 4));
    }

    // The device's addresses in file order. An address text inet_pton refuses leaves net-tools'
    // variable as it was, so such an entry repeats the address before it.
    private static List<InterfaceInet6Address> Inet6For(byte[] name, List<IfInet6Entry> entries)
    {
        var result = new List<InterfaceInet6Address>();
        var last = InetAddress.FromBytes(stackalloc byte[16]);
        foreach (var e in entries)
        {
            if (!e.Device.AsSpan().SequenceEqual(name))
                continue;
            if (e.AddressParsed)
                last = e.Address;
            result.Add(new InterfaceInet6Address { Address = last, InterfaceIndex = e.Index, PrefixLength = e.PrefixLength, Scope = e.Scope, Flags = e.Flags });
        }
        return result;
    }

    // safe_strncpy(ifr_name, name, IFNAMSIZ): at most 15 bytes, NUL padded.
    private static unsafe void SetName(byte* ifr, byte[] name)
    {
        var field = new Span<byte>(ifr, Libc.IfNameSize);
        field.Clear();
        name.AsSpan(0, Math.Min(name.Length, Libc.IfNameSize - 1)).CopyTo(field);
    }

    /// <summary>Closes the sockets.</summary>
    public void Dispose()
    {
        if (_fd >= 0 && _fd != _inetFd)
            Libc.Close(_fd);
        if (_inetFd >= 0)
            Libc.Close(_inetFd);
        _fd = _inetFd = -1;
    }

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct IfConf
    {
        public int Length;
        public byte* Buffer;
    }

    private sealed class Entry
    {
        public required byte[] Name;
        public InterfaceStatistics? Statistics;
    }

    private sealed class Cursor(IoctlInterfaceSource source, List<Entry> names, List<InterfaceDiagnostic> diagnostics, List<IfInet6Entry> inet6, int listError) : IInterfaceCursor
    {
        private int _next;

        public IReadOnlyList<InterfaceDiagnostic> Diagnostics => diagnostics;

        public int ListError => listError;

        public ReadOutcome Next(out NetworkInterface row)
        {
            if (listError != 0 || _next >= names.Count)
            {
                row = null!;
                return ReadOutcome.End;
            }
            row = source.Fetch(names[_next++], inet6);
            return ReadOutcome.Row;
        }

        public void Dispose()
        {
        }
    }
}
