using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Packaging;

/// <summary>
/// The scripts printed by "netstat completions SHELL", driven in the real shells: bash through
/// its completion function (COMP_WORDS/COMP_CWORD in, COMPREPLY out), fish through
/// "complete -C", zsh at least loaded by compinit both ways it is installed.
/// </summary>
public sealed class CompletionTests
{
    private static string Script(string shell)
    {
        var r = ProcessRunner.Run(Repo.OurNetstat, ["completions", shell]);
        Assert.Equal("", r.StderrText);
        Assert.Equal(0, r.ExitCode);
        return r.StdoutText;
    }

    /// <summary>Runs bash's completion function on the words typed so far (the last one is being completed).</summary>
    private static string[] BashComplete(string scriptPath, params string[] words)
    {
        var quoted = string.Join(' ', words.Select(w => "'" + w.Replace("'", "'\\''") + "'"));
        var r = ProcessRunner.Run("bash", ["--norc", "--noprofile", "-c",
            $"source '{scriptPath}' && COMP_WORDS=({quoted}) && COMP_CWORD={words.Length - 1} && _netstat_dotnet; printf '%s\\n' \"${{COMPREPLY[@]}}\""]);
        Assert.True(r.ExitCode == 0, r.StderrText);
        Assert.Equal("", r.StderrText);
        return r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [SkippableFact]
    public void BashOffersTcpForTcAndFamiliesAfterA()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("bash");
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = tmp.File("netstat.bash", Script("bash"));

        Assert.Contains("--tcp", BashComplete(script, "netstat", "--tc"));
        var families = BashComplete(script, "netstat", "-A", "");
        Assert.Contains("inet", families);
        Assert.Contains("inet6", families);
        Assert.Contains("unix", families);
        // The same list in every form net-tools' parser takes it.
        Assert.Contains("inet6", BashComplete(script, "netstat-dotnet", "--protocol", "ine"));
        Assert.Contains("inet,unix", BashComplete(script, "netstat", "-tA", "inet,un"));
        Assert.Contains("inet6", BashComplete(script, "netstat", "--protocol", "=", "inet"));
        Assert.Contains("time_wait", BashComplete(script, "netstat", "--state", "established,t").Select(w => w.Split(',')[^1]));
        Assert.Equal(["bash", "fish", "zsh"], BashComplete(script, "netstat", "completions", "").Order());
        Assert.Contains("completions", BashComplete(script, "netstat", "co"));
        Assert.Empty(BashComplete(script, "netstat", "--port", ""));
    }

    [SkippableFact]
    public void BashOffersEveryOptionOfNetToolsAndOurs()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("bash") ?? ExpectedOptions.MissingNetTools;
        Skip.If(missing != null, missing);
        var (netToolsLong, netToolsShort) = ExpectedOptions.NetTools();
        using var tmp = new ShellTools.TempDir();
        var offered = BashComplete(tmp.File("netstat.bash", Script("bash")), "netstat", "-").ToHashSet();
        foreach (var name in netToolsLong.Concat(ExpectedOptions.OurLong))
            Assert.Contains("--" + name, offered);
        foreach (var c in netToolsShort)
            Assert.Contains("-" + c, offered);
    }

    [SkippableFact]
    public void BashOffersNamespacesFromRunNetnsAtCompletionTime()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("bash", "unshare") ?? Requirements.MissingForNamespaces;
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = tmp.File("netstat.bash", Script("bash"));
        // A private mount namespace with its own /run: the host's namespaces are neither seen nor touched.
        var r = ProcessRunner.Run("unshare", ["--mount", "--propagation", "private", "sh", "-c",
            "mount -t tmpfs tmpfs /run && mkdir /run/netns && touch /run/netns/blue /run/netns/green && " +
            $"bash --norc -c \"source '{script}'; COMP_WORDS=(netstat --netns ''); COMP_CWORD=2; _netstat_dotnet; printf '%s\\n' \\\"\\${{COMPREPLY[@]}}\\\"\""]);
        Assert.True(r.ExitCode == 0, r.StderrText);
        Assert.Equal(["blue", "green"], r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
    }

    [SkippableFact]
    public void BashCompletesBothCommandNames()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("bash");
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = tmp.File("netstat.bash", Script("bash"));
        var r = ProcessRunner.Run("bash", ["--norc", "-c", $"source '{script}'; complete -p netstat netstat-dotnet"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("complete -F _netstat_dotnet netstat\ncomplete -F _netstat_dotnet netstat-dotnet\n", r.StdoutText);
    }

    [SkippableFact]
    public void FishOffersTcpForTcAndFamiliesAfterA()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("fish");
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = tmp.File("netstat.fish", Script("fish"));
        string[] Complete(string line)
        {
            var r = ProcessRunner.Run("fish", ["--no-config", "-c", $"source '{script}'; and complete -C '{line}'"],
                env: new Dictionary<string, string> { ["HOME"] = tmp.Path, ["XDG_CONFIG_HOME"] = tmp.Path, ["XDG_DATA_HOME"] = tmp.Path });
            Assert.True(r.ExitCode == 0, r.StderrText);
            Assert.Equal("", r.StderrText);
            return r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToArray();
        }
        Assert.Contains("--tcp", Complete("netstat --tc"));
        Assert.Contains("--tcp", Complete("netstat-dotnet --tc"));
        var families = Complete("netstat -A ");
        Assert.Contains("inet", families);
        Assert.Contains("inet6", families);
        Assert.Contains("unix", families);
        Assert.Contains("inet,unix", Complete("netstat -A inet,un"));
        Assert.Equal(["bash", "fish", "zsh"], Complete("netstat completions ").Order());
    }

    [SkippableFact]
    public void ZshLoadsTheScriptSourcedAndFromFpath()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("zsh");
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = Script("zsh");
        var sourced = tmp.File("netstat.zsh", script);
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fpath"));
        File.WriteAllText(Path.Combine(tmp.Path, "fpath", "_netstat-dotnet"), script);
        var env = new Dictionary<string, string> { ["HOME"] = tmp.Path, ["ZDOTDIR"] = tmp.Path };

        var syntax = ProcessRunner.Run("zsh", ["-n", sourced], env: env);
        Assert.True(syntax.ExitCode == 0, syntax.StderrText);

        // As a user's "source <(netstat completions zsh)" after compinit.
        var r = ProcessRunner.Run("zsh", ["-f", "-c",
            $"autoload -U compinit && compinit -u -D && source '{sourced}' && print -r -- $_comps[netstat] $_comps[netstat-dotnet]"], env: env);
        Assert.True(r.ExitCode == 0, r.StderrText);
        Assert.Equal("", r.StderrText);
        Assert.Equal("_netstat_dotnet _netstat_dotnet\n", r.StdoutText);

        // As the Debian package installs it: a #compdef file on fpath, autoloaded by compinit.
        r = ProcessRunner.Run("zsh", ["-f", "-c",
            $"fpath=('{tmp.Path}/fpath' $fpath); autoload -U compinit && compinit -u -D && print -r -- $_comps[netstat-dotnet] && autoload +X _netstat-dotnet && print ok"], env: env);
        Assert.True(r.ExitCode == 0, r.StderrText);
        Assert.Equal("", r.StderrText);
        Assert.Equal("_netstat-dotnet\nok\n", r.StdoutText);
    }

    /// <summary>
    /// zsh's completion builtins work only inside a completion widget, so they are replaced by
    /// functions that print what the script asks them to offer.
    /// </summary>
    [SkippableFact]
    public void ZshFunctionOffersTcpForTcAndFamiliesAfterA()
    {
        var missing = ShellTools.MissingBinary ?? ShellTools.MissingProgram("zsh");
        Skip.If(missing != null, missing);
        using var tmp = new ShellTools.TempDir();
        var script = tmp.File("netstat.zsh", Script("zsh"));
        string Offered(string words, int current)
        {
            var r = ProcessRunner.Run("zsh", ["-f", "-c",
                "compdef() { :; }; compset() { return 1; }; compadd() { print -r -- \"$*\"; }; " +
                "_describe() { print -rl -- ${(P)4}; }; " +
                $"source '{script}'; words=({words}); CURRENT={current}; _netstat_dotnet"],
                env: new Dictionary<string, string> { ["HOME"] = tmp.Path, ["ZDOTDIR"] = tmp.Path });
            Assert.True(r.ExitCode == 0, r.StderrText);
            Assert.Equal("", r.StderrText);
            return r.StdoutText;
        }
        Assert.Contains("\n--tcp:TCP sockets\n", Offered("netstat --tc", 2));
        var families = Offered("netstat -A ''", 3).Split(' ', '\n');
        Assert.Contains("inet", families);
        Assert.Contains("inet6", families);
        Assert.Contains("unix", families);
        Assert.EndsWith("-- bash zsh fish\n", Offered("netstat completions ''", 3));
    }

    [SkippableTheory]
    [InlineData("tcsh")]
    [InlineData("")]
    [InlineData("bash zsh")]
    public void UnknownShellIsOneLineAndStatusOne(string words)
    {
        Skip.If(ShellTools.MissingBinary != null, ShellTools.MissingBinary);
        string[] args = ["completions", .. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        var r = ProcessRunner.Run(Repo.OurNetstat, args);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdoutText);
        Assert.Matches(@"^netstat: completions: [^\n]+\n$", r.StderrText);
    }
}
