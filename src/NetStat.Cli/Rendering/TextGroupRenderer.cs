using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>The group table as net-tools 2.10 prints it: "%-15s %-6d %s".</summary>
internal sealed class TextGroupRenderer(TextOutput output, HostText hosts) : IGroupListingRenderer
{
    /// <summary>The group table's columns.</summary>
    internal static readonly Column[] Columns = [new("Interface", 15), new("RefCnt", 6), new("Group", 0)];

    private readonly LocalizedColumns? _ja = Catalog.Current is { } c ? new LocalizedColumns(c, Columns) : null;

    public void BeginGroups()
    {
        if (_ja is not null)
        {
            output.Write(Catalog.T("IPv6/IPv4 Group Memberships"));
            output.WriteByte((byte)'\n');
            output.Write(_ja.Header([0, 1, 2]));
            output.WriteByte((byte)'\n');
            output.Write(new string('-', 15 + _ja.Extra[0]) + " " + new string('-', 6 + _ja.Extra[1]) + " ---------------------\n");
            return;
        }
        // net-tools prints "IPv6/" separately, whatever the selected families.
        output.Write("IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n"u8);
    }

    public void GroupRow(in MulticastMembership m)
    {
        output.LeftSafe(m.Interface.Span, 15);
        if (_ja is not null)
            output.Spaces(_ja.Extra[0]);
        output.WriteByte((byte)' ');
        output.LeftNumber(m.Users, 6);
        if (_ja is not null)
            output.Spaces(_ja.Extra[1]);
        output.WriteByte((byte)' ');
        Span<byte> numeric = stackalloc byte[InetAddressText.MaxLength];
        output.LeftSafe(hosts.Format(m.Group, numeric), 0);
        output.WriteByte((byte)'\n');
    }

}
