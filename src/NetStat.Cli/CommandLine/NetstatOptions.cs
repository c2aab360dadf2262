namespace NetStat.Cli.CommandLine;

/// <summary>
/// What the command line asked for, in net-tools' own terms (counters where net-tools counts,
/// so that "-ee" and "-rr" mean what they mean there).
/// </summary>
internal sealed class NetstatOptions
{
    // Modes (counted: more than one in total is a usage error).
    public int Route;
    public int Interfaces;
    public int Statistics;
    public int Masquerade;

    public int All;
    public int Listening;
    public int Continuous;
    public int Groups;
    public int Extend = 1; // net-tools starts its -e counter at 1
    public int Programs;
    public int Wide;
    public int Timers;
    public bool Verbose;

    public bool NumericHosts;
    public bool NumericPorts;
    public bool NumericUsers;
    public bool Symbolic;
    public bool Cache;
    public bool Fib;

    public int Tcp;
    public int Sctp;
    public int Udp;
    public int UdpLite;
    public int Raw;
    public int L2cap;
    public int Rfcomm;

    /// <summary>Address families selected with -A, -4, -6, -x and --inet...</summary>
    public AddressFamilySet Families { get; } = new();

    /// <summary>net-tools' flag_arg: something was selected explicitly.</summary>
    public bool ExplicitSelection;

    /// <summary>Our own options (JSON, filters, namespaces ...); empty for a net-tools command line.</summary>
    public ExtensionSettings Ext { get; } = new();

    /// <summary>The "no explicit protocol" case: -4/-6/-A inet or -s switched all protocols on.</summary>
    public bool ImplicitProtocols;

    /// <summary>Applies net-tools' derivations after parsing (section 1.4 of the reference).</summary>
    public void Derive()
    {
        bool anyProtocol = Tcp + Sctp + Udp + UdpLite + Raw > 0;
        if ((Families.Inet > 0 || Families.Inet6 > 0 || Statistics > 0) && !anyProtocol)
        {
            Tcp = Sctp = Udp = UdpLite = Raw = 1;
            ImplicitProtocols = true;
        }
        if ((Tcp + Sctp + Udp + UdpLite + Raw + Groups > 0) && Families.Inet == 0 && Families.Inet6 == 0)
        {
            Families.Inet = Families.Inet6 = 1;
        }
        if (Families.Bluetooth > 0 && L2cap + Rfcomm == 0)
            L2cap = Rfcomm = 1;
        ExplicitSelection = Tcp + Sctp + UdpLite + Udp + Raw + Families.Unix + Families.Ipx + Families.Ax25
            + Families.Netrom + Groups + Families.X25 + Families.Rose + L2cap + Rfcomm > 0;
    }
}
