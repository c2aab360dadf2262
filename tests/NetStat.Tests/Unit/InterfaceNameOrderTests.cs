using System.Text;
using NetStat.Kernel;
using Xunit;

namespace NetStat.Tests.Unit;

public class InterfaceNameOrderTests
{
    // net-tools 2.10's own test table for nstrcmp (lib/nstrcmp.c, NSTRCMP_TEST).
    [Theory]
    [InlineData("eth1", "eth1", 0)]
    [InlineData("eth0:1", "eth0:1", 0)]
    [InlineData("lan", "lan", 0)]
    [InlineData("100", "100", 0)]
    [InlineData("", "", 0)]
    [InlineData(":", ":", 0)]
    [InlineData("a:b:c", "a:b:c", 0)]
    [InlineData("a:", "a:", 0)]
    [InlineData(":a", ":a", 0)]
    [InlineData("a", "aa", -1)]
    [InlineData("eth0", "eth1", -1)]
    [InlineData("eth1", "eth20", -1)]
    [InlineData("eth20", "eth100", -1)]
    [InlineData("eth1", "eth13", -1)]
    [InlineData("eth", "eth2", -1)]
    [InlineData("eth0:1", "eth0:2", -1)]
    [InlineData("eth1:10", "eth13:10", -1)]
    [InlineData("eth1:1", "eth1:13", -1)]
    [InlineData("a", "a:", -1)]
    [InlineData("aa", "a", 1)]
    [InlineData("eth2", "eth1", 1)]
    [InlineData("eth13", "eth1", 1)]
    [InlineData("eth2", "eth", 1)]
    [InlineData("eth2:10", "eth2:1", 1)]
    [InlineData("eth2:5", "eth2:4", 1)]
    [InlineData("eth3:2", "eth2:3", 1)]
    [InlineData("eth13:1", "eth1:0", 1)]
    [InlineData("a:", "a", 1)]
    [InlineData("a1b12", "a1b2", 1)]
    [InlineData("eth1", "eth01", 1)]
    [InlineData("eth01", "eth1", -1)]
    [InlineData("eth1:1", "eth01:1", 1)]
    [InlineData("eth01:1", "eth1:1", -1)]
    [InlineData("eth1:1", "eth01:01", 1)]
    [InlineData("eth1:01", "eth01:1", 1)]
    [InlineData("eth01:1", "eth1:01", -1)]
    [InlineData("eth01:01", "eth1:1", -1)]
    public void MatchesNetToolsTestTable(string a, string b, int expected)
    {
        int result = InterfaceNameOrder.Compare(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
        Assert.Equal(expected, Math.Sign(result));
    }
}
