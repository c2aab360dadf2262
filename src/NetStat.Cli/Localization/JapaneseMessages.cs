namespace NetStat.Cli.Localization;

/// <summary>
/// The Japanese catalog: our own translation, keyed by the English text. Column labels use one
/// term each everywhere (受信キュー, 送信キュー, ローカルアドレス, 外部アドレス, 状態 ...), the same
/// words the --explain texts use.
/// </summary>
internal static class JapaneseMessages
{
    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        // Column headers.
        ["Proto"] = "プロトコル",
        ["Recv-Q"] = "受信キュー",
        ["Send-Q"] = "送信キュー",
        ["Local Address"] = "ローカルアドレス",
        ["Foreign Address"] = "外部アドレス",
        ["State"] = "状態",
        ["User"] = "ユーザー",
        ["Inode"] = "iノード",
        ["I-Node"] = "iノード",
        ["PID/Program name"] = "PID/プログラム名",
        ["Timer"] = "タイマー",
        ["RefCnt"] = "参照数",
        ["Flags"] = "フラグ",
        ["Type"] = "種類",
        ["Path"] = "パス",
        ["Interface"] = "インターフェース",
        ["Group"] = "グループ",
        ["Iface"] = "インターフェース",
        ["MTU"] = "MTU",
        ["RX-OK"] = "受信OK",
        ["RX-ERR"] = "受信エラー",
        ["RX-DRP"] = "受信破棄",
        ["RX-OVR"] = "受信超過",
        ["TX-OK"] = "送信OK",
        ["TX-ERR"] = "送信エラー",
        ["TX-DRP"] = "送信破棄",
        ["TX-OVR"] = "送信超過",
        ["Flg"] = "フラグ",
        ["Destination"] = "宛先",
        ["Gateway"] = "ゲートウェイ",
        ["Genmask"] = "ネットマスク",
        ["MSS"] = "MSS",
        ["Window"] = "ウィンドウ",
        ["irtt"] = "irtt",
        ["Next Hop"] = "次ホップ",
        ["Flag"] = "フラグ",
        ["Met"] = "メトリック",
        ["Ref"] = "参照",
        ["Use"] = "使用数",
        ["If"] = "インターフェース",

        // Titles.
        ["Active Internet connections (servers and established)"] = "アクティブなインターネット接続 (サーバーと確立済み)",
        ["Active Internet connections (only servers)"] = "アクティブなインターネット接続 (サーバーのみ)",
        ["Active Internet connections (w/o servers)"] = "アクティブなインターネット接続 (サーバーを除く)",
        ["Active UNIX domain sockets (servers and established)"] = "アクティブな UNIX ドメインソケット (サーバーと確立済み)",
        ["Active UNIX domain sockets (only servers)"] = "アクティブな UNIX ドメインソケット (サーバーのみ)",
        ["Active UNIX domain sockets (w/o servers)"] = "アクティブな UNIX ドメインソケット (サーバーを除く)",
        ["IPv6/IPv4 Group Memberships"] = "IPv6/IPv4 マルチキャストグループへの参加",
        ["Kernel Interface table"] = "カーネルのインターフェース表",
        ["Kernel IP routing table"] = "カーネルの IP 経路表",
        ["Kernel IP routing cache"] = "カーネルの IP 経路キャッシュ",
        ["Kernel IPv6 routing table"] = "カーネルの IPv6 経路表",
        ["Kernel IPv6 routing cache"] = "カーネルの IPv6 経路キャッシュ",

        // Messages.
        ["netstat: no support for `{0}' on this system.\n"] = "netstat: このシステムは `{0}' に対応していません。\n",
        ["warning, got bogus tcp line.\n"] = "警告: tcp の不正な行がありました。\n",
        ["warning, got bogus raw line.\n"] = "警告: raw の不正な行がありました。\n",
        ["warning, got bogus udp line.\n"] = "警告: udp の不正な行がありました。\n",
        ["warning, got bogus unix line.\n"] = "警告: unix の不正な行がありました。\n",
        ["(No info could be read for \"-p\": geteuid()={0} but you should be root.)\n"] = "(\"-p\" の情報を読めませんでした: geteuid()={0} ですが、root で実行する必要があります。)\n",
        ["(Not all processes could be identified, non-owned process info\n will not be shown, you would have to be root to see it all.)\n"] = "(すべてのプロセスは特定できませんでした。自分のものでないプロセスの情報は\n 表示されません。すべて見るには root で実行してください。)\n",
        ["netstat: feature `AF BLUETOOTH' not supported.\nPlease recompile `net-tools' with newer kernel source or full configuration.\n"] = "netstat: `AF BLUETOOTH' 機能には対応していません。\n新しいカーネルソースか完全な設定で `net-tools' を再コンパイルしてください。\n",
        ["SELinux is not enabled on this machine.\n"] = "このマシンでは SELinux が有効になっていません。\n",
        ["Unknown address family `{0}'.\n"] = "不明なアドレスファミリー `{0}' です。\n",
        ["{0}: invalid option -- {1}"] = "{0}: 無効なオプションです -- {1}",
        ["{0}: option requires an argument -- {1}"] = "{0}: オプションには引数が必要です -- {1}",
        ["{0}: unrecognized option {1}"] = "{0}: 認識できないオプションです {1}",
        ["{0}: option {1} doesn't allow an argument"] = "{0}: オプション {1} は引数を取りません",
        ["{0}: option {1} requires an argument"] = "{0}: オプション {1} には引数が必要です",
        ["{0}: option {1} is ambiguous; possibilities: {2}"] = "{0}: オプション {1} はあいまいです。候補: {2}",
        ["netstat: --explain: unknown term '{0}' (netstat -tan --explain lists the terms of a listing)\n"] = "netstat: --explain: 不明な用語です '{0}' (netstat -tan --explain で一覧の用語を表示できます)\n",
        ["Counters the kernel reports under this name; netstat prints the ones it does not know as \"name: value\"."] = "カーネルがこの名前で報告するカウンター。netstat は知らないものを「名前: 値」の形で表示する。",
        ["(no explanation: a value net-tools prints for numbers it does not know)"] = "(説明なし: net-tools が知らない番号に表示する値)",

        // --explain headings and labels.
        ["Columns of the Internet socket table:"] = "インターネットソケット表の列:",
        ["Columns of the UNIX socket table:"] = "UNIX ソケット表の列:",
        ["Columns of the routing table:"] = "経路表の列:",
        ["Columns of the interface table:"] = "インターフェース表の列:",
        ["Columns of the multicast group table:"] = "マルチキャストグループ表の列:",
        ["Protocols in this output:"] = "この出力のプロトコル:",
        ["TCP states in this output:"] = "この出力の TCP の状態:",
        ["UDP states in this output:"] = "この出力の UDP の状態:",
        ["Timers in this output:"] = "この出力のタイマー:",
        ["timer"] = "タイマー",
        ["UNIX socket types in this output:"] = "この出力の UNIX ソケットの種類:",
        ["UNIX socket states in this output:"] = "この出力の UNIX ソケットの状態:",
        ["UNIX socket flags in this output:"] = "この出力の UNIX ソケットのフラグ:",
        ["Route flags in this output:"] = "この出力の経路フラグ:",
        ["IPv6 route flags in this output:"] = "この出力の IPv6 経路フラグ:",
        ["Interface flags in this output:"] = "この出力のインターフェースフラグ:",
        ["Sections in this output:"] = "この出力のセクション:",
        ["column of the Internet socket table"] = "インターネットソケット表の列",
        ["column of the UNIX socket table"] = "UNIX ソケット表の列",
        ["column of the routing table"] = "経路表の列",
        ["column of the interface table"] = "インターフェース表の列",
        ["column of the multicast group table"] = "マルチキャストグループ表の列",
        ["protocol"] = "プロトコル",
        ["TCP state"] = "TCP の状態",
        ["UDP state"] = "UDP の状態",
        ["UNIX socket type"] = "UNIX ソケットの種類",
        ["UNIX socket state"] = "UNIX ソケットの状態",
        ["UNIX socket flag"] = "UNIX ソケットのフラグ",
        ["route flag"] = "経路フラグ",
        ["IPv6 route flag"] = "IPv6 経路フラグ",
        ["interface flag"] = "インターフェースフラグ",
        ["section of netstat -s"] = "netstat -s のセクション",

        // Usage (net-tools' text, translated; option names stay as they are).
        [CommandLine.UsageText.Usage] =
            "使い方: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n" +
            "        netstat [-vWnNcaeol] [<Socket> ...]\n" +
            "        netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n" +
            "\n" +
            "        -r, --route              経路表を表示\n" +
            "        -i, --interfaces         インターフェース表を表示\n" +
            "        -g, --groups             マルチキャストグループへの参加を表示\n" +
            "        -s, --statistics         ネットワークの統計を表示 (SNMP 風)\n" +
            "        -M, --masquerade         マスカレードされた接続を表示\n" +
            "\n" +
            "        -v, --verbose            詳しく表示\n" +
            "        -W, --wide               IP アドレスを切り詰めない\n" +
            "        -n, --numeric            名前を解決しない\n" +
            "        --numeric-hosts          ホスト名を解決しない\n" +
            "        --numeric-ports          ポート名を解決しない\n" +
            "        --numeric-users          ユーザー名を解決しない\n" +
            "        -N, --symbolic           ハードウェア名を解決する\n" +
            "        -e, --extend             ほかの情報・詳しい情報を表示\n" +
            "        -p, --programs           ソケットの PID/プログラム名を表示\n" +
            "        -o, --timers             タイマーを表示\n" +
            "        -c, --continuous         連続して表示\n" +
            "\n" +
            "        -l, --listening          待ち受け中のサーバーソケットを表示\n" +
            "        -a, --all                すべてのソケットを表示 (既定: 接続済み)\n" +
            "        -F, --fib                転送情報ベース (FIB) を表示 (既定)\n" +
            "        -C, --cache              FIB の代わりに経路キャッシュを表示\n" +
            "        -Z, --context            ソケットの SELinux セキュリティコンテキストを表示\n" +
            "\n" +
            "  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n" +
            "           {-x|--unix} --ax25 --ipx --netrom\n" +
            "  <AF>=「-6|-4」、「-A <af>」または「--<af>」を使用。既定: inet\n" +
            "  使えるアドレスファミリー (経路表に対応するもの):\n",
        [CommandLine.UsageText.FamilyList] =
            "    inet (DARPA インターネット) inet6 (IPv6) ax25 (AMPR AX.25) \n" +
            "    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n" +
            "    ddp (Appletalk DDP) x25 (CCITT X.25) \n",
        ["\nnetstat for .NET adds (full names only):\n"] = "\nnetstat for .NET が追加するオプション (省略不可):\n",
        ["continuous listing every SECONDS (default 1)"] = "SECONDS 秒ごとに連続して表示 (既定 1)",
        ["write the output as JSON (schema in docs/json-schema.json)"] = "JSON で出力 (スキーマは docs/json-schema.json)",
        ["only sockets with this local or remote port (80,https,8000-8099)"] = "ローカルまたは相手のポートがこれであるソケットのみ (80,https,8000-8099)",
        ["only sockets with this local port"] = "ローカルのポートがこれであるソケットのみ",
        ["only sockets with this remote port"] = "相手のポートがこれであるソケットのみ",
        ["only sockets in these states (established,time_wait,listening,connected)"] = "これらの状態のソケットのみ (established,time_wait,listening,connected)",
        ["only sockets held by these processes"] = "これらのプロセスが持つソケットのみ",
        ["only sockets held by this program (a * matches anything)"] = "このプログラムが持つソケットのみ (* は任意の文字列)",
        ["only sockets owned by this user"] = "このユーザーが所有するソケットのみ",
        ["only sockets with a local or remote address in CIDR"] = "ローカルまたは相手のアドレスが CIDR に含まれるソケットのみ",
        ["only sockets with a local address in CIDR"] = "ローカルのアドレスが CIDR に含まれるソケットのみ",
        ["only sockets with a remote address in CIDR"] = "相手のアドレスが CIDR に含まれるソケットのみ",
        ["read the tables of network namespace NAME (/run/netns)"] = "ネットワーク名前空間 NAME (/run/netns) の表を読む",
        ["read the tables of the network namespace of process PID"] = "プロセス PID のネットワーク名前空間の表を読む",
        ["read the tables of every network namespace, one section each"] = "すべてのネットワーク名前空間の表を読む (名前空間ごとに 1 セクション)",
        ["with -c: print the table once, then only sockets that came (+) or went (-)"] = "-c と併用: 表を 1 回表示し、以後は現れた (+) ソケットと消えた (-) ソケットだけを表示",
        ["write metrics in the Prometheus text format"] = "Prometheus のテキスト形式でメトリクスを出力",
        ["write metrics to DIR/netstat.prom for node_exporter"] = "node_exporter 用にメトリクスを DIR/netstat.prom に書く",
        ["with 'serve': where to serve /metrics (default 127.0.0.1:9117)"] = "'serve' と併用: /metrics を提供するアドレス (既定 127.0.0.1:9117)",
        ["explain the columns and values of this output, or one TERM"] = "この出力の列と値、または 1 つの TERM を説明",
        ["print the shell completion script"] = "シェル補完スクリプトを表示",
        ["serve Prometheus metrics over HTTP at /metrics"] = "HTTP の /metrics で Prometheus のメトリクスを提供",
    };
}
