using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// net-tools' igmp_info: the group header, then /proc/net/igmp (when IPv4 is selected) and
/// /proc/net/igmp6 (when IPv6 is). One scanner lives as long as the process, because net-tools
/// keeps its parsing state in static variables and -c output depends on it.
/// </summary>
internal sealed class MulticastGroupListing(NetstatOptions options, StandardStreams streams, GroupTables tables, IGroupListingRenderer renderer) : GroupListing
{
    private readonly GroupLineScanner _scanner = new();

    public override int RunPass()
    {
        renderer.BeginGroups();
        int rc = 0;
        if (!options.ExplicitSelection || options.Families.Inet > 0)
        {
            using var cursor = tables.OpenIgmp(out int errno, _scanner);
            if (cursor is null)
            {
                if (errno != Interop.Libc.ENOENT && errno != Interop.Libc.EACCES)
                {
                    streams.Error.Write($"{tables.IgmpFile}: {Catalog.SystemError(errno)}\n");
                    return 255;
                }
                // -4/-6 switch every protocol on and with them net-tools' flag_noprot, which
                // silences the message even though -g was asked for.
                if (!options.ImplicitProtocols && (options.ExplicitSelection || options.Verbose))
                    streams.Error.Write(Catalog.T("netstat: no support for `{0}' on this system.\n", "AF INET (igmp)"));
                if (!options.ImplicitProtocols && options.ExplicitSelection)
                    rc = 1;
            }
            else
            {
                Rows(cursor);
            }
        }
        if (!options.ExplicitSelection || options.Families.Inet6 > 0)
        {
            // A missing or unreadable igmp6 is not reported.
            using var cursor = tables.OpenIgmp6(out _, _scanner);
            if (cursor is not null)
                Rows(cursor);
        }
        return rc;
    }

    private void Rows(ProcGroupCursor cursor)
    {
        while (true)
        {
            var outcome = cursor.Next(out MulticastMembership row);
            if (outcome == ReadOutcome.End)
                return;
            if (outcome == ReadOutcome.Malformed)
            {
                // The format that rejected the line names it, not the file it came from.
                var format = cursor.MalformedKind == GroupLineKind.BogusIgmp6 ? "igmp6" : "igmp";
                streams.Error.Write(Catalog.T("warning, got bogus {0} line {1}.\n", format, cursor.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            renderer.GroupRow(row);
        }
    }
}
