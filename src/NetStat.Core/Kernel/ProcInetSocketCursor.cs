using System.Net.Sockets;
using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>Rows of /proc/net/{tcp,udp,udplite,raw}[6].</summary>
internal sealed class ProcInetSocketCursor(ProcFile file, SocketProtocol protocol, AddressFamily family) : ITableCursor<InetSocket>
{
    private bool _headerSkipped;

    public ReadOutcome Next(out InetSocket row)
    {
        if (!_headerSkipped)
        {
            _headerSkipped = true;
            if (!file.TryReadLine(out ReadOnlySpan<byte> _))
            {
                row = default;
                return ReadOutcome.End;
            }
        }
        if (!file.TryReadLine(out ReadOnlySpan<byte> line))
        {
            row = default;
            return ReadOutcome.End;
        }
        if (!InetSocketLine.TryParse(line, protocol, out row))
            return ReadOutcome.Malformed;
        // The table, not the digits, says tcp or tcp6.
        row = row with { Family = family };
        return ReadOutcome.Row;
    }

    public int ReadError => file.ReadError;

    public void Dispose() => file.Dispose();
}
