using NetStat.Cli.Explain;

namespace NetStat.Cli.Localization;

// Japanese: our own translation, keyed by the English text. One term per concept everywhere
// (受信キュー, 送信キュー, ローカルアドレス, 外部アドレス, 状態 ...): the column labels, the
// --explain texts and the -s sentences use the same words. Data (addresses, state names, flag
// letters, kernel counter names) is never translated.
internal sealed partial class Catalog
{
    private static readonly bool JapaneseRegistered = Register("ja", static () => new Catalog("ja", Japanese.Messages, Japanese.Explanations));

    private static class Japanese
    {
        private const string Pid = "ソケットを開いているプロセス (PID/名前、名前は欄に合わせて切り詰め)。不明なときは '-': 他のユーザーのプロセス (root で実行すれば見える)、またはプロセスがない (TIME_WAIT のソケット、カーネルのソケット)。";

        public static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
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

        public static readonly Dictionary<(TermKind, string), string> Explanations = new()
        {
            [(TermKind.InternetColumn, "Proto")] = "プロトコル: tcp、udp、udpl (UDP-Lite)、raw。末尾の 6 は IPv6 ソケット (マップされたアドレス ::ffff:a.b.c.d で IPv4 も扱える)。",
            [(TermKind.InternetColumn, "Recv-Q")] = "受信キュー: 受信したがプログラムがまだ読んでいないデータ。TCP はバイト数。待ち受け中 (LISTEN) の TCP ソケットでは、接続が完了して accept() を待っている数 (accept キューの現在の長さ)。UDP と raw はキュー中のデータグラムが占めるカーネルメモリ (skb の truesize、ヘッダと管理領域を含む) で、ペイロードのバイト数ではない。",
            [(TermKind.InternetColumn, "Send-Q")] = "送信キュー: TCP は送信したが相手からまだ確認応答 (ACK) のないバイト数と未送信のバイト数。待ち受け中の TCP ソケットではバックログ、つまり accept キューの上限 (listen() の引数、net.core.somaxconn で制限)。UDP と raw は送信待ちデータグラムのカーネルメモリ。",
            [(TermKind.InternetColumn, "Local Address")] = "ローカルアドレス: ソケットのこちら側のアドレス:ポート。0.0.0.0 や :: はすべてのローカルアドレス、* はまだ決まっていないポート。-n がなければ名前に変換し、-W がなければ欄に合わせて切り詰める。",
            [(TermKind.InternetColumn, "Foreign Address")] = "外部アドレス: 通信相手のアドレス:ポート。0.0.0.0:* や :::* は相手がいないこと (待ち受け中のソケット、接続していない UDP や raw のソケット)。",
            [(TermKind.InternetColumn, "State")] = "状態: TCP では接続の状態 (状態ごとに説明あり)。UDP は connect() で相手を決めたとき ESTABLISHED、それ以外は空 (UDP に接続はない)。raw はカーネルの状態番号。",
            [(TermKind.InternetColumn, "User")] = "ユーザー: ソケットの所有者 (作成したユーザー)。-n や --numeric-users がなければ名前で表示。",
            [(TermKind.InternetColumn, "Inode")] = "iノード: カーネルのソケットファイルシステムでのソケットの i ノード番号。/proc/PID/fd/N が socket:[番号] を指すので、-p はこれで所有プロセスを探す。",
            [(TermKind.InternetColumn, "PID/Program name")] = Pid,
            [(TermKind.InternetColumn, "Timer")] = "タイマー (-o): 種類 (on = 再送、keepalive、timewait、probe = ゼロウィンドウ探査、off = なし) と (残り秒数/再送回数/送った keepalive の数)。",

            [(TermKind.UnixColumn, "Proto")] = "unix: UNIX ドメインソケット。このマシンのプロセス同士がカーネルを介して通信する。",
            [(TermKind.UnixColumn, "RefCnt")] = "参照数: カーネルがソケットに持つ参照の数 (開いているディスクリプタ、接続相手などカーネル内の利用者)。",
            [(TermKind.UnixColumn, "Flags")] = "フラグ: 角かっこ内のソケットのフラグ。待ち受け中のソケットは ACC。現在のカーネルはほかのフラグを報告しない。",
            [(TermKind.UnixColumn, "Type")] = "種類: ソケットの型。STREAM、DGRAM、SEQPACKET (RAW と RDM は古い表や合成した表にだけ現れる)。",
            [(TermKind.UnixColumn, "State")] = "状態: LISTENING、CONNECTED、CONNECTING、DISCONNECTING。接続も待ち受けもしていないソケット (多くの DGRAM、listen() 前のサーバー) は空。",
            [(TermKind.UnixColumn, "I-Node")] = "iノード: ソケット自身の i ノード番号 (パスのファイルの i ノードではない)。/proc/PID/fd/N が socket:[番号] を指す。",
            [(TermKind.UnixColumn, "PID/Program name")] = Pid,
            [(TermKind.UnixColumn, "Path")] = "パス: ソケットに付けた名前。ファイルシステムのパス、または抽象名なら @名前 (ファイルはない)。名前のないソケット (クライアント側、socketpair() で作ったもの) は空。",

            [(TermKind.RouteColumn, "Destination")] = "宛先: 経路の行き先のネットワーク (またはホスト)。default は 0.0.0.0/0 ですべてのアドレスに一致する。IPv6 はアドレス/プレフィックス長。",
            [(TermKind.RouteColumn, "Gateway")] = "ゲートウェイ: パケットを渡すルーター。0.0.0.0 (名前表示では *) はなし、つまり宛先が同じリンク上にある。",
            [(TermKind.RouteColumn, "Genmask")] = "ネットマスク: 宛先のネットマスク。255.255.255.255 は単一ホスト、0.0.0.0 はデフォルト経路。一致するうち最も長いマスクが優先。",
            [(TermKind.RouteColumn, "Flags")] = "フラグ: 経路のフラグ、1 文字ずつ (U 有効、G ゲートウェイ経由、H ホスト、! 拒否 …。文字ごとに説明あり)。",
            [(TermKind.RouteColumn, "Flag")] = "フラグ: IPv6 経路のフラグ、1 文字ずつ (U 有効、G ゲートウェイ経由、A 自動設定、C キャッシュ …)。",
            [(TermKind.RouteColumn, "Metric")] = "メトリック: 経路のコスト。同じ宛先への経路のうち最小のものをカーネルが使う。",
            [(TermKind.RouteColumn, "Met")] = "メトリック: IPv6 経路のコスト (最小のものが優先)。",
            [(TermKind.RouteColumn, "Ref")] = "参照: 経路への参照数。Linux は IPv4 の FIB では常に 0 を報告する。",
            [(TermKind.RouteColumn, "Use")] = "使用数: 経路が参照された回数。IPv4 の経路キャッシュがなくなって (3.6) から Linux は数えておらず、FIB では 0。",
            [(TermKind.RouteColumn, "Iface")] = "インターフェース: この経路のパケットが出ていくインターフェース。",
            [(TermKind.RouteColumn, "If")] = "インターフェース: IPv6 経路のインターフェース。",
            [(TermKind.RouteColumn, "MSS")] = "経路に設定した MTU (ip route ... mtu N)。net-tools はこれを MSS と表示する。0 は未設定。",
            [(TermKind.RouteColumn, "Window")] = "ウィンドウ: 経路に設定した TCP ウィンドウ (ip route ... window N)。0 は未設定。",
            [(TermKind.RouteColumn, "irtt")] = "経路に設定した初期往復時間 (ip route ... rtt)。TCP の最初の再送タイマーに使う。0 はカーネルの既定値。",
            [(TermKind.RouteColumn, "Next Hop")] = "次ホップ: パケットを渡す IPv6 ルーター。:: はなし (宛先が同じリンク上)。",

            [(TermKind.RouteColumn, "Source")] = "経路キャッシュ: キャッシュしたフローの送信元アドレス。",
            [(TermKind.RouteColumn, "HH")] = "経路キャッシュ (Linux 2.0 の形式): キャッシュしたハードウェアヘッダの参照数。",
            [(TermKind.RouteColumn, "Arp")] = "経路キャッシュ (Linux 2.0 の形式): ARP エントリが解決済みかどうか。",
            [(TermKind.RouteColumn, "TOS")] = "経路キャッシュ: キャッシュしたフローのサービス種別 (TOS)。",
            [(TermKind.RouteColumn, "HHRef")] = "経路キャッシュ: キャッシュしたハードウェアヘッダへの参照数 (-1 はなし)。",
            [(TermKind.RouteColumn, "HHUptod")] = "経路キャッシュ: キャッシュしたハードウェアヘッダが最新かどうか。",
            [(TermKind.RouteColumn, "SpecDst")] = "経路キャッシュ: 特定の宛先 (応答の送信元になるローカルアドレス)。",

            [(TermKind.InterfaceColumn, "Iface")] = "インターフェース: インターフェースの名前。",
            [(TermKind.InterfaceColumn, "MTU")] = "最大転送単位: インターフェースが分割せずに送れる最大のパケット (バイト)。",
            [(TermKind.InterfaceColumn, "RX-OK")] = "受信OK: 正しく受信したパケット数。",
            [(TermKind.InterfaceColumn, "RX-ERR")] = "受信エラー: エラーのあった受信パケット数 (チェックサム、フレーム、長さの異常など)。",
            [(TermKind.InterfaceColumn, "RX-DRP")] = "受信破棄: カーネルやドライバーが捨てた受信パケット数 (バッファ不足、未知のプロトコル、インターフェース停止中など)。",
            [(TermKind.InterfaceColumn, "RX-OVR")] = "受信超過: ホストが読み出す前にデバイスの FIFO があふれて失ったパケット数。",
            [(TermKind.InterfaceColumn, "TX-OK")] = "送信OK: 正しく送信したパケット数。",
            [(TermKind.InterfaceColumn, "TX-ERR")] = "送信エラー: 送信に失敗したパケット数 (キャリア喪失、中断など)。",
            [(TermKind.InterfaceColumn, "TX-DRP")] = "送信破棄: 送信前に捨てたパケット数 (キューが満杯など)。",
            [(TermKind.InterfaceColumn, "TX-OVR")] = "送信超過: デバイスの送信 FIFO のエラー数。",
            [(TermKind.InterfaceColumn, "Flg")] = "フラグ: インターフェースのフラグ、1 文字ずつ (B ブロードキャスト、L ループバック、M マルチキャスト、R 動作中、U 有効 …)。",

            [(TermKind.GroupColumn, "Interface")] = "インターフェース: マルチキャストグループに参加したインターフェース。",
            [(TermKind.GroupColumn, "RefCnt")] = "参照数: このインターフェースでグループに参加した回数 (ソケットとカーネル自身)。",
            [(TermKind.GroupColumn, "Group")] = "グループ: マルチキャストグループのアドレス (-n がなければ名前)。224.0.0.1 (all-systems) と ff02::1 にはどのインターフェースも参加する。",

            [(TermKind.Protocol, "tcp")] = "IPv4 上の TCP。",
            [(TermKind.Protocol, "tcp6")] = "IPv6 上の TCP (IPV6_V6ONLY でなければマップされたアドレスで IPv4 も)。",
            [(TermKind.Protocol, "udp")] = "IPv4 上の UDP。",
            [(TermKind.Protocol, "udp6")] = "IPv6 上の UDP (IPV6_V6ONLY でなければマップされたアドレスで IPv4 も)。",
            [(TermKind.Protocol, "udpl")] = "IPv4 上の UDP-Lite: チェックサムがパケットの一部だけを対象にできる UDP。",
            [(TermKind.Protocol, "udpl6")] = "IPv6 上の UDP-Lite。",
            [(TermKind.Protocol, "raw")] = "IPv4 の raw ソケット: あるプロトコルの IP パケットをそのまま扱う (ping の ICMP など)。ポートの欄はプロトコル番号。",
            [(TermKind.Protocol, "raw6")] = "IPv6 の raw ソケット (ping6 の ICMPv6、ルーティングデーモンなど)。",
            [(TermKind.Protocol, "unix")] = "UNIX ドメインソケット (プロセス間のローカル通信)。",

            [(TermKind.TcpState, "ESTABLISHED")] = "接続が確立し、双方向にデータを送れる。",
            [(TermKind.TcpState, "SYN_SENT")] = "connect() が SYN を送り、相手の SYN-ACK を待っている。同じ相手へのものが多いなら、相手が応答していない (停止中かフィルタされている)。",
            [(TermKind.TcpState, "SYN_RECV")] = "待ち受け中のソケットに SYN が届き SYN-ACK を返した。ハンドシェイク最後の ACK をまだ受け取っていない。大量なら SYN フラッド (または消えたクライアント) の可能性。",
            [(TermKind.TcpState, "FIN_WAIT1")] = "こちらが閉じて (FIN を送って) その確認応答を待っている。",
            [(TermKind.TcpState, "FIN_WAIT2")] = "こちらの FIN は確認されたが、相手がまだ閉じていない。プログラムがソケットを閉じた後は、カーネルがこの状態を最長 net.ipv4.tcp_fin_timeout (既定 60 秒) 保つ。",
            [(TermKind.TcpState, "TIME_WAIT")] = "こちらが先に閉じ、接続は終わった。遅れて届いたセグメントを新しい接続のものと取り違えないよう、Linux ではソケットが 60 秒残る (TCP_TIMEWAIT_LEN、固定値)。大量にあっても正常で無害。どのプロセスにも属さない。",
            [(TermKind.TcpState, "CLOSE")] = "閉じている: 接続も待ち受けもしていないソケット (作成・バインドしただけ、またはリセットされた直後)。カーネルの TCP_CLOSE、RFC 793 の CLOSED。",
            [(TermKind.TcpState, "CLOSE_WAIT")] = "相手が閉じた (FIN が届いた) が、ローカルのプログラムがまだソケットを閉じていない。CLOSE_WAIT が残り続けるのは、たいていプログラムが close() を忘れているため。",
            [(TermKind.TcpState, "LAST_ACK")] = "相手が先に閉じ、続いてこちらも閉じた。こちらの FIN への ACK を待っている。",
            [(TermKind.TcpState, "LISTEN")] = "接続を待ち受けるサーバーソケット (listen())。受信キューは accept キューで今待っている接続数、送信キューはその上限 (バックログ)。-l か -a で表示。",
            [(TermKind.TcpState, "CLOSING")] = "双方が同時に FIN を送った。こちらの FIN への ACK を待っている。",
            [(TermKind.UdpState, "ESTABLISHED")] = "UDP では connect() で相手を決めたというだけ: 既定の送信先になり、その相手からだけ受信する。UDP に接続はない。",

            [(TermKind.Timer, "off")] = "ソケットで動いているタイマーはない。",
            [(TermKind.Timer, "on")] = "再送タイマー: 満了すると確認応答のないデータ (または SYN、SYN-ACK) を再送する。2 番目の数はこれまでの再送回数。",
            [(TermKind.Timer, "keepalive")] = "keepalive タイマー (SO_KEEPALIVE)。カーネルはプロセスのない FIN_WAIT2 のソケットを終わらせるのにも使う。3 番目の数は送った keepalive の数。",
            [(TermKind.Timer, "timewait")] = "TIME_WAIT タイマー: ソケットが消えるまでの残り時間。",
            [(TermKind.Timer, "probe")] = "ゼロウィンドウ探査タイマー: 相手の受信ウィンドウが一杯なので、開くまでカーネルが探査する。",
            [(TermKind.Timer, "on1")] = "TCP 以外のソケットのタイマーコード 1: Linux は UDP と raw のタイマーを報告しないので、古い表や合成した表にだけ現れる。",
            [(TermKind.Timer, "on2")] = "TCP 以外のソケットのタイマーコード 2: Linux は UDP と raw のタイマーを報告しないので、古い表や合成した表にだけ現れる。",

            [(TermKind.UnixType, "STREAM")] = "SOCK_STREAM: TCP のようなバイトストリームの接続。",
            [(TermKind.UnixType, "DGRAM")] = "SOCK_DGRAM: 接続なしの個別のメッセージ (UNIX ソケットでは UDP と違い、確実に順序どおり届く)。",
            [(TermKind.UnixType, "RAW")] = "SOCK_RAW: UNIX ソケットでは DGRAM と同じに扱われる。",
            [(TermKind.UnixType, "RDM")] = "SOCK_RDM (確実に配送されるメッセージ): Linux の UNIX ソケットにはない。古い表や合成した表にだけ現れる。",
            [(TermKind.UnixType, "SEQPACKET")] = "SOCK_SEQPACKET: メッセージの区切りを保つ接続。",
            [(TermKind.UnixState, "FREE")] = "SS_FREE: 割り当てられていない (現在のカーネルでは見られない)。",
            [(TermKind.UnixState, "LISTENING")] = "接続を待ち受けるサーバーソケット (listen()、ACC フラグ)。",
            [(TermKind.UnixState, "CONNECTING")] = "SS_CONNECTING: 接続の途中。",
            [(TermKind.UnixState, "CONNECTED")] = "SS_CONNECTED: 相手のソケットと接続している。",
            [(TermKind.UnixState, "DISCONNECTING")] = "SS_DISCONNECTING: 接続を切断している途中。",
            [(TermKind.UnixFlag, "ACC")] = "__SO_ACCEPTCON: 待ち受け中で接続を受け付ける。",
            [(TermKind.UnixFlag, "W")] = "SO_WAITDATA: プロセスがデータを待っている。古いカーネルのみ (現在のカーネルは ACC だけを報告する)。",
            [(TermKind.UnixFlag, "N")] = "SO_NOSPACE: プロセスが送信の空きを待っている。古いカーネルのみ (現在のカーネルは ACC だけを報告する)。",

            [(TermKind.RouteFlag, "U")] = "RTF_UP: 経路が有効 (使用可能)。",
            [(TermKind.RouteFlag, "G")] = "RTF_GATEWAY: パケットはルーター (ゲートウェイ欄) を経由する。",
            [(TermKind.RouteFlag, "!")] = "RTF_REJECT: パケットを拒否する経路 (unreachable、prohibit、blackhole)。U と G の代わりに表示。",
            [(TermKind.RouteFlag, "H")] = "RTF_HOST: 宛先はネットワークでなく 1 台のホスト。",
            [(TermKind.RouteFlag, "R")] = "RTF_REINSTATE: 動的な変更の後に復元された (歴史的なもの。Linux の /proc は報告しない)。",
            [(TermKind.RouteFlag, "D")] = "RTF_DYNAMIC: ICMP リダイレクトやルーティングデーモンが作った (Linux では歴史的なもの)。",
            [(TermKind.RouteFlag, "M")] = "RTF_MODIFIED: ICMP リダイレクトで変更された (Linux では歴史的なもの)。",
            [(TermKind.RouteFlag, "d")] = "RTF_DEFAULT: ルーター広告によるデフォルト経路 (IPv6 のフラグ。IPv4 の表にはない)。",
            [(TermKind.RouteFlag, "a")] = "RTF_ALLONLINK: すべての宛先がリンク上にある (IPv6 のフラグ)。",
            [(TermKind.RouteFlag, "c")] = "RTF_ADDRCONF (アドレス自動設定で作られた) または RTF_CACHE (キャッシュのエントリ)。どちらも IPv6 のフラグで c と表示。",
            [(TermKind.RouteFlag, "o")] = "RTF_NONEXTHOP: 次ホップがない (IPv6 のフラグ)。",
            [(TermKind.RouteFlag, "e")] = "RTF_EXPIRES: 期限切れになる経路 (IPv6 のフラグ)。",
            [(TermKind.RouteFlag, "f")] = "RTF_FLOW: フロー単位の経路 (歴史的なもの)。",
            [(TermKind.RouteFlag, "p")] = "RTF_POLICY: ポリシー経路 (歴史的なもの)。",
            [(TermKind.RouteFlag, "l")] = "RTF_LOCAL: ローカルアドレスへの経路 (歴史的なもの)。",
            [(TermKind.RouteFlag, "u")] = "RTF_MTU: 経路に固有の MTU がある (歴史的なフラグ。MSS 欄に表示)。",
            [(TermKind.RouteFlag, "w")] = "RTF_WINDOW: 経路に固有の TCP ウィンドウがある (歴史的なフラグ)。",
            [(TermKind.RouteFlag, "i")] = "RTF_IRTT: 経路に固有の初期往復時間がある (歴史的なフラグ)。",
            [(TermKind.RouteFlag, "n")] = "RTF_NOTCACHED: キャッシュされない経路 (歴史的なもの)。",

            [(TermKind.Ipv6RouteFlag, "U")] = "RTF_UP: 経路が有効。",
            [(TermKind.Ipv6RouteFlag, "!")] = "RTF_REJECT: パケットを拒否する経路 (unreachable、prohibit、blackhole。そうした経路の lo のエントリ)。",
            [(TermKind.Ipv6RouteFlag, "G")] = "RTF_GATEWAY: パケットは次ホップのルーターを経由する。",
            [(TermKind.Ipv6RouteFlag, "H")] = "RTF_HOST: 1 つのアドレス (/128) への経路。",
            [(TermKind.Ipv6RouteFlag, "D")] = "RTF_DEFAULT: ルーター広告で得たデフォルト経路。",
            [(TermKind.Ipv6RouteFlag, "A")] = "RTF_ADDRCONF: アドレス自動設定 (ルーター広告のプレフィックス) で作られた。",
            [(TermKind.Ipv6RouteFlag, "C")] = "RTF_CACHE: 経路のキャッシュされた複製 (PMTU やリダイレクトの例外)。-C で表示。",
            [(TermKind.Ipv6RouteFlag, "a")] = "RTF_ALLONLINK: すべての宛先がリンク上にある。",
            [(TermKind.Ipv6RouteFlag, "e")] = "RTF_EXPIRES: 期限切れになる経路 (ルーター広告で得たもの)。",
            [(TermKind.Ipv6RouteFlag, "m")] = "RTF_MODIFIED: リダイレクトで変更された。",
            [(TermKind.Ipv6RouteFlag, "n")] = "RTF_NONEXTHOP: 次ホップがない。",
            [(TermKind.Ipv6RouteFlag, "f")] = "RTF_FLOW: フロー単位の経路。",

            [(TermKind.InterfaceFlag, "A")] = "ALLMULTI: すべてのマルチキャストパケットを受信する (マルチキャストルーター)。",
            [(TermKind.InterfaceFlag, "B")] = "BROADCAST: ブロードキャストアドレスが使える。",
            [(TermKind.InterfaceFlag, "D")] = "DEBUG: ドライバーのデバッグが有効。",
            [(TermKind.InterfaceFlag, "L")] = "LOOPBACK: ループバックインターフェース (lo)。",
            [(TermKind.InterfaceFlag, "M")] = "MULTICAST: マルチキャストに対応。",
            [(TermKind.InterfaceFlag, "d")] = "DYNAMIC: アドレスが動的 (ダイヤルアップ回線)。",
            [(TermKind.InterfaceFlag, "P")] = "PROMISC (リンク上のすべてのパケットを受信、tcpdump 実行中など) または POINTOPOINT (ポイントツーポイント接続: トンネル、PPP)。net-tools はどちらも P と表示する。",
            [(TermKind.InterfaceFlag, "N")] = "NOTRAILERS: トレーラーを使わない (歴史的なもの、Linux は無視)。",
            [(TermKind.InterfaceFlag, "O")] = "NOARP: このインターフェースでは ARP を使わない (解決するリンク層アドレスがない)。",
            [(TermKind.InterfaceFlag, "s")] = "SLAVE: ボンディングのマスターの配下にある。",
            [(TermKind.InterfaceFlag, "m")] = "MASTER: ボンディングのマスター。",
            [(TermKind.InterfaceFlag, "R")] = "RUNNING: リンクが上がっていて (キャリアあり) 資源が割り当てられている。",
            [(TermKind.InterfaceFlag, "U")] = "UP: インターフェースが有効にされている (ip link set ... up)。",

            [(TermKind.StatisticsSection, "Ip")] = "IPv4 のカウンター (/proc/net/snmp、RFC 1213 の MIB): 受信、配送、転送、破棄、フラグメント化したパケット。",
            [(TermKind.StatisticsSection, "Icmp")] = "ICMP のカウンター: 送受信したメッセージとエラー、種類ごとのヒストグラム。",
            [(TermKind.StatisticsSection, "IcmpMsg")] = "種類番号ごとの ICMP メッセージ (InType8 = 受信したエコー要求、OutType0 = 送信したエコー応答 …)。",
            [(TermKind.StatisticsSection, "Tcp")] = "TCP のカウンター: 能動的・受動的に開いた接続、失敗、リセット、送受信・再送したセグメント。",
            [(TermKind.StatisticsSection, "Udp")] = "UDP のカウンター: 送受信したデータグラム、待ち受けのないポート宛て、受信エラー、バッファエラー。",
            [(TermKind.StatisticsSection, "UdpLite")] = "UDP-Lite の同じカウンター。",
            [(TermKind.StatisticsSection, "TcpExt")] = "Linux 拡張の TCP カウンター (/proc/net/netstat): SYN クッキー、TIME_WAIT、listen キューのあふれと破棄、再送、SACK …。",
            [(TermKind.StatisticsSection, "IpExt")] = "Linux 拡張の IP カウンター: マルチキャスト・ブロードキャストのパケット、送受信バイト数、ECN マーク。",
            [(TermKind.StatisticsSection, "MPTcpExt")] = "マルチパス TCP のカウンター。",
            [(TermKind.StatisticsSection, "TCPExt")] = "Linux 拡張の TCP カウンター (/proc/net/netstat)。",
            [(TermKind.StatisticsSection, "Ip6")] = "IPv6 のカウンター (/proc/net/snmp6)。",
            [(TermKind.StatisticsSection, "Icmp6")] = "ICMPv6 のカウンター、種類ごとのヒストグラム (近隣探索とルーター探索を含む)。",
            [(TermKind.StatisticsSection, "Udp6")] = "IPv6 上の UDP のカウンター。",
            [(TermKind.StatisticsSection, "UdpLite6")] = "IPv6 上の UDP-Lite のカウンター。",
            [(TermKind.StatisticsSection, "Tcp6")] = "IPv6 上の TCP のカウンター (Linux は両方のファミリーの TCP を Tcp にまとめて数える)。",
            [(TermKind.StatisticsSection, "Sctp")] = "SCTP のカウンター (/proc/net/sctp/snmp)。",
        };
    }
}
