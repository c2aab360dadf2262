using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>The group table as net-tools 2.10 prints it: "%-15s %-6d %s".</summary>
internal sealed class TextGroupRenderer(NetstatOptions options, TextOutput output, HostNames hosts) : IGroupListingRenderer
{
    // net-tools copies the group text into a 128-byte buffer; getnameinfo gets the same size
    // and answers with the numeric form when an IPv6 name does not fit.
    private const int GroupTextLimit = 127;

    private readonly byte[] _scratch = new byte[4 * 128];

    public void BeginGroups()
    {
        // net-tools prints "IPv6/" separately, whatever the selected families.
        output.Write("IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n"u8);
    }

    public void GroupRow(in MulticastMembership m)
    {
        WriteName(m.Interface.Span, 15);
        output.WriteByte((byte)' ');
        output.LeftNumber(m.Users, 6);
        output.WriteByte((byte)' ');
        Span<byte> numeric = stackalloc byte[InetAddressText.MaxLength];
        WriteName(GroupText(m.Group, numeric), 0);
        output.WriteByte((byte)'\n');
    }

    private ReadOnlySpan<byte> GroupText(InetAddress group, Span<byte> numeric)
    {
        if (group.Family == AddressFamily.InterNetwork)
        {
            // INET_rresolve: 0.0.0.0 is never looked up; names are cut to the buffer.
            if (options.NumericHosts || group.IsUnspecified)
                return numeric[..InetAddressText.Format(group, numeric)];
            var name = hosts.ResolveIPv4(group);
            return name.AsSpan(0, Math.Min(name.Length, GroupTextLimit));
        }
        ReadOnlySpan<byte> text;
        if (options.NumericHosts)
        {
            text = numeric[..InetAddressText.Format(group, numeric)];
        }
        else if (group.IsUnspecified)
        {
            return "[::]"u8;
        }
        else
        {
            text = hosts.ResolveIPv6(group);
            if (text.Length > GroupTextLimit)
                text = numeric[..InetAddressText.Format(group, numeric)];
        }
        return group.IsIPv4Mapped ? EndpointText.StripMappedPrefix(text) : text;
    }

    /// <summary>Left-aligned in <paramref name="width"/>, control characters escaped as everywhere in our output.</summary>
    private void WriteName(ReadOnlySpan<byte> name, int width)
    {
        if (SafeText.IsSafe(name))
        {
            output.Left(name, width);
            return;
        }
        int length = SafeText.EscapedLength(name);
        Span<byte> escaped = length <= _scratch.Length ? _scratch : new byte[length];
        SafeText.Escape(name, escaped);
        output.Left(escaped[..length], width);
    }
}
