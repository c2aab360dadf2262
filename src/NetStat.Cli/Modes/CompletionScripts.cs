using System.Text;
using NetStat.Cli.CommandLine;

namespace NetStat.Cli.Modes;

/// <summary>
/// The bash, zsh and fish completion scripts, written from <see cref="OptionCatalog"/> so they
/// offer exactly what the parser accepts. Each completes both command names: "netstat" (the
/// name on PATH after update-alternatives, or with the release tarball) and "netstat-dotnet"
/// (the name the Debian package and the .NET tool install).
/// </summary>
internal static class CompletionScripts
{
    /// <summary>The shells there is a script for.</summary>
    public static readonly string[] Shells = ["bash", "zsh", "fish"];

    /// <summary>The script for <paramref name="shell"/>, or null when there is none.</summary>
    public static string? For(string shell) => shell switch
    {
        "bash" => Bash(),
        "zsh" => Zsh(),
        "fish" => Fish(),
        _ => null,
    };

    private static string Words(IEnumerable<string> words) => string.Join(' ', words);

    private static IEnumerable<string> OptionWords()
    {
        foreach (var o in OptionCatalog.All)
        {
            if (o.Long.Length > 0)
                yield return "--" + o.Long;
            if (o.Short != '\0')
                yield return "-" + o.Short;
        }
    }

    private static IEnumerable<string> CommandNames => ExtensionOptions.Commands.Select(c => c.Name);

    /// <summary>Where the value of an option comes from when the shell completes it.</summary>
    private enum ValueSource { Families, States, Netns, User, Command, Directory }

    /// <summary>
    /// The one table of options whose value is completed; each shell maps a source to its own
    /// idiom. Every other option with a required value gets nothing offered after it.
    /// </summary>
    private static readonly (string Long, ValueSource Source)[] CompletedValues =
    [
        ("protocol", ValueSource.Families), ("state", ValueSource.States), ("netns", ValueSource.Netns),
        ("user", ValueSource.User), ("program", ValueSource.Command), ("prometheus-textfile", ValueSource.Directory),
    ];

    private static ValueSource? SourceOf(string longName)
    {
        foreach (var (name, source) in CompletedValues)
            if (name == longName)
                return source;
        return null;
    }

    /// <summary>"--protocol" and, when it has one, its letter in a cluster ("-A", "-[!-]*A" in bash, "-[^-]*A" in zsh).</summary>
    private static string CasePattern(string longName, string notDash)
    {
        var pattern = "--" + longName;
        foreach (var o in OptionCatalog.All)
            if (o.Long == longName && o.Short != '\0')
                pattern = "-" + o.Short + "|" + pattern + "|-[" + notDash + "-]*" + o.Short;
        return pattern;
    }

    /// <summary>The options whose value is not completed from a list (the shell offers nothing).</summary>
    private static IEnumerable<string> FreeValueOptions => OptionCatalog.All
        .Where(o => o.Value.Length > 0 && !o.ValueOptional && SourceOf(o.Long) is null)
        .Select(o => "--" + o.Long);

    private static string BashAction(ValueSource source) => source switch
    {
        ValueSource.Families => "list='" + Words(OptionCatalog.Families) + "' ;;",
        ValueSource.States => "list='" + Words(OptionCatalog.States) + "' ;;",
        ValueSource.Netns => "\n            local ns=(/run/netns/*)\n"
            + "            [[ -e ${ns[0]} ]] && COMPREPLY=($(compgen -W \"${ns[*]##*/}\" -- \"$cur\"))\n"
            + "            return ;;",
        ValueSource.User => "COMPREPLY=($(compgen -u -- \"$cur\")); return ;;",
        ValueSource.Command => "COMPREPLY=($(compgen -c -- \"$cur\")); return ;;",
        _ => "COMPREPLY=($(compgen -d -- \"$cur\")); return ;;",
    };

    private static string ZshAction(ValueSource source) => source switch
    {
        ValueSource.Families => "compset -P '*,'; compadd -S '' -q -- $families; return ;;",
        ValueSource.States => "compset -P '*,'; compadd -S '' -q -- $states; return ;;",
        ValueSource.Netns => "local -a ns; ns=(/run/netns/*(N:t)); compadd -a ns; return ;;",
        ValueSource.User => "_users; return ;;",
        ValueSource.Command => "_command_names -e; return ;;",
        _ => "_directories; return ;;",
    };

    private static string FishArguments(ValueSource source) => source switch
    {
        ValueSource.Families => "(__fish_complete_list , __netstat_dotnet_families)",
        ValueSource.States => "(__fish_complete_list , __netstat_dotnet_states)",
        ValueSource.Netns => "(__netstat_dotnet_netns)",
        ValueSource.User => "(__fish_complete_users)",
        ValueSource.Command => "(__fish_complete_command)",
        _ => "(__fish_complete_directories)",
    };

    public static string Bash()
    {
        var s = new StringBuilder();
        s.Append("# bash completion for netstat (netstat for .NET), written by `netstat completions bash`.\n");
        s.Append("# Load it with: source <(netstat completions bash)\n");
        s.Append("_netstat_dotnet()\n{\n");
        s.Append("    local cur=${COMP_WORDS[COMP_CWORD]} prev='' opt\n");
        s.Append("    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n");
        s.Append("    COMPREPLY=()\n");
        s.Append("    # --opt=value: bash splits at '=', so the option is two words back.\n");
        s.Append("    if [[ $prev == = && COMP_CWORD -gt 1 ]]; then\n");
        s.Append("        prev=${COMP_WORDS[COMP_CWORD-2]}\n");
        s.Append("    elif [[ $cur == = ]]; then\n");
        s.Append("        cur=''\n");
        s.Append("    fi\n");
        s.Append("    if (( COMP_CWORD == 2 )) && [[ ${COMP_WORDS[1]} == completions ]]; then\n");
        s.Append("        COMPREPLY=($(compgen -W '").Append(Words(CompletionScripts.Shells)).Append("' -- \"$cur\"))\n");
        s.Append("        return\n    fi\n");
        s.Append("    local list=\n");
        s.Append("    case $prev in\n");
        foreach (var (name, source) in CompletedValues)
        {
            var action = BashAction(source);
            s.Append("        ").Append(CasePattern(name, "!")).Append(')').Append(action.StartsWith('\n') ? "" : " ").Append(action).Append('\n');
        }
        s.Append("        ").Append(string.Join('|', FreeValueOptions)).Append(") return ;;\n");
        s.Append("    esac\n");
        s.Append("    if [[ -n $list ]]; then\n");
        s.Append("        # A comma-separated list: complete the last element.\n");
        s.Append("        local head=''\n");
        s.Append("        [[ $cur == *,* ]] && head=${cur%,*},\n");
        s.Append("        COMPREPLY=($(compgen -P \"$head\" -W \"$list\" -- \"${cur##*,}\"))\n");
        s.Append("        return\n    fi\n");
        s.Append("    if [[ $cur == -* ]]; then\n");
        s.Append("        COMPREPLY=($(compgen -W '").Append(Words(OptionWords())).Append("' -- \"$cur\"))\n");
        s.Append("    elif (( COMP_CWORD == 1 )); then\n");
        s.Append("        COMPREPLY=($(compgen -W '").Append(Words(CommandNames)).Append("' -- \"$cur\"))\n");
        s.Append("    fi\n");
        s.Append("}\n");
        s.Append("complete -F _netstat_dotnet netstat netstat-dotnet\n");
        return s.ToString();
    }

    private static string ZshQuote(string text) => "'" + text.Replace("'", "'\\''") + "'";

    public static string Zsh()
    {
        var s = new StringBuilder();
        s.Append("#compdef netstat netstat-dotnet\n");
        s.Append("# zsh completion for netstat (netstat for .NET), written by `netstat completions zsh`.\n");
        s.Append("# Load it with: source <(netstat completions zsh)   (after compinit)\n");
        s.Append("_netstat_dotnet() {\n");
        s.Append("  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n");
        s.Append("  local -a opts families states\n");
        s.Append("  families=(").Append(Words(OptionCatalog.Families)).Append(")\n");
        s.Append("  states=(").Append(Words(OptionCatalog.States)).Append(")\n");
        s.Append("  if (( CURRENT == 3 )) && [[ ${words[2]} == completions ]]; then\n");
        s.Append("    compadd -- ").Append(Words(Shells)).Append("\n    return\n  fi\n");
        s.Append("  if [[ $cur == --*=* ]]; then\n");
        s.Append("    prev=${cur%%=*}\n");
        s.Append("    compset -P '*='\n");
        s.Append("    cur=${cur#*=}\n");
        s.Append("  fi\n");
        s.Append("  case $prev in\n");
        foreach (var (name, source) in CompletedValues)
            s.Append("    ").Append(CasePattern(name, "^")).Append(") ").Append(ZshAction(source)).Append('\n');
        s.Append("    ").Append(string.Join('|', FreeValueOptions)).Append(") return 1 ;;\n");
        s.Append("  esac\n");
        s.Append("  if [[ $cur == -* ]]; then\n");
        s.Append("    opts=(\n");
        foreach (var o in OptionCatalog.All)
        {
            var help = o.Help.Length > 0 ? o.Help : o.Long;
            if (o.Long.Length > 0)
                s.Append("      ").Append(ZshQuote("--" + o.Long + ":" + help)).Append('\n');
            if (o.Short != '\0')
                s.Append("      ").Append(ZshQuote("-" + o.Short + ":" + help)).Append('\n');
        }
        s.Append("    )\n");
        s.Append("    _describe -t options 'netstat option' opts\n");
        s.Append("  elif (( CURRENT == 2 )); then\n");
        s.Append("    local -a cmds\n");
        s.Append("    cmds=(\n");
        foreach (var (name, _, help) in ExtensionOptions.Commands)
            s.Append("      ").Append(ZshQuote(name + ":" + help)).Append('\n');
        s.Append("    )\n");
        s.Append("    _describe -t commands 'netstat command' cmds\n");
        s.Append("  fi\n");
        s.Append("}\n");
        s.Append("if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then\n");
        s.Append("  _netstat_dotnet \"$@\"\n");
        s.Append("else\n");
        s.Append("  compdef _netstat_dotnet netstat netstat-dotnet\n");
        s.Append("fi\n");
        return s.ToString();
    }

    private static string FishQuote(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    public static string Fish()
    {
        var s = new StringBuilder();
        s.Append("# fish completion for netstat (netstat for .NET), written by `netstat completions fish`.\n");
        s.Append("# Load it with: netstat completions fish | source\n");
        s.Append("function __netstat_dotnet_netns\n");
        s.Append("    for f in /run/netns/*\n");
        s.Append("        string replace -r '.*/' '' -- $f\n");
        s.Append("    end\n");
        s.Append("end\n");
        s.Append("function __netstat_dotnet_families\n");
        s.Append("    printf '%s\\n' ").Append(Words(OptionCatalog.Families)).Append("\n");
        s.Append("end\n");
        s.Append("function __netstat_dotnet_states\n");
        s.Append("    printf '%s\\n' ").Append(Words(OptionCatalog.States)).Append("\n");
        s.Append("end\n");
        s.Append("for cmd in netstat netstat-dotnet\n");
        s.Append("    complete -c $cmd -f\n");
        foreach (var (name, _, help) in ExtensionOptions.Commands)
            s.Append("    complete -c $cmd -n __fish_is_first_arg -a ").Append(name).Append(" -d ").Append(FishQuote(help)).Append('\n');
        s.Append("    complete -c $cmd -n '__fish_seen_subcommand_from completions' -a ").Append(FishQuote(Words(Shells))).Append('\n');
        foreach (var o in OptionCatalog.All)
        {
            s.Append("    complete -c $cmd");
            if (o.Short != '\0')
                s.Append(" -s ").Append(o.Short);
            if (o.Long.Length > 0)
                s.Append(" -l ").Append(o.Long);
            if (o.Value.Length > 0 && !o.ValueOptional)
            {
                s.Append(" -x");
                if (SourceOf(o.Long) is { } source)
                    s.Append(" -a '").Append(FishArguments(source)).Append('\'');
            }
            if (o.Help.Length > 0)
                s.Append(" -d ").Append(FishQuote(o.Help));
            s.Append('\n');
        }
        s.Append("end\n");
        return s.ToString();
    }
}
