using NetStat.Cli.Explain;

namespace NetStat.Cli.Localization;

// Japanese: our own translation, keyed by the English text. One term per concept everywhere
// (受信キュー, 送信キュー, ローカルアドレス, 外部アドレス, 状態 ...): the column labels, the
// --explain texts and the -s sentences use the same words. Data (addresses, state names, flag
// letters, kernel counter names) is never translated.
internal sealed partial class Catalog
{
    private static readonly bool JapaneseRegistered = Register("ja", static () => new Catalog("ja", Japanese.Messages(), TextTable.Explanations(Japanese.Explanations)));

    private static class Japanese
    {
        public static Dictionary<string, string> Messages()
        {
            var messages = TextTable.Pairs(MessageTexts);
            messages[CommandLine.UsageText.Usage] = TextTable.Text(
                "使い方: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"u8 +
                "        netstat [-vWnNcaeol] [<Socket> ...]\n"u8 +
                "        netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n"u8 +
                "\n"u8 +
                "        -r, --route              経路表を表示\n"u8 +
                "        -i, --interfaces         インターフェース表を表示\n"u8 +
                "        -g, --groups             マルチキャストグループへの参加を表示\n"u8 +
                "        -s, --statistics         ネットワークの統計を表示 (SNMP 風)\n"u8 +
                "        -M, --masquerade         マスカレードされた接続を表示\n"u8 +
                "\n"u8 +
                "        -v, --verbose            詳しく表示\n"u8 +
                "        -W, --wide               IP アドレスを切り詰めない\n"u8 +
                "        -n, --numeric            名前を解決しない\n"u8 +
                "        --numeric-hosts          ホスト名を解決しない\n"u8 +
                "        --numeric-ports          ポート名を解決しない\n"u8 +
                "        --numeric-users          ユーザー名を解決しない\n"u8 +
                "        -N, --symbolic           ハードウェア名を解決する\n"u8 +
                "        -e, --extend             ほかの情報・詳しい情報を表示\n"u8 +
                "        -p, --programs           ソケットの PID/プログラム名を表示\n"u8 +
                "        -o, --timers             タイマーを表示\n"u8 +
                "        -c, --continuous         連続して表示\n"u8 +
                "\n"u8 +
                "        -l, --listening          待ち受け中のサーバーソケットを表示\n"u8 +
                "        -a, --all                すべてのソケットを表示 (既定: 接続済み)\n"u8 +
                "        -F, --fib                転送情報ベース (FIB) を表示 (既定)\n"u8 +
                "        -C, --cache              FIB の代わりに経路キャッシュを表示\n"u8 +
                "        -Z, --context            ソケットの SELinux セキュリティコンテキストを表示\n"u8 +
                "\n"u8 +
                "  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n"u8 +
                "           {-x|--unix} --ax25 --ipx --netrom\n"u8 +
                "  <AF>=「-6|-4」、「-A <af>」または「--<af>」を使用。既定: inet\n"u8 +
                "  使えるアドレスファミリー (経路表に対応するもの):\n"u8);
            messages[CommandLine.UsageText.FamilyList] = TextTable.Text(
                "    inet (DARPA インターネット) inet6 (IPv6) ax25 (AMPR AX.25) \n"u8 +
                "    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n"u8 +
                "    ddp (Appletalk DDP) x25 (CCITT X.25) \n"u8);
            return messages;
        }

        // "English\0Japanese\0" pairs (the two multi-line usage texts are in Messages()).
        private static ReadOnlySpan<byte> MessageTexts =>
            // Column headers.
            "Proto\0"u8 + "プロトコル\0"u8 +
            "Recv-Q\0"u8 + "受信キュー\0"u8 +
            "Send-Q\0"u8 + "送信キュー\0"u8 +
            "Local Address\0"u8 + "ローカルアドレス\0"u8 +
            "Foreign Address\0"u8 + "外部アドレス\0"u8 +
            "State\0"u8 + "状態\0"u8 +
            "User\0"u8 + "ユーザー\0"u8 +
            "Inode\0"u8 + "iノード\0"u8 +
            "I-Node\0"u8 + "iノード\0"u8 +
            "PID/Program name\0"u8 + "PID/プログラム名\0"u8 +
            "Timer\0"u8 + "タイマー\0"u8 +
            "RefCnt\0"u8 + "参照数\0"u8 +
            "Flags\0"u8 + "フラグ\0"u8 +
            "Type\0"u8 + "種類\0"u8 +
            "Path\0"u8 + "パス\0"u8 +
            "Interface\0"u8 + "インターフェース\0"u8 +
            "Group\0"u8 + "グループ\0"u8 +
            "Iface\0"u8 + "インターフェース\0"u8 +
            "MTU\0"u8 + "MTU\0"u8 +
            "RX-OK\0"u8 + "受信OK\0"u8 +
            "RX-ERR\0"u8 + "受信エラー\0"u8 +
            "RX-DRP\0"u8 + "受信破棄\0"u8 +
            "RX-OVR\0"u8 + "受信超過\0"u8 +
            "TX-OK\0"u8 + "送信OK\0"u8 +
            "TX-ERR\0"u8 + "送信エラー\0"u8 +
            "TX-DRP\0"u8 + "送信破棄\0"u8 +
            "TX-OVR\0"u8 + "送信超過\0"u8 +
            "Flg\0"u8 + "フラグ\0"u8 +
            "Destination\0"u8 + "宛先\0"u8 +
            "Gateway\0"u8 + "ゲートウェイ\0"u8 +
            "Genmask\0"u8 + "ネットマスク\0"u8 +
            "MSS\0"u8 + "MSS\0"u8 +
            "Window\0"u8 + "ウィンドウ\0"u8 +
            "irtt\0"u8 + "irtt\0"u8 +
            "Next Hop\0"u8 + "次ホップ\0"u8 +
            "Flag\0"u8 + "フラグ\0"u8 +
            "Met\0"u8 + "メトリック\0"u8 +
            "Ref\0"u8 + "参照\0"u8 +
            "Use\0"u8 + "使用数\0"u8 +
            "If\0"u8 + "インターフェース\0"u8 +
            "Metric\0"u8 + "メトリック\0"u8 +
            "Source\0"u8 + "送信元\0"u8 +
            "HH\0"u8 + "HH\0"u8 +
            "Arp\0"u8 + "ARP\0"u8 +
            "TOS\0"u8 + "TOS\0"u8 +
            "HHRef\0"u8 + "HH参照\0"u8 +
            "HHUptod\0"u8 + "HH最新\0"u8 +
            "SpecDst\0"u8 + "特定宛先\0"u8 +
            "Mnemonic\0"u8 + "ニーモニック\0"u8 +
            "Quality\0"u8 + "品質\0"u8 +
            "Neighbour\0"u8 + "隣接ノード\0"u8 +
            "Device\0"u8 + "デバイス\0"u8 +
            "neigh1\0"u8 + "隣接1\0"u8 +
            "neigh2\0"u8 + "隣接2\0"u8 +
            "neigh3\0"u8 + "隣接3\0"u8 +
            "callsign\0"u8 + "コールサイン\0"u8 +

            // Titles.
            "Active Internet connections (servers and established)\0"u8 + "アクティブなインターネット接続 (サーバーと確立済み)\0"u8 +
            "Active Internet connections (only servers)\0"u8 + "アクティブなインターネット接続 (サーバーのみ)\0"u8 +
            "Active Internet connections (w/o servers)\0"u8 + "アクティブなインターネット接続 (サーバーを除く)\0"u8 +
            "Active UNIX domain sockets (servers and established)\0"u8 + "アクティブな UNIX ドメインソケット (サーバーと確立済み)\0"u8 +
            "Active UNIX domain sockets (only servers)\0"u8 + "アクティブな UNIX ドメインソケット (サーバーのみ)\0"u8 +
            "Active UNIX domain sockets (w/o servers)\0"u8 + "アクティブな UNIX ドメインソケット (サーバーを除く)\0"u8 +
            "IPv6/IPv4 Group Memberships\0"u8 + "IPv6/IPv4 マルチキャストグループへの参加\0"u8 +
            "Kernel Interface table\0"u8 + "カーネルのインターフェース表\0"u8 +
            "Kernel IP routing table\0"u8 + "カーネルの IP 経路表\0"u8 +
            "Kernel IP routing cache\0"u8 + "カーネルの IP 経路キャッシュ\0"u8 +
            "Kernel IPv6 routing table\0"u8 + "カーネルの IPv6 経路表\0"u8 +
            "Kernel IPv6 routing cache\0"u8 + "カーネルの IPv6 経路キャッシュ\0"u8 +
            "Kernel AX.25 routing table\0"u8 + "カーネルの AX.25 経路表\0"u8 +
            "Kernel NET/ROM routing table\0"u8 + "カーネルの NET/ROM 経路表\0"u8 +
            "Kernel ROSE routing table\0"u8 + "カーネルの ROSE 経路表\0"u8 +
            "Kernel X.25 routing table\0"u8 + "カーネルの X.25 経路表\0"u8 +
            "Network namespace {0}:\n\0"u8 + "ネットワーク名前空間 {0}:\n\0"u8 +

            // Messages.
            "netstat: no support for `{0}' on this system.\n\0"u8 + "netstat: このシステムは `{0}' に対応していません。\n\0"u8 +
            "warning, got bogus tcp line.\n\0"u8 + "警告: tcp の不正な行がありました。\n\0"u8 +
            "warning, got bogus raw line.\n\0"u8 + "警告: raw の不正な行がありました。\n\0"u8 +
            "warning, got bogus udp line.\n\0"u8 + "警告: udp の不正な行がありました。\n\0"u8 +
            "warning, got bogus unix line.\n\0"u8 + "警告: unix の不正な行がありました。\n\0"u8 +
            "(No info could be read for \"-p\": geteuid()={0} but you should be root.)\n\0"u8 + "(\"-p\" の情報を読めませんでした: geteuid()={0} ですが、root で実行する必要があります。)\n\0"u8 +
            "(Not all processes could be identified, non-owned process info\n will not be shown, you would have to be root to see it all.)\n\0"u8 + "(すべてのプロセスは特定できませんでした。自分のものでないプロセスの情報は\n 表示されません。すべて見るには root で実行してください。)\n\0"u8 +
            "netstat: feature `AF BLUETOOTH' not supported.\nPlease recompile `net-tools' with newer kernel source or full configuration.\n\0"u8 + "netstat: `AF BLUETOOTH' 機能には対応していません。\n新しいカーネルソースか完全な設定で `net-tools' を再コンパイルしてください。\n\0"u8 +
            "SELinux is not enabled on this machine.\n\0"u8 + "このマシンでは SELinux が有効になっていません。\n\0"u8 +
            "Unknown address family `{0}'.\n\0"u8 + "不明なアドレスファミリー `{0}' です。\n\0"u8 +
            "{0}: invalid option -- {1}\0"u8 + "{0}: 無効なオプションです -- {1}\0"u8 +
            "{0}: option requires an argument -- {1}\0"u8 + "{0}: オプションには引数が必要です -- {1}\0"u8 +
            "{0}: unrecognized option {1}\0"u8 + "{0}: 認識できないオプションです {1}\0"u8 +
            "{0}: option {1} doesn't allow an argument\0"u8 + "{0}: オプション {1} は引数を取りません\0"u8 +
            "{0}: option {1} requires an argument\0"u8 + "{0}: オプション {1} には引数が必要です\0"u8 +
            "{0}: option {1} is ambiguous; possibilities: {2}\0"u8 + "{0}: オプション {1} はあいまいです。候補: {2}\0"u8 +
            "netstat.c: Internal Error `longopts 1 range'.\n\0"u8 + "netstat.c: 内部エラー `longopts 1 range'。\n\0"u8 +
            "netstat: --explain: unknown term '{0}' (netstat -tan --explain lists the terms of a listing)\n\0"u8 + "netstat: --explain: 不明な用語です '{0}' (netstat -tan --explain で一覧の用語を表示できます)\n\0"u8 +
            "Counters the kernel reports under this name; netstat prints the ones it does not know as \"name: value\".\0"u8 + "カーネルがこの名前で報告するカウンター。netstat は知らないものを「名前: 値」の形で表示する。\0"u8 +
            "(no explanation: a value net-tools prints for numbers it does not know)\0"u8 + "(説明なし: net-tools が知らない番号に表示する値)\0"u8 +

            "warning, got bogus {0} line {1}.\n\0"u8 + "警告: {0} の不正な行がありました ({1} 行目)。\n\0"u8 +
            "(Not all processes could be identified: --pid and --program see only your own processes.)\n\0"u8 + "(すべてのプロセスは特定できませんでした: --pid と --program には自分のプロセスしか見えません。)\n\0"u8 +
            "netstat: write error: {0}\n\0"u8 + "netstat: 書き込みエラー: {0}\n\0"u8 +

            // -r.
            "No routing for address family `{0}'.\n\0"u8 + "アドレスファミリー `{0}' には経路表がありません。\n\0"u8 +
            "Address family `{0}' not supported.\n\0"u8 + "アドレスファミリー `{0}' には対応していません。\n\0"u8 +
            "INET (IPv4) not configured in this system.\n\0"u8 + "このシステムでは INET (IPv4) が設定されていません。\n\0"u8 +
            "INET6 (IPv6) not configured in this system.\n\0"u8 + "このシステムでは INET6 (IPv6) が設定されていません。\n\0"u8 +
            "AX.25 not configured in this system.\n\0"u8 + "このシステムでは AX.25 が設定されていません。\n\0"u8 +
            "NET/ROM not configured in this system.\n\0"u8 + "このシステムでは NET/ROM が設定されていません。\n\0"u8 +
            "ROSE not configured in this system.\n\0"u8 + "このシステムでは ROSE が設定されていません。\n\0"u8 +
            "DDP (AppleTalk) not configured on this system.\n\0"u8 + "このシステムでは DDP (AppleTalk) が設定されていません。\n\0"u8 +
            "X.25 not configured in this system.\n\0"u8 + "このシステムでは X.25 が設定されていません。\n\0"u8 +
            "IPX routing not in file {0} or {1} found.\n\0"u8 + "IPX の経路表がファイル {0} にも {1} にも見つかりません。\n\0"u8 +
            "Error opening {0}\0"u8 + "{0} を開けません\0"u8 +
            "warning: {0} does not contain required field {1}\n\0"u8 + "警告: {0} に必要なフィールド {1} がありません\n\0"u8 +
            "ERROR: proc_guess_fmt(/proc/net/rt_cache,... returned: {0}\n\0"u8 + "エラー: proc_guess_fmt(/proc/net/rt_cache,...) の戻り値: {0}\n\0"u8 +
            "netstat: the {0} routing table is not supported by this netstat.\n\0"u8 + "netstat: この netstat は {0} の経路表に対応していません。\n\0"u8 +
            "netstat: --json: the {0} routing table has no JSON form (run without --json to see it)\n\0"u8 + "netstat: --json: {0} の経路表には JSON 形式がありません (--json なしで実行すると表示されます)\n\0"u8 +

            // -i.
            "No usable address families found.\n\0"u8 + "使えるアドレスファミリーがありません。\n\0"u8 +
            "Warning: cannot open /proc/net/dev ({0}). Limited output.\n\0"u8 + "警告: /proc/net/dev を開けません ({0})。表示は限られます。\n\0"u8 +
            "warning: no inet socket available: {0}\n\0"u8 + "警告: inet ソケットを使えません: {0}\n\0"u8 +
            "Device not found\0"u8 + "デバイスが見つかりません\0"u8 +
            ": error fetching interface information: {0}\n\0"u8 + ": インターフェース情報の取得でエラー: {0}\n\0"u8 +
            "missing interface information: {0}\n\0"u8 + "インターフェース情報がありません: {0}\n\0"u8 +

            // -s.
            "netstat: No statistics support for specified address family: {0}\n\0"u8 + "netstat: 指定したアドレスファミリーの統計には対応していません: {0}\n\0"u8 +
            "Problem while parsing {0}\n\0"u8 + "{0} の解析中に問題がありました\n\0"u8 +
            "cannot open {0}: {1}\n\0"u8 + "{0} を開けません: {1}\n\0"u8 +

            // Our own options.
            "netstat: -c: invalid interval '{0}' (a number of seconds, such as 0.5)\n\0"u8 + "netstat: -c: 無効な間隔です '{0}' (0.5 のような秒数)\n\0"u8 +
            "netstat: -c: interval too short '{0}' (at least 0.001 seconds)\n\0"u8 + "netstat: -c: 間隔が短すぎます '{0}' (最短 0.001 秒)\n\0"u8 +
            "netstat: -c: interval too long '{0}' (at most {1} seconds)\n\0"u8 + "netstat: -c: 間隔が長すぎます '{0}' (最長 {1} 秒)\n\0"u8 +
            "netstat: --changes: needs -c (a continuous listing to compare)\n\0"u8 + "netstat: --changes: -c が必要です (比べるための連続表示)\n\0"u8 +
            "netstat: --changes: only socket listings can be watched (not -r, -i, -s, -g or -M)\n\0"u8 + "netstat: --changes: 監視できるのはソケットの一覧だけです (-r、-i、-s、-g、-M は不可)\n\0"u8 +
            "netstat: {0}: only socket listings can be filtered (not -r, -i, -s, -g alone or -M)\n\0"u8 + "netstat: {0}: 絞り込めるのはソケットの一覧だけです (-r、-i、-s、-g 単独、-M は不可)\n\0"u8 +
            "netstat: --netns, --netns-pid and --all-netns cannot be combined\0"u8 + "netstat: --netns、--netns-pid、--all-netns は同時に指定できません\0"u8 +
            "netstat: {0}: {1} is not supported with metrics\n\0"u8 + "netstat: {0}: メトリクスでは {1} は使えません\n\0"u8 +
            "netstat: {0}: not a positive number '{1}'\0"u8 + "netstat: {0}: 正の数ではありません '{1}'\0"u8 +
            "netstat: -c needs --prometheus-textfile: the text format holds one snapshot\0"u8 + "netstat: -c には --prometheus-textfile が必要です: テキスト形式には 1 回分しか入りません\0"u8 +
            "netstat: --prometheus and --prometheus-textfile: give one of them\0"u8 + "netstat: --prometheus と --prometheus-textfile: どちらか一方を指定してください\0"u8 +
            "netstat: --prometheus-textfile: empty directory name ''\0"u8 + "netstat: --prometheus-textfile: ディレクトリ名が空です ''\0"u8 +
            "netstat: --prometheus-textfile: no such directory '{0}'\0"u8 + "netstat: --prometheus-textfile: ディレクトリがありません '{0}'\0"u8 +
            "netstat: --prometheus-textfile: cannot write '{0}': {1}\0"u8 + "netstat: --prometheus-textfile: 書き込めません '{0}': {1}\0"u8 +
            "netstat: serve: --prometheus and --prometheus-textfile do not apply to serve\n\0"u8 + "netstat: serve: --prometheus と --prometheus-textfile は serve では使えません\n\0"u8 +
            "netstat: --listen: not an ADDR:PORT (numeric address, port 1-65535) '{0}'\n\0"u8 + "netstat: --listen: ADDR:PORT (数値のアドレス、ポート 1-65535) ではありません '{0}'\n\0"u8 +
            "netstat: serve: cannot listen on {0}: {1}\n\0"u8 + "netstat: serve: {0} で待ち受けできません: {1}\n\0"u8 +
            "netstat: serving metrics at {0}\n\0"u8 + "netstat: {0} でメトリクスを提供しています\n\0"u8 +
            "netstat: --listen applies only to 'netstat serve'\n\0"u8 + "netstat: --listen は 'netstat serve' でだけ使えます\n\0"u8 +
            "netstat: completions: name a shell ({0})\n\0"u8 + "netstat: completions: シェルを指定してください ({0})\n\0"u8 +
            "netstat: completions: unknown shell '{0}' ({1})\n\0"u8 + "netstat: completions: 不明なシェルです '{0}' ({1})\n\0"u8 +
            "{0} or {1}\0"u8 + "{0} または {1}\0"u8 +
            "netstat: {0}: not valid UTF-8 '{1}'\n\0"u8 + "netstat: {0}: 正しい UTF-8 ではありません '{1}'\n\0"u8 +

            // Filter values (--port, --state, --addr ...).
            "netstat: {0}: empty list '{1}'\n\0"u8 + "netstat: {0}: リストが空です '{1}'\n\0"u8 +
            "netstat: {0}: empty item in list '{1}'\n\0"u8 + "netstat: {0}: リストに空の項目があります '{1}'\n\0"u8 +
            "netstat: {0}: port out of range '{1}'\n\0"u8 + "netstat: {0}: ポート番号が範囲外です '{1}'\n\0"u8 +
            "netstat: {0}: port range runs backwards '{1}'\n\0"u8 + "netstat: {0}: ポートの範囲が逆順です '{1}'\n\0"u8 +
            "netstat: {0}: malformed port range '{1}'\n\0"u8 + "netstat: {0}: ポートの範囲の形式が不正です '{1}'\n\0"u8 +
            "netstat: {0}: unknown service '{1}'\n\0"u8 + "netstat: {0}: 不明なサービスです '{1}'\n\0"u8 +
            "netstat: {0}: unknown state '{1}'\n\0"u8 + "netstat: {0}: 不明な状態です '{1}'\n\0"u8 +
            "netstat: {0}: not a process id '{1}'\n\0"u8 + "netstat: {0}: プロセス ID ではありません '{1}'\n\0"u8 +
            "netstat: {0}: empty program name '{1}'\n\0"u8 + "netstat: {0}: プログラム名が空です '{1}'\n\0"u8 +
            "netstat: {0}: user id out of range '{1}'\n\0"u8 + "netstat: {0}: ユーザー ID が範囲外です '{1}'\n\0"u8 +
            "netstat: {0}: unknown user '{1}'\n\0"u8 + "netstat: {0}: 不明なユーザーです '{1}'\n\0"u8 +
            "netstat: {0}: malformed IPv4 address '{1}'\n\0"u8 + "netstat: {0}: IPv4 アドレスの形式が不正です '{1}'\n\0"u8 +
            "netstat: {0}: malformed IPv6 address '{1}'\n\0"u8 + "netstat: {0}: IPv6 アドレスの形式が不正です '{1}'\n\0"u8 +
            "netstat: {0}: malformed prefix length '{1}'\n\0"u8 + "netstat: {0}: プレフィックス長の形式が不正です '{1}'\n\0"u8 +
            "netstat: {0}: prefix length above 32 '{1}'\n\0"u8 + "netstat: {0}: プレフィックス長が 32 を超えています '{1}'\n\0"u8 +
            "netstat: {0}: prefix length above 128 '{1}'\n\0"u8 + "netstat: {0}: プレフィックス長が 128 を超えています '{1}'\n\0"u8 +

            // Network namespaces (--netns, --netns-pid, --all-netns).
            "invalid network namespace name '{0}'\0"u8 + "無効なネットワーク名前空間名です '{0}'\0"u8 +
            "no such network namespace '{0}'\0"u8 + "そのようなネットワーク名前空間はありません '{0}'\0"u8 +
            "cannot open network namespace '{0}': {1}\0"u8 + "ネットワーク名前空間 '{0}' を開けません: {1}\0"u8 +
            "invalid process ID '{0}'\0"u8 + "無効なプロセス ID です '{0}'\0"u8 +
            "no such process '{0}'\0"u8 + "そのようなプロセスはありません '{0}'\0"u8 +
            "cannot open the network namespace of process {0}: {1}\0"u8 + "プロセス {0} のネットワーク名前空間を開けません: {1}\0"u8 +
            "'{0}' is not a network namespace\0"u8 + "'{0}' はネットワーク名前空間ではありません\0"u8 +
            "no /proc/thread-self/ns/net\0"u8 + "/proc/thread-self/ns/net がありません\0"u8 +
            "cannot open this thread's network namespace: {0}\0"u8 + "このスレッドのネットワーク名前空間を開けません: {0}\0"u8 +
            "cannot enter network namespace {0}: {1}\0"u8 + "ネットワーク名前空間 {0} に入れません: {1}\0"u8 +
            "{0} (inode {1})\0"u8 + "{0} (iノード {1})\0"u8 +
            "of PID {0} (inode {1})\0"u8 + "PID {0} のもの (iノード {1})\0"u8 +
            "(inode {0})\0"u8 + "(iノード {0})\0"u8 +

            // Failures of the whole program.
            "netstat: out of virtual memory\n\0"u8 + "netstat: 仮想メモリが不足しています\n\0"u8 +
            "netstat: internal error: {0}\n\0"u8 + "netstat: 内部エラー: {0}\n\0"u8 +

            // The C library's error texts (strerror), as a Japanese system words them.
            "Success\0"u8 + "成功です\0"u8 +
            "Operation not permitted\0"u8 + "許可されていない操作です\0"u8 +
            "No such file or directory\0"u8 + "そのようなファイルやディレクトリはありません\0"u8 +
            "No such process\0"u8 + "そのようなプロセスはありません\0"u8 +
            "Interrupted system call\0"u8 + "システムコールが割り込まれました\0"u8 +
            "Input/output error\0"u8 + "入出力エラーです\0"u8 +
            "No such device or address\0"u8 + "そのようなデバイスやアドレスはありません\0"u8 +
            "Bad file descriptor\0"u8 + "不正なファイル記述子です\0"u8 +
            "Resource temporarily unavailable\0"u8 + "リソースが一時的に利用できません\0"u8 +
            "Cannot allocate memory\0"u8 + "メモリを確保できません\0"u8 +
            "Permission denied\0"u8 + "許可がありません\0"u8 +
            "Bad address\0"u8 + "不正なアドレスです\0"u8 +
            "Device or resource busy\0"u8 + "デバイスまたはリソースが使用中です\0"u8 +
            "File exists\0"u8 + "ファイルが存在します\0"u8 +
            "No such device\0"u8 + "そのようなデバイスはありません\0"u8 +
            "Not a directory\0"u8 + "ディレクトリではありません\0"u8 +
            "Is a directory\0"u8 + "ディレクトリです\0"u8 +
            "Invalid argument\0"u8 + "無効な引数です\0"u8 +
            "Too many open files in system\0"u8 + "システム全体で開いているファイルが多すぎます\0"u8 +
            "Too many open files\0"u8 + "開いているファイルが多すぎます\0"u8 +
            "No space left on device\0"u8 + "デバイスに空き領域がありません\0"u8 +
            "Read-only file system\0"u8 + "読み込み専用ファイルシステムです\0"u8 +
            "Broken pipe\0"u8 + "パイプが切断されました\0"u8 +
            "Numerical result out of range\0"u8 + "計算結果が範囲外です\0"u8 +
            "File name too long\0"u8 + "ファイル名が長すぎます\0"u8 +
            "Function not implemented\0"u8 + "関数は実装されていません\0"u8 +
            "Too many levels of symbolic links\0"u8 + "シンボリックリンクの階層が多すぎます\0"u8 +
            "Protocol error\0"u8 + "プロトコルエラーです\0"u8 +
            "Socket operation on non-socket\0"u8 + "ソケットでないものにソケット操作をしました\0"u8 +
            "Protocol not supported\0"u8 + "プロトコルはサポートされていません\0"u8 +
            "Socket type not supported\0"u8 + "ソケットの種類はサポートされていません\0"u8 +
            "Operation not supported\0"u8 + "サポートされていない操作です\0"u8 +
            "Address family not supported by protocol\0"u8 + "プロトコルはこのアドレスファミリーをサポートしていません\0"u8 +
            "Address already in use\0"u8 + "アドレスは既に使用中です\0"u8 +
            "Cannot assign requested address\0"u8 + "要求されたアドレスを割り当てられません\0"u8 +
            "No buffer space available\0"u8 + "バッファに空きがありません\0"u8 +
            "Connection refused\0"u8 + "接続を拒否されました\0"u8 +

            // -ie: the words of the blocks (flag names, address families and link types are data).
            "[NO FLAGS]\0"u8 + "[フラグなし]\0"u8 +
            "- no statistics available -\0"u8 + "- 統計情報なし -\0"u8 +
            "[NONE SET]\0"u8 + "[未設定]\0"u8 +
            "flags\0"u8 + "フラグ\0"u8 +
            "mtu\0"u8 + "MTU\0"u8 +
            "outfill\0"u8 + "アウトフィル\0"u8 +
            "keepalive\0"u8 + "キープアライブ\0"u8 +
            "netmask\0"u8 + "ネットマスク\0"u8 +
            "broadcast\0"u8 + "ブロードキャスト\0"u8 +
            "destination\0"u8 + "宛先\0"u8 +
            "prefixlen\0"u8 + "プレフィックス長\0"u8 +
            "scopeid\0"u8 + "スコープID\0"u8 +
            "txqueuelen\0"u8 + "送信キュー長\0"u8 +
            "media\0"u8 + "メディア\0"u8 +
            "RX packets\0"u8 + "受信パケット\0"u8 +
            "TX packets\0"u8 + "送信パケット\0"u8 +
            "RX compressed:\0"u8 + "受信圧縮:\0"u8 +
            "TX compressed\0"u8 + "送信圧縮\0"u8 +
            "RX errors\0"u8 + "受信エラー\0"u8 +
            "TX errors\0"u8 + "送信エラー\0"u8 +
            "bytes\0"u8 + "バイト\0"u8 +
            "dropped\0"u8 + "破棄\0"u8 +
            "overruns\0"u8 + "超過\0"u8 +
            "frame\0"u8 + "フレーム\0"u8 +
            "carrier\0"u8 + "キャリア\0"u8 +
            "collisions\0"u8 + "衝突\0"u8 +
            "device\0"u8 + "デバイス\0"u8 +
            "interrupt\0"u8 + "割り込み\0"u8 +
            "base\0"u8 + "ベース\0"u8 +
            "memory\0"u8 + "メモリ\0"u8 +
            "dma\0"u8 + "DMA\0"u8 +

            // -ie: the link types' titles.
            "Local Loopback\0"u8 + "ローカルループバック\0"u8 +
            "Serial Line IP\0"u8 + "シリアルライン IP\0"u8 +
            "VJ Serial Line IP\0"u8 + "VJ 圧縮シリアルライン IP\0"u8 +
            "6-bit Serial Line IP\0"u8 + "6 ビットシリアルライン IP\0"u8 +
            "VJ 6-bit Serial Line IP\0"u8 + "VJ 圧縮 6 ビットシリアルライン IP\0"u8 +
            "Adaptive Serial Line IP\0"u8 + "適応型シリアルライン IP\0"u8 +
            "Ash\0"u8 + "Ash\0"u8 +
            "Ethernet\0"u8 + "イーサネット\0"u8 +
            "AMPR AX.25\0"u8 + "AMPR AX.25\0"u8 +
            "AMPR NET/ROM\0"u8 + "AMPR NET/ROM\0"u8 +
            "AMPR ROSE\0"u8 + "AMPR ROSE\0"u8 +
            "IPIP Tunnel\0"u8 + "IPIP トンネル\0"u8 +
            "Point-to-Point Protocol\0"u8 + "ポイントツーポイントプロトコル\0"u8 +
            "(Cisco)-HDLC\0"u8 + "(Cisco)-HDLC\0"u8 +
            "LAPB\0"u8 + "LAPB\0"u8 +
            "ARCnet\0"u8 + "ARCnet\0"u8 +
            "Frame Relay DLCI\0"u8 + "フレームリレー DLCI\0"u8 +
            "Frame Relay Access Device\0"u8 + "フレームリレーアクセス装置\0"u8 +
            "IPv6-in-IPv4\0"u8 + "IPv6-in-IPv4\0"u8 +
            "Fiber Distributed Data Interface\0"u8 + "光ファイバー分散データインターフェース\0"u8 +
            "HIPPI\0"u8 + "HIPPI\0"u8 +
            "IrLAP\0"u8 + "IrLAP\0"u8 +
            "Econet\0"u8 + "Econet\0"u8 +
            "generic X.25\0"u8 + "汎用 X.25\0"u8 +
            "Generic EUI-64\0"u8 + "汎用 EUI-64\0"u8 +
            "UNSPEC\0"u8 + "未指定\0"u8 +

            // -s: net-tools' sentences, "%llu" standing for the counter's value. Section titles and
            // the counters printed as "Name: value" are the kernel's names and stay as they are.
            "ICMP input histogram:\0"u8 + "ICMP 受信の内訳:\0"u8 +
            "ICMP output histogram:\0"u8 + "ICMP 送信の内訳:\0"u8 +
            "%llu forwarded\0"u8 + "%llu 個のパケットを転送\0"u8 +
            "%llu fragments created\0"u8 + "%llu 個のフラグメントを作成\0"u8 +
            "%llu outgoing packets failed fragmentation\0"u8 + "%llu 個の送信パケットでフラグメント化に失敗\0"u8 +
            "%llu outgoing packets fragmented ok\0"u8 + "%llu 個の送信パケットをフラグメント化\0"u8 +
            "%llu with invalid addresses\0"u8 + "%llu 個はアドレスが無効\0"u8 +
            "%llu incoming packets delivered\0"u8 + "%llu 個の受信パケットを上位層に配送\0"u8 +
            "%llu incoming packets discarded\0"u8 + "%llu 個の受信パケットを破棄\0"u8 +
            "%llu with invalid headers\0"u8 + "%llu 個はヘッダーが無効\0"u8 +
            "%llu total packets received\0"u8 + "%llu 個のパケットを受信 (合計)\0"u8 +
            "%llu with unknown protocol\0"u8 + "%llu 個はプロトコルが不明\0"u8 +
            "%llu outgoing packets dropped\0"u8 + "%llu 個の送信パケットを破棄\0"u8 +
            "%llu dropped because of missing route\0"u8 + "%llu 個を経路がないため破棄\0"u8 +
            "%llu requests sent out\0"u8 + "%llu 個の送信要求\0"u8 +
            "%llu packet reassemblies failed\0"u8 + "%llu 回パケットの再構築に失敗\0"u8 +
            "%llu packets reassembled ok\0"u8 + "%llu 個のパケットを再構築\0"u8 +
            "%llu reassemblies required\0"u8 + "%llu 回の再構築が必要\0"u8 +
            "%llu fragments dropped after timeout\0"u8 + "%llu 個のフラグメントをタイムアウトで破棄\0"u8 +
            "%llu incoming multicast packets\0"u8 + "%llu 個のマルチキャストパケットを受信\0"u8 +
            "%llu incoming packets with no route\0"u8 + "%llu 個の受信パケットに経路がない\0"u8 +
            "%llu with packets too big\0"u8 + "%llu 個はパケットが大きすぎる\0"u8 +
            "%llu with truncated packets\0"u8 + "%llu 個はパケットが切り詰められている\0"u8 +
            "%llu outgoing multicast packets\0"u8 + "%llu 個のマルチキャストパケットを送信\0"u8 +
            "%llu input ICMP message failed\0"u8 + "%llu 個の受信 ICMP メッセージが失敗\0"u8 +
            "%llu ICMP messages received\0"u8 + "%llu 個の ICMP メッセージを受信\0"u8 +
            "%llu ICMP messages failed\0"u8 + "%llu 個の ICMP メッセージの送信に失敗\0"u8 +
            "%llu ICMP messages sent\0"u8 + "%llu 個の ICMP メッセージを送信\0"u8 +
            "address mask replies: %llu\0"u8 + "アドレスマスク応答: %llu\0"u8 +
            "address mask request: %llu\0"u8 + "アドレスマスク要求: %llu\0"u8 +
            "address mask requests: %llu\0"u8 + "アドレスマスク要求: %llu\0"u8 +
            "destination unreachable: %llu\0"u8 + "宛先到達不能: %llu\0"u8 +
            "echo replies: %llu\0"u8 + "エコー応答: %llu\0"u8 +
            "echo requests: %llu\0"u8 + "エコー要求: %llu\0"u8 +
            "wrong parameters: %llu\0"u8 + "パラメーター異常: %llu\0"u8 +
            "parameter problem: %llu\0"u8 + "パラメーター異常: %llu\0"u8 +
            "redirects: %llu\0"u8 + "リダイレクト: %llu\0"u8 +
            "redirect: %llu\0"u8 + "リダイレクト: %llu\0"u8 +
            "source quenches: %llu\0"u8 + "送信元抑制: %llu\0"u8 +
            "source quench: %llu\0"u8 + "送信元抑制: %llu\0"u8 +
            "timeout in transit: %llu\0"u8 + "転送中の時間超過: %llu\0"u8 +
            "time exceeded: %llu\0"u8 + "時間超過: %llu\0"u8 +
            "received ICMPv6 time exceeded: %llu\0"u8 + "ICMPv6 時間超過の受信: %llu\0"u8 +
            "sent ICMPv6 time exceeded: %llu\0"u8 + "ICMPv6 時間超過の送信: %llu\0"u8 +
            "timestamp reply: %llu\0"u8 + "タイムスタンプ応答: %llu\0"u8 +
            "timestamp replies: %llu\0"u8 + "タイムスタンプ応答: %llu\0"u8 +
            "timestamp request: %llu\0"u8 + "タイムスタンプ要求: %llu\0"u8 +
            "timestamp requests: %llu\0"u8 + "タイムスタンプ要求: %llu\0"u8 +
            "group member queries: %llu\0"u8 + "グループメンバー照会: %llu\0"u8 +
            "group member reductions: %llu\0"u8 + "グループメンバー離脱: %llu\0"u8 +
            "group member responses: %llu\0"u8 + "グループメンバー応答: %llu\0"u8 +
            "neighbour advertisement: %llu\0"u8 + "近隣広告: %llu\0"u8 +
            "neighbor advertisements: %llu\0"u8 + "近隣広告: %llu\0"u8 +
            "neighbour solicits: %llu\0"u8 + "近隣要請: %llu\0"u8 +
            "neighbor solicits: %llu\0"u8 + "近隣要請: %llu\0"u8 +
            "packets too big: %llu\0"u8 + "パケット過大: %llu\0"u8 +
            "router advertisement: %llu\0"u8 + "ルーター広告: %llu\0"u8 +
            "router solicits: %llu\0"u8 + "ルーター要請: %llu\0"u8 +
            "%llu active connection openings\0"u8 + "%llu 回の能動的な接続開始\0"u8 +
            "%llu passive connection openings\0"u8 + "%llu 回の受動的な接続開始\0"u8 +
            "%llu failed connection attempts\0"u8 + "%llu 回の接続試行が失敗\0"u8 +
            "%llu connection resets received\0"u8 + "%llu 回の接続リセットを受信\0"u8 +
            "%llu connections established\0"u8 + "%llu 個の確立済みの接続\0"u8 +
            "%llu segments received\0"u8 + "%llu 個のセグメントを受信\0"u8 +
            "%llu segments sent out\0"u8 + "%llu 個のセグメントを送信\0"u8 +
            "%llu segments retransmitted\0"u8 + "%llu 個のセグメントを再送\0"u8 +
            "%llu bad segments received\0"u8 + "%llu 個の不正なセグメントを受信\0"u8 +
            "%llu resets sent\0"u8 + "%llu 回のリセットを送信\0"u8 +
            "%llu packets received\0"u8 + "%llu 個のパケットを受信\0"u8 +
            "%llu packets to unknown port received\0"u8 + "%llu 個の不明なポート宛てのパケットを受信\0"u8 +
            "%llu packet receive errors\0"u8 + "%llu 個のパケット受信エラー\0"u8 +
            "%llu packets sent\0"u8 + "%llu 個のパケットを送信\0"u8 +
            "%llu receive buffer errors\0"u8 + "%llu 回の受信バッファエラー\0"u8 +
            "%llu send buffer errors\0"u8 + "%llu 回の送信バッファエラー\0"u8 +
            "%llu delayed acks further delayed because of locked socket\0"u8 + "%llu 個の遅延 ACK をソケットのロックのためさらに遅延\0"u8 +
            "Quick ack mode was activated %llu times\0"u8 + "クイック ACK モードを %llu 回有効化\0"u8 +
            "%llu delayed acks sent\0"u8 + "%llu 個の遅延 ACK を送信\0"u8 +
            "%llu resets received for embryonic SYN_RECV sockets\0"u8 + "%llu 回のリセットを SYN_RECV の未完成ソケットで受信\0"u8 +
            "%llu SYNs to LISTEN sockets dropped\0"u8 + "%llu 個の LISTEN ソケット宛ての SYN を破棄\0"u8 +
            "%llu times the listen queue of a socket overflowed\0"u8 + "%llu 回ソケットの待ち受けキューがあふれた\0"u8 +
            "%llu ICMP packets dropped because socket was locked\0"u8 + "%llu 個の ICMP パケットをソケットのロックのため破棄\0"u8 +
            "%llu packets dropped from out-of-order queue because of socket buffer overrun\0"u8 + "%llu 個のパケットをソケットバッファ超過のため順序外キューから破棄\0"u8 +
            "%llu ICMP packets dropped because they were out-of-window\0"u8 + "%llu 個の ICMP パケットをウィンドウ外のため破棄\0"u8 +
            "%llu active connections rejected because of time stamp\0"u8 + "%llu 個の能動的な接続をタイムスタンプのため拒否\0"u8 +
            "%llu packets rejected in established connections because of timestamp\0"u8 + "%llu 個のパケットを確立済みの接続でタイムスタンプのため拒否\0"u8 +
            "%llu passive connections rejected because of time stamp\0"u8 + "%llu 個の受動的な接続をタイムスタンプのため拒否\0"u8 +
            "%llu packets pruned from receive queue because of socket buffer overrun\0"u8 + "%llu 個のパケットをソケットバッファ超過のため受信キューから削除\0"u8 +
            "%llu packets pruned from receive queue\0"u8 + "%llu 個のパケットを受信キューから削除\0"u8 +
            "Ran %llu times out of system memory during packet sending\0"u8 + "パケットの送信中にシステムメモリが %llu 回不足\0"u8 +
            "%llu invalid SYN cookies received\0"u8 + "%llu 個の無効な SYN クッキーを受信\0"u8 +
            "%llu SYN cookies received\0"u8 + "%llu 個の SYN クッキーを受信\0"u8 +
            "%llu SYN cookies sent\0"u8 + "%llu 個の SYN クッキーを送信\0"u8 +
            "%llu times unable to send RST due to no memory\0"u8 + "%llu 回メモリ不足のため RST を送信できず\0"u8 +
            "%llu connections reset due to early user close\0"u8 + "%llu 個の接続をユーザーが早く閉じたためリセット\0"u8 +
            "%llu connections reset due to unexpected data\0"u8 + "%llu 個の接続を予期しないデータのためリセット\0"u8 +
            "%llu connections aborted after user close in linger timeout\0"u8 + "%llu 個の接続をユーザーが閉じた後の linger タイムアウトで中断\0"u8 +
            "%llu connections aborted due to memory pressure\0"u8 + "%llu 個の接続をメモリ逼迫のため中断\0"u8 +
            "%llu connections reset due to unexpected SYN\0"u8 + "%llu 個の接続を予期しない SYN のためリセット\0"u8 +
            "%llu connections aborted due to timeout\0"u8 + "%llu 個の接続をタイムアウトのため中断\0"u8 +
            "%llu bytes directly in process context from backlog\0"u8 + "%llu バイトをバックログからプロセスのコンテキストで直接受信\0"u8 +
            "Detected reordering %llu times using FACK\0"u8 + "FACK で順序の入れ替わりを %llu 回検出\0"u8 +
            "Detected reordering %llu times using SACK\0"u8 + "SACK で順序の入れ替わりを %llu 回検出\0"u8 +
            "Detected reordering %llu times using reno fast retransmit\0"u8 + "Reno の高速再送で順序の入れ替わりを %llu 回検出\0"u8 +
            "Detected reordering %llu times using time stamp\0"u8 + "タイムスタンプで順序の入れ替わりを %llu 回検出\0"u8 +
            "%llu fast retransmits\0"u8 + "%llu 回の高速再送\0"u8 +
            "%llu forward retransmits\0"u8 + "%llu 回の前方再送\0"u8 +
            "%llu retransmits in slow start\0"u8 + "%llu 回のスロースタート中の再送\0"u8 +
            "%llu retransmits lost\0"u8 + "%llu 個の再送が消失\0"u8 +
            "%llu congestion windows fully recovered without slow start\0"u8 + "%llu 回輻輳ウィンドウをスロースタートなしで完全に回復\0"u8 +
            "%llu congestion windows recovered without slow start after partial ack\0"u8 + "%llu 回輻輳ウィンドウを部分 ACK の後スロースタートなしで回復\0"u8 +
            "%llu congestion windows partially recovered using Hoe heuristic\0"u8 + "%llu 回輻輳ウィンドウを Hoe のヒューリスティックで部分的に回復\0"u8 +
            "%llu predicted acknowledgments\0"u8 + "%llu 個の予測どおりの確認応答\0"u8 +
            "%llu packet headers predicted\0"u8 + "%llu 個のパケットヘッダーを予測\0"u8 +
            "%llu packet headers predicted and directly queued to user\0"u8 + "%llu 個のパケットヘッダーを予測してユーザーに直接キュー\0"u8 +
            "%llu timeouts in loss state\0"u8 + "%llu 回の損失状態でのタイムアウト\0"u8 +
            "%llu timeouts after reno fast retransmit\0"u8 + "%llu 回の Reno の高速再送後のタイムアウト\0"u8 +
            "%llu times recovered from packet loss due to fast retransmit\0"u8 + "%llu 回パケット損失から高速再送で回復\0"u8 +
            "TCP ran low on memory %llu times\0"u8 + "TCP のメモリが %llu 回不足\0"u8 +
            "%llu packets directly queued to recvmsg prequeue\0"u8 + "%llu 個のパケットを recvmsg のプレキューに直接キュー\0"u8 +
            "%llu acknowledgments not containing data payload received\0"u8 + "%llu 個のデータを含まない確認応答を受信\0"u8 +
            "%llu packets collapsed in receive queue due to low socket buffer\0"u8 + "%llu 個のパケットをソケットバッファ不足のため受信キューでまとめた\0"u8 +
            "%llu times receiver scheduled too late for direct processing\0"u8 + "%llu 回受信側のスケジュールが直接処理に間に合わず\0"u8 +
            "%llu TCP sockets finished time wait in fast timer\0"u8 + "%llu 個の TCP ソケットが高速タイマーで TIME_WAIT を終了\0"u8 +
            "%llu time wait sockets recycled by time stamp\0"u8 + "%llu 個の TIME_WAIT ソケットをタイムスタンプで再利用\0"u8 +
            "%llu Active Associations\0"u8 + "%llu 個の能動的なアソシエーション\0"u8 +
            "%llu Passive Associations\0"u8 + "%llu 個の受動的なアソシエーション\0"u8 +
            "%llu Current Associations\0"u8 + "%llu 個の現在のアソシエーション\0"u8 +
            "%llu Number of Aborteds \0"u8 + "%llu 個の中断されたアソシエーション\0"u8 +
            "%llu Number of Graceful Terminations\0"u8 + "%llu 回の正常な終了\0"u8 +
            "%llu Number of Out of Blue packets\0"u8 + "%llu 個の Out of the Blue パケット\0"u8 +
            "%llu Number of Packets with invalid Checksum\0"u8 + "%llu 個のチェックサムが無効なパケット\0"u8 +
            "%llu Number of control chunks sent\0"u8 + "%llu 個の制御チャンクを送信\0"u8 +
            "%llu Number of ordered chunks sent\0"u8 + "%llu 個の順序付きチャンクを送信\0"u8 +
            "%llu Number of Unordered chunks sent\0"u8 + "%llu 個の順序なしチャンクを送信\0"u8 +
            "%llu Number of control chunks received\0"u8 + "%llu 個の制御チャンクを受信\0"u8 +
            "%llu Number of ordered chunks received\0"u8 + "%llu 個の順序付きチャンクを受信\0"u8 +
            "%llu Number of Unordered chunks received\0"u8 + "%llu 個の順序なしチャンクを受信\0"u8 +
            "%llu Number of messages fragmented\0"u8 + "%llu 個のフラグメント化したメッセージ\0"u8 +
            "%llu Number of messages reassembled \0"u8 + "%llu 個の再構築したメッセージ\0"u8 +
            "%llu Number of SCTP packets sent\0"u8 + "%llu 個の SCTP パケットを送信\0"u8 +
            "%llu Number of SCTP packets received\0"u8 + "%llu 個の SCTP パケットを受信\0"u8 +

            // --explain headings and labels.
            "Columns of the Internet socket table:\0"u8 + "インターネットソケット表の列:\0"u8 +
            "Columns of the UNIX socket table:\0"u8 + "UNIX ソケット表の列:\0"u8 +
            "Columns of the routing table:\0"u8 + "経路表の列:\0"u8 +
            "Columns of the interface table:\0"u8 + "インターフェース表の列:\0"u8 +
            "Columns of the multicast group table:\0"u8 + "マルチキャストグループ表の列:\0"u8 +
            "Protocols in this output:\0"u8 + "この出力のプロトコル:\0"u8 +
            "TCP states in this output:\0"u8 + "この出力の TCP の状態:\0"u8 +
            "UDP states in this output:\0"u8 + "この出力の UDP の状態:\0"u8 +
            "Timers in this output:\0"u8 + "この出力のタイマー:\0"u8 +
            "timer\0"u8 + "タイマー\0"u8 +
            "UNIX socket types in this output:\0"u8 + "この出力の UNIX ソケットの種類:\0"u8 +
            "UNIX socket states in this output:\0"u8 + "この出力の UNIX ソケットの状態:\0"u8 +
            "UNIX socket flags in this output:\0"u8 + "この出力の UNIX ソケットのフラグ:\0"u8 +
            "Route flags in this output:\0"u8 + "この出力の経路フラグ:\0"u8 +
            "IPv6 route flags in this output:\0"u8 + "この出力の IPv6 経路フラグ:\0"u8 +
            "Interface flags in this output:\0"u8 + "この出力のインターフェースフラグ:\0"u8 +
            "Sections in this output:\0"u8 + "この出力のセクション:\0"u8 +
            "column of the Internet socket table\0"u8 + "インターネットソケット表の列\0"u8 +
            "column of the UNIX socket table\0"u8 + "UNIX ソケット表の列\0"u8 +
            "column of the routing table\0"u8 + "経路表の列\0"u8 +
            "column of the interface table\0"u8 + "インターフェース表の列\0"u8 +
            "column of the multicast group table\0"u8 + "マルチキャストグループ表の列\0"u8 +
            "protocol\0"u8 + "プロトコル\0"u8 +
            "TCP state\0"u8 + "TCP の状態\0"u8 +
            "UDP state\0"u8 + "UDP の状態\0"u8 +
            "UNIX socket type\0"u8 + "UNIX ソケットの種類\0"u8 +
            "UNIX socket state\0"u8 + "UNIX ソケットの状態\0"u8 +
            "UNIX socket flag\0"u8 + "UNIX ソケットのフラグ\0"u8 +
            "route flag\0"u8 + "経路フラグ\0"u8 +
            "IPv6 route flag\0"u8 + "IPv6 経路フラグ\0"u8 +
            "interface flag\0"u8 + "インターフェースフラグ\0"u8 +
            "section of netstat -s\0"u8 + "netstat -s のセクション\0"u8 +

            // Usage (net-tools' text, translated; option names stay as they are).
            "\nnetstat for .NET adds (full names only):\n\0"u8 + "\nnetstat for .NET が追加するオプション (省略不可):\n\0"u8 +
            "continuous listing every SECONDS (default 1)\0"u8 + "SECONDS 秒ごとに連続して表示 (既定 1)\0"u8 +
            "write the output as JSON (schema in docs/json-schema.json)\0"u8 + "JSON で出力 (スキーマは docs/json-schema.json)\0"u8 +
            "only sockets with this local or remote port (80,https,8000-8099)\0"u8 + "ローカルまたは相手のポートがこれであるソケットのみ (80,https,8000-8099)\0"u8 +
            "only sockets with this local port\0"u8 + "ローカルのポートがこれであるソケットのみ\0"u8 +
            "only sockets with this remote port\0"u8 + "相手のポートがこれであるソケットのみ\0"u8 +
            "only sockets in these states (established,time_wait,listening,connected)\0"u8 + "これらの状態のソケットのみ (established,time_wait,listening,connected)\0"u8 +
            "only sockets held by these processes\0"u8 + "これらのプロセスが持つソケットのみ\0"u8 +
            "only sockets held by this program (a * matches anything)\0"u8 + "このプログラムが持つソケットのみ (* は任意の文字列)\0"u8 +
            "only sockets owned by this user\0"u8 + "このユーザーが所有するソケットのみ\0"u8 +
            "only sockets with a local or remote address in CIDR\0"u8 + "ローカルまたは相手のアドレスが CIDR に含まれるソケットのみ\0"u8 +
            "only sockets with a local address in CIDR\0"u8 + "ローカルのアドレスが CIDR に含まれるソケットのみ\0"u8 +
            "only sockets with a remote address in CIDR\0"u8 + "相手のアドレスが CIDR に含まれるソケットのみ\0"u8 +
            "read the tables of network namespace NAME (/run/netns)\0"u8 + "ネットワーク名前空間 NAME (/run/netns) の表を読む\0"u8 +
            "read the tables of the network namespace of process PID\0"u8 + "プロセス PID のネットワーク名前空間の表を読む\0"u8 +
            "read the tables of every network namespace, one section each\0"u8 + "すべてのネットワーク名前空間の表を読む (名前空間ごとに 1 セクション)\0"u8 +
            "with -c: print the table once, then only sockets that came (+) or went (-)\0"u8 + "-c と併用: 表を 1 回表示し、以後は現れた (+) ソケットと消えた (-) ソケットだけを表示\0"u8 +
            "write metrics in the Prometheus text format\0"u8 + "Prometheus のテキスト形式でメトリクスを出力\0"u8 +
            "write metrics to DIR/netstat.prom for node_exporter\0"u8 + "node_exporter 用にメトリクスを DIR/netstat.prom に書く\0"u8 +
            "with 'serve': where to serve /metrics (default 127.0.0.1:9117)\0"u8 + "'serve' と併用: /metrics を提供するアドレス (既定 127.0.0.1:9117)\0"u8 +
            "explain the columns and values of this output, or one TERM\0"u8 + "この出力の列と値、または 1 つの TERM を説明\0"u8 +
            "print the shell completion script\0"u8 + "シェル補完スクリプトを表示\0"u8 +
            "serve Prometheus metrics over HTTP at /metrics\0"u8 + "HTTP の /metrics で Prometheus のメトリクスを提供\0"u8;

        public static ReadOnlySpan<byte> Explanations(TermKind kind) => kind switch
        {
            TermKind.InternetColumn =>
                "Proto\0"u8 + "プロトコル: tcp、udp、udpl (UDP-Lite)、raw。末尾の 6 は IPv6 ソケット (マップされたアドレス ::ffff:a.b.c.d で IPv4 も扱える)。\0"u8 +
                "Recv-Q\0"u8 + "受信キュー: 受信したがプログラムがまだ読んでいないデータ。TCP はバイト数。待ち受け中 (LISTEN) の TCP ソケットでは、接続が完了して accept() を待っている数 (accept キューの現在の長さ)。UDP と raw はキュー中のデータグラムが占めるカーネルメモリ (skb の truesize、ヘッダと管理領域を含む) で、ペイロードのバイト数ではない。\0"u8 +
                "Send-Q\0"u8 + "送信キュー: TCP は送信したが相手からまだ確認応答 (ACK) のないバイト数と未送信のバイト数。待ち受け中の TCP ソケットではバックログ、つまり accept キューの上限 (listen() の引数、net.core.somaxconn で制限)。UDP と raw は送信待ちデータグラムのカーネルメモリ。\0"u8 +
                "Local Address\0"u8 + "ローカルアドレス: ソケットのこちら側のアドレス:ポート。0.0.0.0 や :: はすべてのローカルアドレス、* はまだ決まっていないポート。-n がなければ名前に変換し、-W がなければ欄に合わせて切り詰める。\0"u8 +
                "Foreign Address\0"u8 + "外部アドレス: 通信相手のアドレス:ポート。0.0.0.0:* や :::* は相手がいないこと (待ち受け中のソケット、接続していない UDP や raw のソケット)。\0"u8 +
                "State\0"u8 + "状態: TCP では接続の状態 (状態ごとに説明あり)。UDP は connect() で相手を決めたとき ESTABLISHED、それ以外は空 (UDP に接続はない)。raw はカーネルの状態番号。\0"u8 +
                "User\0"u8 + "ユーザー: ソケットの所有者 (作成したユーザー)。-n や --numeric-users がなければ名前で表示。\0"u8 +
                "Inode\0"u8 + "iノード: カーネルのソケットファイルシステムでのソケットの i ノード番号。/proc/PID/fd/N が socket:[番号] を指すので、-p はこれで所有プロセスを探す。\0"u8 +
                "PID/Program name\0"u8 + "ソケットを開いているプロセス (PID/名前、名前は欄に合わせて切り詰め)。不明なときは '-': 他のユーザーのプロセス (root で実行すれば見える)、またはプロセスがない (TIME_WAIT のソケット、カーネルのソケット)。\0"u8 +
                "Timer\0"u8 + "タイマー (-o): 種類 (on = 再送、keepalive、timewait、probe = ゼロウィンドウ探査、off = なし) と (残り秒数/再送回数/送った keepalive の数)。\0"u8,
            TermKind.UnixColumn =>
                "Proto\0"u8 + "unix: UNIX ドメインソケット。このマシンのプロセス同士がカーネルを介して通信する。\0"u8 +
                "RefCnt\0"u8 + "参照数: カーネルがソケットに持つ参照の数 (開いているディスクリプタ、接続相手などカーネル内の利用者)。\0"u8 +
                "Flags\0"u8 + "フラグ: 角かっこ内のソケットのフラグ。待ち受け中のソケットは ACC。現在のカーネルはほかのフラグを報告しない。\0"u8 +
                "Type\0"u8 + "種類: ソケットの型。STREAM、DGRAM、SEQPACKET (RAW と RDM は古い表や合成した表にだけ現れる)。\0"u8 +
                "State\0"u8 + "状態: LISTENING、CONNECTED、CONNECTING、DISCONNECTING。接続も待ち受けもしていないソケット (多くの DGRAM、listen() 前のサーバー) は空。\0"u8 +
                "I-Node\0"u8 + "iノード: ソケット自身の i ノード番号 (パスのファイルの i ノードではない)。/proc/PID/fd/N が socket:[番号] を指す。\0"u8 +
                "PID/Program name\0"u8 + "ソケットを開いているプロセス (PID/名前、名前は欄に合わせて切り詰め)。不明なときは '-': 他のユーザーのプロセス (root で実行すれば見える)、またはプロセスがない (TIME_WAIT のソケット、カーネルのソケット)。\0"u8 +
                "Path\0"u8 + "パス: ソケットに付けた名前。ファイルシステムのパス、または抽象名なら @名前 (ファイルはない)。名前のないソケット (クライアント側、socketpair() で作ったもの) は空。\0"u8,
            TermKind.RouteColumn =>
                "Destination\0"u8 + "宛先: 経路の行き先のネットワーク (またはホスト)。default は 0.0.0.0/0 ですべてのアドレスに一致する。IPv6 はアドレス/プレフィックス長。\0"u8 +
                "Gateway\0"u8 + "ゲートウェイ: パケットを渡すルーター。0.0.0.0 (名前表示では *) はなし、つまり宛先が同じリンク上にある。\0"u8 +
                "Genmask\0"u8 + "ネットマスク: 宛先のネットマスク。255.255.255.255 は単一ホスト、0.0.0.0 はデフォルト経路。一致するうち最も長いマスクが優先。\0"u8 +
                "Flags\0"u8 + "フラグ: 経路のフラグ、1 文字ずつ (U 有効、G ゲートウェイ経由、H ホスト、! 拒否 …。文字ごとに説明あり)。\0"u8 +
                "Flag\0"u8 + "フラグ: IPv6 経路のフラグ、1 文字ずつ (U 有効、G ゲートウェイ経由、A 自動設定、C キャッシュ …)。\0"u8 +
                "Metric\0"u8 + "メトリック: 経路のコスト。同じ宛先への経路のうち最小のものをカーネルが使う。\0"u8 +
                "Met\0"u8 + "メトリック: IPv6 経路のコスト (最小のものが優先)。\0"u8 +
                "Ref\0"u8 + "参照: 経路への参照数。Linux は IPv4 の FIB では常に 0 を報告する。\0"u8 +
                "Use\0"u8 + "使用数: 経路が参照された回数。IPv4 の経路キャッシュがなくなって (3.6) から Linux は数えておらず、FIB では 0。\0"u8 +
                "Iface\0"u8 + "インターフェース: この経路のパケットが出ていくインターフェース。\0"u8 +
                "If\0"u8 + "インターフェース: IPv6 経路のインターフェース。\0"u8 +
                "MSS\0"u8 + "経路に設定した MTU (ip route ... mtu N)。net-tools はこれを MSS と表示する。0 は未設定。\0"u8 +
                "Window\0"u8 + "ウィンドウ: 経路に設定した TCP ウィンドウ (ip route ... window N)。0 は未設定。\0"u8 +
                "irtt\0"u8 + "経路に設定した初期往復時間 (ip route ... rtt)。TCP の最初の再送タイマーに使う。0 はカーネルの既定値。\0"u8 +
                "Next Hop\0"u8 + "次ホップ: パケットを渡す IPv6 ルーター。:: はなし (宛先が同じリンク上)。\0"u8 +
                "Source\0"u8 + "経路キャッシュ: キャッシュしたフローの送信元アドレス。\0"u8 +
                "HH\0"u8 + "経路キャッシュ (Linux 2.0 の形式): キャッシュしたハードウェアヘッダの参照数。\0"u8 +
                "Arp\0"u8 + "経路キャッシュ (Linux 2.0 の形式): ARP エントリが解決済みかどうか。\0"u8 +
                "TOS\0"u8 + "経路キャッシュ: キャッシュしたフローのサービス種別 (TOS)。\0"u8 +
                "HHRef\0"u8 + "経路キャッシュ: キャッシュしたハードウェアヘッダへの参照数 (-1 はなし)。\0"u8 +
                "HHUptod\0"u8 + "経路キャッシュ: キャッシュしたハードウェアヘッダが最新かどうか。\0"u8 +
                "SpecDst\0"u8 + "経路キャッシュ: 特定の宛先 (応答の送信元になるローカルアドレス)。\0"u8,
            TermKind.InterfaceColumn =>
                "Iface\0"u8 + "インターフェース: インターフェースの名前。\0"u8 +
                "MTU\0"u8 + "最大転送単位: インターフェースが分割せずに送れる最大のパケット (バイト)。\0"u8 +
                "RX-OK\0"u8 + "受信OK: 正しく受信したパケット数。\0"u8 +
                "RX-ERR\0"u8 + "受信エラー: エラーのあった受信パケット数 (チェックサム、フレーム、長さの異常など)。\0"u8 +
                "RX-DRP\0"u8 + "受信破棄: カーネルやドライバーが捨てた受信パケット数 (バッファ不足、未知のプロトコル、インターフェース停止中など)。\0"u8 +
                "RX-OVR\0"u8 + "受信超過: ホストが読み出す前にデバイスの FIFO があふれて失ったパケット数。\0"u8 +
                "TX-OK\0"u8 + "送信OK: 正しく送信したパケット数。\0"u8 +
                "TX-ERR\0"u8 + "送信エラー: 送信に失敗したパケット数 (キャリア喪失、中断など)。\0"u8 +
                "TX-DRP\0"u8 + "送信破棄: 送信前に捨てたパケット数 (キューが満杯など)。\0"u8 +
                "TX-OVR\0"u8 + "送信超過: デバイスの送信 FIFO のエラー数。\0"u8 +
                "Flg\0"u8 + "フラグ: インターフェースのフラグ、1 文字ずつ (B ブロードキャスト、L ループバック、M マルチキャスト、R 動作中、U 有効 …)。\0"u8,
            TermKind.GroupColumn =>
                "Interface\0"u8 + "インターフェース: マルチキャストグループに参加したインターフェース。\0"u8 +
                "RefCnt\0"u8 + "参照数: このインターフェースでグループに参加した回数 (ソケットとカーネル自身)。\0"u8 +
                "Group\0"u8 + "グループ: マルチキャストグループのアドレス (-n がなければ名前)。224.0.0.1 (all-systems) と ff02::1 にはどのインターフェースも参加する。\0"u8,
            TermKind.Protocol =>
                "tcp\0"u8 + "IPv4 上の TCP。\0"u8 +
                "tcp6\0"u8 + "IPv6 上の TCP (IPV6_V6ONLY でなければマップされたアドレスで IPv4 も)。\0"u8 +
                "udp\0"u8 + "IPv4 上の UDP。\0"u8 +
                "udp6\0"u8 + "IPv6 上の UDP (IPV6_V6ONLY でなければマップされたアドレスで IPv4 も)。\0"u8 +
                "udpl\0"u8 + "IPv4 上の UDP-Lite: チェックサムがパケットの一部だけを対象にできる UDP。\0"u8 +
                "udpl6\0"u8 + "IPv6 上の UDP-Lite。\0"u8 +
                "raw\0"u8 + "IPv4 の raw ソケット: あるプロトコルの IP パケットをそのまま扱う (ping の ICMP など)。ポートの欄はプロトコル番号。\0"u8 +
                "raw6\0"u8 + "IPv6 の raw ソケット (ping6 の ICMPv6、ルーティングデーモンなど)。\0"u8 +
                "unix\0"u8 + "UNIX ドメインソケット (プロセス間のローカル通信)。\0"u8,
            TermKind.TcpState =>
                "ESTABLISHED\0"u8 + "接続が確立し、双方向にデータを送れる。\0"u8 +
                "SYN_SENT\0"u8 + "connect() が SYN を送り、相手の SYN-ACK を待っている。同じ相手へのものが多いなら、相手が応答していない (停止中かフィルタされている)。\0"u8 +
                "SYN_RECV\0"u8 + "待ち受け中のソケットに SYN が届き SYN-ACK を返した。ハンドシェイク最後の ACK をまだ受け取っていない。大量なら SYN フラッド (または消えたクライアント) の可能性。\0"u8 +
                "FIN_WAIT1\0"u8 + "こちらが閉じて (FIN を送って) その確認応答を待っている。\0"u8 +
                "FIN_WAIT2\0"u8 + "こちらの FIN は確認されたが、相手がまだ閉じていない。プログラムがソケットを閉じた後は、カーネルがこの状態を最長 net.ipv4.tcp_fin_timeout (既定 60 秒) 保つ。\0"u8 +
                "TIME_WAIT\0"u8 + "こちらが先に閉じ、接続は終わった。遅れて届いたセグメントを新しい接続のものと取り違えないよう、Linux ではソケットが 60 秒残る (TCP_TIMEWAIT_LEN、固定値)。大量にあっても正常で無害。どのプロセスにも属さない。\0"u8 +
                "CLOSE\0"u8 + "閉じている: 接続も待ち受けもしていないソケット (作成・バインドしただけ、またはリセットされた直後)。カーネルの TCP_CLOSE、RFC 793 の CLOSED。\0"u8 +
                "CLOSE_WAIT\0"u8 + "相手が閉じた (FIN が届いた) が、ローカルのプログラムがまだソケットを閉じていない。CLOSE_WAIT が残り続けるのは、たいていプログラムが close() を忘れているため。\0"u8 +
                "LAST_ACK\0"u8 + "相手が先に閉じ、続いてこちらも閉じた。こちらの FIN への ACK を待っている。\0"u8 +
                "LISTEN\0"u8 + "接続を待ち受けるサーバーソケット (listen())。受信キューは accept キューで今待っている接続数、送信キューはその上限 (バックログ)。-l か -a で表示。\0"u8 +
                "CLOSING\0"u8 + "双方が同時に FIN を送った。こちらの FIN への ACK を待っている。\0"u8,
            TermKind.UdpState =>
                "ESTABLISHED\0"u8 + "UDP では connect() で相手を決めたというだけ: 既定の送信先になり、その相手からだけ受信する。UDP に接続はない。\0"u8,
            TermKind.Timer =>
                "off\0"u8 + "ソケットで動いているタイマーはない。\0"u8 +
                "on\0"u8 + "再送タイマー: 満了すると確認応答のないデータ (または SYN、SYN-ACK) を再送する。2 番目の数はこれまでの再送回数。\0"u8 +
                "keepalive\0"u8 + "keepalive タイマー (SO_KEEPALIVE)。カーネルはプロセスのない FIN_WAIT2 のソケットを終わらせるのにも使う。3 番目の数は送った keepalive の数。\0"u8 +
                "timewait\0"u8 + "TIME_WAIT タイマー: ソケットが消えるまでの残り時間。\0"u8 +
                "probe\0"u8 + "ゼロウィンドウ探査タイマー: 相手の受信ウィンドウが一杯なので、開くまでカーネルが探査する。\0"u8 +
                "on1\0"u8 + "TCP 以外のソケットのタイマーコード 1: Linux は UDP と raw のタイマーを報告しないので、古い表や合成した表にだけ現れる。\0"u8 +
                "on2\0"u8 + "TCP 以外のソケットのタイマーコード 2: Linux は UDP と raw のタイマーを報告しないので、古い表や合成した表にだけ現れる。\0"u8,
            TermKind.UnixType =>
                "STREAM\0"u8 + "SOCK_STREAM: TCP のようなバイトストリームの接続。\0"u8 +
                "DGRAM\0"u8 + "SOCK_DGRAM: 接続なしの個別のメッセージ (UNIX ソケットでは UDP と違い、確実に順序どおり届く)。\0"u8 +
                "RAW\0"u8 + "SOCK_RAW: UNIX ソケットでは DGRAM と同じに扱われる。\0"u8 +
                "RDM\0"u8 + "SOCK_RDM (確実に配送されるメッセージ): Linux の UNIX ソケットにはない。古い表や合成した表にだけ現れる。\0"u8 +
                "SEQPACKET\0"u8 + "SOCK_SEQPACKET: メッセージの区切りを保つ接続。\0"u8,
            TermKind.UnixState =>
                "FREE\0"u8 + "SS_FREE: 割り当てられていない (現在のカーネルでは見られない)。\0"u8 +
                "LISTENING\0"u8 + "接続を待ち受けるサーバーソケット (listen()、ACC フラグ)。\0"u8 +
                "CONNECTING\0"u8 + "SS_CONNECTING: 接続の途中。\0"u8 +
                "CONNECTED\0"u8 + "SS_CONNECTED: 相手のソケットと接続している。\0"u8 +
                "DISCONNECTING\0"u8 + "SS_DISCONNECTING: 接続を切断している途中。\0"u8,
            TermKind.UnixFlag =>
                "ACC\0"u8 + "__SO_ACCEPTCON: 待ち受け中で接続を受け付ける。\0"u8 +
                "W\0"u8 + "SO_WAITDATA: プロセスがデータを待っている。古いカーネルのみ (現在のカーネルは ACC だけを報告する)。\0"u8 +
                "N\0"u8 + "SO_NOSPACE: プロセスが送信の空きを待っている。古いカーネルのみ (現在のカーネルは ACC だけを報告する)。\0"u8,
            TermKind.RouteFlag =>
                "U\0"u8 + "RTF_UP: 経路が有効 (使用可能)。\0"u8 +
                "G\0"u8 + "RTF_GATEWAY: パケットはルーター (ゲートウェイ欄) を経由する。\0"u8 +
                "!\0"u8 + "RTF_REJECT: パケットを拒否する経路 (unreachable、prohibit、blackhole)。U と G の代わりに表示。\0"u8 +
                "H\0"u8 + "RTF_HOST: 宛先はネットワークでなく 1 台のホスト。\0"u8 +
                "R\0"u8 + "RTF_REINSTATE: 動的な変更の後に復元された (歴史的なもの。Linux の /proc は報告しない)。\0"u8 +
                "D\0"u8 + "RTF_DYNAMIC: ICMP リダイレクトやルーティングデーモンが作った (Linux では歴史的なもの)。\0"u8 +
                "M\0"u8 + "RTF_MODIFIED: ICMP リダイレクトで変更された (Linux では歴史的なもの)。\0"u8 +
                "d\0"u8 + "RTF_DEFAULT: ルーター広告によるデフォルト経路 (IPv6 のフラグ。IPv4 の表にはない)。\0"u8 +
                "a\0"u8 + "RTF_ALLONLINK: すべての宛先がリンク上にある (IPv6 のフラグ)。\0"u8 +
                "c\0"u8 + "RTF_ADDRCONF (アドレス自動設定で作られた) または RTF_CACHE (キャッシュのエントリ)。どちらも IPv6 のフラグで c と表示。\0"u8 +
                "o\0"u8 + "RTF_NONEXTHOP: 次ホップがない (IPv6 のフラグ)。\0"u8 +
                "e\0"u8 + "RTF_EXPIRES: 期限切れになる経路 (IPv6 のフラグ)。\0"u8 +
                "f\0"u8 + "RTF_FLOW: フロー単位の経路 (歴史的なもの)。\0"u8 +
                "p\0"u8 + "RTF_POLICY: ポリシー経路 (歴史的なもの)。\0"u8 +
                "l\0"u8 + "RTF_LOCAL: ローカルアドレスへの経路 (歴史的なもの)。\0"u8 +
                "u\0"u8 + "RTF_MTU: 経路に固有の MTU がある (歴史的なフラグ。MSS 欄に表示)。\0"u8 +
                "w\0"u8 + "RTF_WINDOW: 経路に固有の TCP ウィンドウがある (歴史的なフラグ)。\0"u8 +
                "i\0"u8 + "RTF_IRTT: 経路に固有の初期往復時間がある (歴史的なフラグ)。\0"u8 +
                "n\0"u8 + "RTF_NOTCACHED: キャッシュされない経路 (歴史的なもの)。\0"u8,
            TermKind.Ipv6RouteFlag =>
                "U\0"u8 + "RTF_UP: 経路が有効。\0"u8 +
                "!\0"u8 + "RTF_REJECT: パケットを拒否する経路 (unreachable、prohibit、blackhole。そうした経路の lo のエントリ)。\0"u8 +
                "G\0"u8 + "RTF_GATEWAY: パケットは次ホップのルーターを経由する。\0"u8 +
                "H\0"u8 + "RTF_HOST: 1 つのアドレス (/128) への経路。\0"u8 +
                "D\0"u8 + "RTF_DEFAULT: ルーター広告で得たデフォルト経路。\0"u8 +
                "A\0"u8 + "RTF_ADDRCONF: アドレス自動設定 (ルーター広告のプレフィックス) で作られた。\0"u8 +
                "C\0"u8 + "RTF_CACHE: 経路のキャッシュされた複製 (PMTU やリダイレクトの例外)。-C で表示。\0"u8 +
                "a\0"u8 + "RTF_ALLONLINK: すべての宛先がリンク上にある。\0"u8 +
                "e\0"u8 + "RTF_EXPIRES: 期限切れになる経路 (ルーター広告で得たもの)。\0"u8 +
                "m\0"u8 + "RTF_MODIFIED: リダイレクトで変更された。\0"u8 +
                "n\0"u8 + "RTF_NONEXTHOP: 次ホップがない。\0"u8 +
                "f\0"u8 + "RTF_FLOW: フロー単位の経路。\0"u8,
            TermKind.InterfaceFlag =>
                "A\0"u8 + "ALLMULTI: すべてのマルチキャストパケットを受信する (マルチキャストルーター)。\0"u8 +
                "B\0"u8 + "BROADCAST: ブロードキャストアドレスが使える。\0"u8 +
                "D\0"u8 + "DEBUG: ドライバーのデバッグが有効。\0"u8 +
                "L\0"u8 + "LOOPBACK: ループバックインターフェース (lo)。\0"u8 +
                "M\0"u8 + "MULTICAST: マルチキャストに対応。\0"u8 +
                "d\0"u8 + "DYNAMIC: アドレスが動的 (ダイヤルアップ回線)。\0"u8 +
                "P\0"u8 + "PROMISC (リンク上のすべてのパケットを受信、tcpdump 実行中など) または POINTOPOINT (ポイントツーポイント接続: トンネル、PPP)。net-tools はどちらも P と表示する。\0"u8 +
                "N\0"u8 + "NOTRAILERS: トレーラーを使わない (歴史的なもの、Linux は無視)。\0"u8 +
                "O\0"u8 + "NOARP: このインターフェースでは ARP を使わない (解決するリンク層アドレスがない)。\0"u8 +
                "s\0"u8 + "SLAVE: ボンディングのマスターの配下にある。\0"u8 +
                "m\0"u8 + "MASTER: ボンディングのマスター。\0"u8 +
                "R\0"u8 + "RUNNING: リンクが上がっていて (キャリアあり) 資源が割り当てられている。\0"u8 +
                "U\0"u8 + "UP: インターフェースが有効にされている (ip link set ... up)。\0"u8,
            TermKind.StatisticsSection =>
                "Ip\0"u8 + "IPv4 のカウンター (/proc/net/snmp、RFC 1213 の MIB): 受信、配送、転送、破棄、フラグメント化したパケット。\0"u8 +
                "Icmp\0"u8 + "ICMP のカウンター: 送受信したメッセージとエラー、種類ごとのヒストグラム。\0"u8 +
                "IcmpMsg\0"u8 + "種類番号ごとの ICMP メッセージ (InType8 = 受信したエコー要求、OutType0 = 送信したエコー応答 …)。\0"u8 +
                "Tcp\0"u8 + "TCP のカウンター: 能動的・受動的に開いた接続、失敗、リセット、送受信・再送したセグメント。\0"u8 +
                "Udp\0"u8 + "UDP のカウンター: 送受信したデータグラム、待ち受けのないポート宛て、受信エラー、バッファエラー。\0"u8 +
                "UdpLite\0"u8 + "UDP-Lite の同じカウンター。\0"u8 +
                "TcpExt\0"u8 + "Linux 拡張の TCP カウンター (/proc/net/netstat): SYN クッキー、TIME_WAIT、listen キューのあふれと破棄、再送、SACK …。\0"u8 +
                "IpExt\0"u8 + "Linux 拡張の IP カウンター: マルチキャスト・ブロードキャストのパケット、送受信バイト数、ECN マーク。\0"u8 +
                "MPTcpExt\0"u8 + "マルチパス TCP のカウンター。\0"u8 +
                "Ip6\0"u8 + "IPv6 のカウンター (/proc/net/snmp6)。\0"u8 +
                "Icmp6\0"u8 + "ICMPv6 のカウンター、種類ごとのヒストグラム (近隣探索とルーター探索を含む)。\0"u8 +
                "Udp6\0"u8 + "IPv6 上の UDP のカウンター。\0"u8 +
                "UdpLite6\0"u8 + "IPv6 上の UDP-Lite のカウンター。\0"u8 +
                "Tcp6\0"u8 + "IPv6 上の TCP のカウンター (Linux は両方のファミリーの TCP を Tcp にまとめて数える)。\0"u8 +
                "Sctp\0"u8 + "SCTP のカウンター (/proc/net/sctp/snmp)。\0"u8,
            _ => default,
        };
    }
}
