using System.Text;
using NetStat.Cli.Rendering;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// Hardware types no namespace here can create. The expectations were read from the installed
/// net-tools 2.10 binary under gdb: its hwtypes table walked in memory, and each print function
/// called on the address bytes 82 84 86 88 8a 8c 13 45 (then zeros).
/// </summary>
public class HardwareTypesTests
{
    private static readonly byte[] Address = [0x82, 0x84, 0x86, 0x88, 0x8a, 0x8c, 0x13, 0x45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    [Theory]
    [InlineData(772, "loop", "Local Loopback", null)]
    [InlineData(256, "slip", "Serial Line IP", null)]
    [InlineData(257, "cslip", "VJ Serial Line IP", null)]
    [InlineData(258, "slip6", "6-bit Serial Line IP", null)]
    [InlineData(259, "cslip6", "VJ 6-bit Serial Line IP", null)]
    [InlineData(264, "adaptive", "Adaptive Serial Line IP", null)]
    [InlineData(1, "ether", "Ethernet", "82:84:86:88:8a:8c")]
    [InlineData(3, "ax25", "AMPR AX.25", "ABCDEF-9")]
    [InlineData(0, "netrom", "AMPR NET/ROM", "ABCDEF-9")]
    [InlineData(270, "rose", "AMPR ROSE", "828486888a")]
    [InlineData(768, "tunnel", "IPIP Tunnel", "")]
    [InlineData(512, "ppp", "Point-to-Point Protocol", null)]
    [InlineData(513, "hdlc", "(Cisco)-HDLC", null)]
    [InlineData(516, "lapb", "LAPB", null)]
    [InlineData(7, "arcnet", "ARCnet", "82")]
    [InlineData(15, "dlci", "Frame Relay DLCI", "-31614")]
    [InlineData(770, "frad", "Frame Relay Access Device", null)]
    [InlineData(776, "sit", "IPv6-in-IPv4", null)]
    [InlineData(774, "fddi", "Fiber Distributed Data Interface", "82-84-86-88-8A-8C")]
    [InlineData(780, "hippi", "HIPPI", "82:84:86:88:8A:8C")]
    [InlineData(782, "ec", "Econet", null)]
    [InlineData(271, "x25", "generic X.25", "\u0082\u0084\u0086\u0088\u008a\u008c\u0013E")]
    [InlineData(27, "eui64", "Generic EUI-64", "82:84:86:88:8A:8C:13:45")]
    [InlineData(0xFFFE, "unspec", "UNSPEC", "82-84-86-88-8A-8C-13-45-00-00-00-00-00-00-00-00")]
    [InlineData(778, "unspec", "UNSPEC", "82-84-86-88-8A-8C-13-45-00-00-00-00-00-00-00-00")]
    public void MatchesNetTools(int type, string name, string title, string? printed)
    {
        var hw = HardwareTypes.Find((ushort)type);
        Assert.Equal(name, Encoding.ASCII.GetString(hw.Name));
        Assert.Equal(title, Encoding.ASCII.GetString(hw.Title));
        if (printed is null)
        {
            Assert.Null(hw.Print);
            return;
        }
        Assert.NotNull(hw.Print);
        var text = new byte[64];
        int n = hw.Print(Address, text);
        Assert.Equal(Encoding.Latin1.GetBytes(printed), text[..n]);
    }
}
