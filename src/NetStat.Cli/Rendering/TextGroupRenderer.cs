using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>The group table as net-tools 2.10 prints it: "%-15s %-6d %s".</summary>
internal sealed class TextGroupRenderer(TextOutput output, HostText hosts) : IGroupListingRenderer
{
    public void BeginGroups()
    {
        // net-tools prints "IPv6/" separately, whatever the selected families.
        output.Write("IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n"u8);
    }

    public void GroupRow(in MulticastMembership m)
    {
        output.LeftSafe(m.Interface.Span, 15);
        output.WriteByte((byte)' ');
        output.LeftNumber(m.Users, 6);
        output.WriteByte((byte)' ');
        Span<byte> numeric = stackalloc byte[InetAddressText.MaxLength];
        output.LeftSafe(hosts.Format(m.Group, numeric), 0);
        output.WriteByte((byte)'\n');
    }

}
