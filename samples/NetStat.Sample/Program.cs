// The common tasks of the NetStat.Tables library, one sub-command each:
//   netstat-sample owner PORT        who listens on PORT (every process holding the socket)
//   netstat-sample states            TCP connections per state
//   netstat-sample process PID       the sockets a process holds
//   netstat-sample watch [SECONDS]   new listeners as they appear (until Ctrl+C or SECONDS)
//   netstat-sample list              every socket, one tab-separated line each (the tests read it)
using System.Globalization;
using NetStat.Records;
using NetStat.Tables;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return args switch
    {
        ["owner", var port] when int.TryParse(port, CultureInfo.InvariantCulture, out int p) => await Owner(p, cancel.Token),
        ["states"] => States(),
        ["process", var pid] when int.TryParse(pid, CultureInfo.InvariantCulture, out int id) => await OfProcess(id, cancel.Token),
        ["watch"] => await Watch(null, cancel.Token),
        ["watch", var s] when double.TryParse(s, CultureInfo.InvariantCulture, out double seconds) => await Watch(TimeSpan.FromSeconds(seconds), cancel.Token),
        ["list"] => await List(cancel.Token),
        _ => Usage(),
    };
}
catch (PlatformNotSupportedException e)
{
    Console.Error.WriteLine($"netstat-sample: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    return 130;
}

static int Usage()
{
    Console.Error.WriteLine("usage: netstat-sample owner PORT | states | process PID | watch [SECONDS] | list");
    return 2;
}

// Owner of a port: listening sockets only (the kernel filters TCP by state), with their processes.
static async Task<int> Owner(int port, CancellationToken cancel)
{
    var query = SocketQuery.Listeners with
    {
        Protocols = SocketProtocols.Internet,
        IncludeProcesses = true,
        Where = s => s.LocalPort == port,
    };
    int found = 0;
    await foreach (var socket in new SocketTable().ReadAsync(query, cancel))
    {
        found++;
        string owners = socket.Processes.Count == 0 ? "(unknown: not ours, or no longer open)" : string.Join(", ", socket.Processes);
        Console.WriteLine($"{Name(socket)} {socket.LocalEndPoint}: {owners}");
    }
    if (found == 0)
        Console.WriteLine($"nothing listens on port {port}");
    return found == 0 ? 1 : 0;
}

// Connections per state: a count, not a list, so nothing but the counters is kept.
static int States()
{
    foreach (var (state, count) in new SocketTable().CountTcpStates().OrderBy(p => p.Key))
        Console.WriteLine($"{state,-12} {count}");
    return 0;
}

// Sockets of a process: ask for the owners, keep the rows where the process is one of them.
static async Task<int> OfProcess(int pid, CancellationToken cancel)
{
    var query = new SocketQuery { IncludeProcesses = true, Where = s => s.Processes.Any(p => p.Pid == pid) };
    await foreach (var socket in new SocketTable().ReadAsync(query, cancel))
        Console.WriteLine(socket.Family == System.Net.Sockets.AddressFamily.Unix
            ? $"unix {socket.UnixType} {socket.UnixState} {socket.UnixPath}"
            : $"{Name(socket)} {socket.LocalEndPoint} {socket.RemoteEndPoint} {socket.TcpState}");
    return 0;
}

// New listeners: poll once a second and print those not seen before (keyed by inode).
static async Task<int> Watch(TimeSpan? duration, CancellationToken cancel)
{
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
    if (duration is { } d)
        stop.CancelAfter(d);
    var table = new SocketTable();
    var query = SocketQuery.Listeners with { Protocols = SocketProtocols.Tcp, IncludeProcesses = true };
    var known = new HashSet<ulong>();
    foreach (var s in table.Snapshot(query))
        known.Add(s.Inode);
    Console.WriteLine($"watching {known.Count} TCP listeners; new ones follow");
    try
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stop.Token))
        {
            await foreach (var s in table.ReadAsync(query, stop.Token))
            {
                if (known.Add(s.Inode))
                    Console.WriteLine($"new listener {s.LocalEndPoint} {s.Process?.ToString() ?? "-"}");
            }
        }
    }
    catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
    {
        // The duration ran out.
    }
    return 0;
}

// Every socket with every holder, one line each; streamed, so a huge table is never held.
static async Task<int> List(CancellationToken cancel)
{
    var query = new SocketQuery { IncludeProcesses = true, IncludeUserNames = true };
    using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
    await foreach (var s in new SocketTable().ReadAsync(query, cancel))
    {
        string holders = string.Join(",", s.Processes.Select(p => $"{p.Pid}/{p.ProgramName}"));
        if (s.Unix is { } u)
        {
            output.WriteLine($"unix\t{s.UnixType}\t{s.UnixState}\t{s.Inode}\t{s.IsListening}\t{s.UnixPath}\t{holders}");
            continue;
        }
        string state = s.TcpState?.ToString() ?? s.Inet!.Value.State.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{Name(s)}\t{s.LocalAddress}\t{s.LocalPort}\t{s.RemoteAddress}\t{s.RemotePort}\t{state}\t{s.ReceiveQueue}\t{s.SendQueue}\t{s.Inode}\t{s.Uid}\t{s.UserName}\t{s.Timer}\t{holders}");
    }
    return 0;
}

static string Name(SocketEntry s) => s.Protocol switch
{
    SocketProtocol.Tcp => "tcp",
    SocketProtocol.Udp => "udp",
    SocketProtocol.UdpLite => "udpl",
    SocketProtocol.Raw => "raw",
    _ => "unix",
} + (s.Family == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "6" : "");
