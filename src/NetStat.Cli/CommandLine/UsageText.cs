namespace NetStat.Cli.CommandLine;

/// <summary>net-tools 2.10's usage and version texts, byte for byte.</summary>
internal static class UsageText
{
    public const string Usage =
        "usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n" +
        "       netstat [-vWnNcaeol] [<Socket> ...]\n" +
        "       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n" +
        "\n" +
        "        -r, --route              display routing table\n" +
        "        -i, --interfaces         display interface table\n" +
        "        -g, --groups             display multicast group memberships\n" +
        "        -s, --statistics         display networking statistics (like SNMP)\n" +
        "        -M, --masquerade         display masqueraded connections\n" +
        "\n" +
        "        -v, --verbose            be verbose\n" +
        "        -W, --wide               don't truncate IP addresses\n" +
        "        -n, --numeric            don't resolve names\n" +
        "        --numeric-hosts          don't resolve host names\n" +
        "        --numeric-ports          don't resolve port names\n" +
        "        --numeric-users          don't resolve user names\n" +
        "        -N, --symbolic           resolve hardware names\n" +
        "        -e, --extend             display other/more information\n" +
        "        -p, --programs           display PID/Program name for sockets\n" +
        "        -o, --timers             display timers\n" +
        "        -c, --continuous         continuous listing\n" +
        "\n" +
        "        -l, --listening          display listening server sockets\n" +
        "        -a, --all                display all sockets (default: connected)\n" +
        "        -F, --fib                display Forwarding Information Base (default)\n" +
        "        -C, --cache              display routing cache instead of FIB\n" +
        "        -Z, --context            display SELinux security context for sockets\n" +
        "\n" +
        "  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n" +
        "           {-x|--unix} --ax25 --ipx --netrom\n" +
        "  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet\n" +
        "  List of possible address families (which support routing):\n";

    /// <summary>Always written to stderr, even for --help.</summary>
    public const string FamilyList =
        "    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n" +
        "    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n" +
        "    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

    public const string Version =
        "net-tools 2.10\n" +
        "Fred Baumgarten, Alan Cox, Bernd Eckenfels, Phil Blundell, Tuan Hoang, Brian Micek and others\n" +
        "+NEW_ADDRT +RTF_IRTT +RTF_REJECT +FW_MASQUERADE +I18N +SELINUX\n" +
        "AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\n" +
        "HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n";

    /// <summary>
    /// Our own line after net-tools' version block, so scripts that read line 1 still see
    /// net-tools: the program, its version and the commit it was built from (a bug report then
    /// names the exact source).
    /// </summary>
    public static string Identity =>
        $"netstat for .NET {BuildInfo.Version} (commit {ThisAssembly.Commit}; compatible with net-tools 2.10)\n";
}
