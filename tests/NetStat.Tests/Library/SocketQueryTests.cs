using NetStat.Kernel;
using NetStat.Records;
using NetStat.Tables;
using Xunit;

namespace NetStat.Tests.Library;

/// <summary>What a query asks of the kernel (the inet_diag request's idiag_states, include/net/tcp_states.h).</summary>
public sealed class SocketQueryTests
{
    [Fact]
    public void StateBitsAreTheKernelsTcpfFlags()
    {
        // TCPF_ESTABLISHED = 1 << 1 ... TCPF_NEW_SYN_RECV = 1 << 12.
        Assert.Equal(1u << 1, (uint)TcpStates.Established);
        Assert.Equal(1u << 10, (uint)TcpStates.Listen);
        Assert.Equal(1u << 12, (uint)TcpStates.NewSynRecv);
        Assert.Equal(0x1FFEu, (uint)TcpStates.All);
        foreach (var state in Enum.GetValues<TcpState>())
            Assert.Equal(1u << (int)state, (uint)Enum.Parse<TcpStates>(state.ToString()));
    }

    [Fact]
    public void ListeningIsPushedIntoTheTcpRequestOnly()
    {
        Assert.Equal(InetTableQuery.ListenOnly, SocketQuery.Listeners.KernelQuery(SocketProtocol.Tcp).States);
        Assert.Equal(InetTableQuery.AllStates & ~InetTableQuery.ListenOnly,
            new SocketQuery { Listening = ListeningFilter.NonListening }.KernelQuery(SocketProtocol.Tcp).States);
        Assert.Equal((uint)TcpStates.Established, new SocketQuery { TcpStates = TcpStates.Established }.KernelQuery(SocketProtocol.Tcp).States);
        // Established and listening-only: nothing is asked for at all.
        Assert.Equal(0u, (SocketQuery.Listeners with { TcpStates = TcpStates.Established }).KernelQuery(SocketProtocol.Tcp).States);
        // UDP "listening" is about the remote address, which no state expresses.
        Assert.Equal(InetTableQuery.AllStates, SocketQuery.Listeners.KernelQuery(SocketProtocol.Udp).States);
        Assert.True(new SocketQuery { ExactTimers = true }.KernelQuery(SocketProtocol.Tcp).ExactTimers);
    }
}
