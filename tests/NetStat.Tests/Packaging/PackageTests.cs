using System.IO.Compression;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Packaging;

/// <summary>
/// Builds each package once, with the repository's own scripts, and only when a test asks
/// for it (the .NET tool needs a Native AOT build of its own, a minute or more).
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    private readonly ShellTools.TempDir _dir = new();
    private readonly Lazy<string> _deb, _tarball, _nuget;

    public PackagesFixture()
    {
        _deb = new(() => Script("packaging/deb/build-deb.sh", Path.Combine(Out, "deb")));
        _tarball = new(() => Script("packaging/tarball/build-tarball.sh", Path.Combine(Out, "tarball")));
        _nuget = new(() =>
        {
            Script("packaging/dotnet-tool/pack.sh", Path.Combine(Out, "nuget"), TimeSpan.FromMinutes(10));
            return Path.Combine(Out, "nuget");
        });
    }

    public string Out => _dir.Path;

    /// <summary>Why the packages cannot be built here, or null.</summary>
    public static string? Missing => ShellTools.MissingBinary ?? ShellTools.MissingProgram("dpkg-deb", "gzip", "objcopy", "git");

    public string Deb => _deb.Value;
    public string Tarball => _tarball.Value;
    public string NugetFolder => _nuget.Value;

    /// <summary>Runs a packaging script on bin/netstat; returns the last line it printed (the file it made).</summary>
    private static string Script(string script, string outDir, TimeSpan? timeout = null)
    {
        var r = ProcessRunner.Run(Path.Combine(Repo.Root, script), [outDir], timeout ?? TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["NETSTAT_BINARY"] = Repo.OurNetstat, ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        Assert.True(r.ExitCode == 0, $"{script} failed ({r.ExitCode}):\n{r.StderrText}{r.StdoutText}");
        return r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// Runs alone, after the parallel tests: the Native AOT build of the tool would otherwise take
/// both cores from tests that measure time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection
{
    public const string Name = "Packaging";
}

/// <summary>
/// The Debian package, the release tarball and the .NET tool, built by the scripts in
/// packaging/ and then installed and run the way a user would. Slow (one Native AOT build for
/// the tool): "--filter Category!=Packaging" leaves them out, "--filter Category=Packaging"
/// runs only them.
/// </summary>
[Trait("Category", "Packaging")]
[Collection(PackagingCollection.Name)]
public sealed class PackageTests(PackagesFixture packages) : IClassFixture<PackagesFixture>
{
    private static string Version => ShellTools.ProjectVersion();

    /// <summary>The --version line of ours: this version and a commit of this repository.</summary>
    private static void AssertIdentity(RunResult r)
    {
        Assert.Equal(0, r.ExitCode);
        var last = r.StdoutText.TrimEnd('\n').Split('\n')[^1];
        var m = System.Text.RegularExpressions.Regex.Match(last, @"^netstat for \.NET (\S+) \(commit ([0-9a-f]{7,40}); compatible with net-tools 2\.10\)$");
        Assert.True(m.Success, last);
        Assert.Equal(Version, m.Groups[1].Value);
        var known = ProcessRunner.Run("git", ["-C", Repo.Root, "cat-file", "-e", m.Groups[2].Value + "^{commit}"]);
        Assert.True(known.ExitCode == 0, $"commit {m.Groups[2].Value} is not in this repository");
    }

    private static string Run(string file, params string[] args)
    {
        var r = ProcessRunner.Run(file, args);
        Assert.True(r.ExitCode == 0, $"{file} {string.Join(' ', args)}: {r.StderrText}");
        return r.StdoutText;
    }

    [SkippableFact]
    public void DebHoldsTheProgramManPageCompletionsAndDocs()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        Assert.Equal($"netstat-dotnet_{Version}_amd64.deb", Path.GetFileName(packages.Deb));
        var files = ListDeb(packages.Deb);
        Assert.Equal(
        [
            "/usr/bin/netstat-dotnet",
            "/usr/share/bash-completion/completions/netstat-dotnet",
            "/usr/share/doc/netstat-dotnet/changelog.gz",
            "/usr/share/doc/netstat-dotnet/copyright",
            "/usr/share/fish/vendor_completions.d/netstat-dotnet.fish",
            "/usr/share/lintian/overrides/netstat-dotnet",
            "/usr/share/man/man8/netstat-dotnet.8.gz",
            "/usr/share/zsh/vendor-completions/_netstat-dotnet",
        ], files);

        string Field(string name) => Run("dpkg-deb", "-f", packages.Deb, name).Trim();
        Assert.Equal("netstat-dotnet", Field("Package"));
        Assert.Equal(Version, Field("Version"));
        Assert.Equal("amd64", Field("Architecture"));
        Assert.Matches(@"^libc6 \(>= [0-9.]+\)$", Field("Depends"));
        Assert.Equal("net", Field("Section"));
        Assert.Matches(@"^\d+$", Field("Installed-Size"));
        Assert.Contains("prerm", Run("dpkg-deb", "-I", packages.Deb));
    }

    /// <summary>Regular files and symlinks in the package, as absolute paths.</summary>
    private static List<string> ListDeb(string deb) =>
        Run("dpkg-deb", "-c", deb).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('d'))
            .Select(l => l[(l.IndexOf("./", StringComparison.Ordinal) + 1)..].Split(" -> ")[0])
            .Order(StringComparer.Ordinal).ToList();

    [SkippableFact]
    public void DebInstallsBesideNetTools()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var netTools = ProcessRunner.Run("dpkg-query", ["-L", "net-tools"]);
        Skip.If(netTools.ExitCode != 0, "net-tools is not installed (dpkg-query -L net-tools)");
        // dpkg may list /bin/netstat where /bin is a link to /usr/bin: compare the /usr names.
        var theirs = netTools.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Directory.Exists(p))
            .Select(p => p.StartsWith("/bin/", StringComparison.Ordinal) || p.StartsWith("/sbin/", StringComparison.Ordinal) ? "/usr" + p : p)
            .ToHashSet();
        Assert.Contains("/usr/bin/netstat", theirs);
        var shared = ListDeb(packages.Deb).Where(theirs.Contains).ToList();
        Assert.True(shared.Count == 0, "files of net-tools in our package: " + string.Join(", ", shared));
    }

    [SkippableFact]
    public void ExtractedDebRuns()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        using var root = new ShellTools.TempDir();
        Run("dpkg-deb", "-x", packages.Deb, root.Path);
        var exe = Path.Combine(root.Path, "usr/bin/netstat-dotnet");
        AssertIdentity(ProcessRunner.Run(exe, ["-V"]));
        // A real listing, and net-tools' usage error with the name it was called by.
        var listing = ProcessRunner.Run(exe, ["-xl"]);
        Assert.Equal(0, listing.ExitCode);
        Assert.StartsWith("Active UNIX domain sockets (only servers)\n", listing.StdoutText);
        var usage = ProcessRunner.Run(exe, ["-Q"]);
        Assert.Equal(3, usage.ExitCode);
        Assert.StartsWith(exe + ": invalid option -- 'Q'\n", usage.StderrText);
        // The packaged man page and completions are the repository's and the program's own.
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(root.Path, "usr/share/man/man8/netstat-dotnet.8.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
            Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "packaging/man/netstat-dotnet.8")), reader.ReadToEnd());
        Assert.Equal(Run(exe, "completions", "bash"), File.ReadAllText(Path.Combine(root.Path, "usr/share/bash-completion/completions/netstat-dotnet")));
        Assert.Equal(Run(exe, "completions", "zsh"), File.ReadAllText(Path.Combine(root.Path, "usr/share/zsh/vendor-completions/_netstat-dotnet")));
        Assert.Equal(Run(exe, "completions", "fish"), File.ReadAllText(Path.Combine(root.Path, "usr/share/fish/vendor_completions.d/netstat-dotnet.fish")));
        var copyright = File.ReadAllLines(Path.Combine(root.Path, "usr/share/doc/netstat-dotnet/copyright"));
        Assert.Equal("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/", copyright[0]);
        Assert.Contains("License: MIT", copyright);
    }

    /// <summary>
    /// The README's one command, run as written (less sudo) in a private mount namespace whose
    /// /usr/local and alternatives database are empty tmpfs and whose /usr/bin also shows the
    /// package's files: afterwards "netstat" on PATH is ours; the package's prerm undoes it.
    /// </summary>
    [SkippableFact]
    public void OneDocumentedCommandMakesItTheNetstatOnPath()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var missing = Requirements.MissingForNamespaces ?? ShellTools.MissingProgram("unshare", "update-alternatives");
        Skip.If(missing != null, missing);
        var command = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"))
            .Single(l => l.StartsWith("sudo update-alternatives --install ", StringComparison.Ordinal))["sudo ".Length..];
        using var root = new ShellTools.TempDir();
        Run("dpkg-deb", "-x", packages.Deb, root.Path);
        Run("dpkg-deb", "-e", packages.Deb, Path.Combine(root.Path, "DEBIAN"));
        var script = string.Join('\n',
            "set -e",
            "mount -t tmpfs tmpfs /usr/local && mkdir /usr/local/bin",
            "mount -t tmpfs tmpfs /etc/alternatives && mount -t tmpfs tmpfs /var/lib/dpkg/alternatives",
            $"mount -t overlay overlay -o lowerdir=/usr/bin:{root.Path}/usr/bin /usr/bin",
            command + " >/dev/null",
            "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "echo \"$(command -v netstat) -> $(readlink -f \"$(command -v netstat)\")\"",
            "netstat -V | tail -n 1",
            $"sh {root.Path}/DEBIAN/prerm remove",
            "hash -r",
            "echo \"after prerm: $(command -v netstat)\"");
        var r = ProcessRunner.Run("unshare", ["--mount", "--propagation", "private", "sh", "-c", script]);
        Assert.True(r.ExitCode == 0, r.StdoutText + r.StderrText);
        var lines = r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("/usr/local/bin/netstat -> /usr/bin/netstat-dotnet", lines[0]);
        Assert.StartsWith("netstat for .NET " + Version + " ", lines[1]);
        Assert.Equal("after prerm: /usr/bin/netstat", lines[^1]);
    }

    [SkippableFact]
    public void LintianReportsOnlyExplainedTags()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var missing = ShellTools.MissingProgram("lintian");
        Skip.If(missing != null, missing);
        var r = ProcessRunner.Run("lintian", ["-I", "--pedantic", packages.Deb], TimeSpan.FromMinutes(3));
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "packaging", "README.md"));
        var tags = r.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Length > 2 && l[1] == ':' && l[0] != 'N')
            .Select(l => (Level: l[0], Tag: l.Split(' ', 4)[2])).ToList();
        Assert.DoesNotContain(tags, t => t.Level is 'E' or 'W');
        foreach (var (_, tag) in tags)
            Assert.Contains("`" + tag + "`", readme);
        Assert.True(r.ExitCode == 0, r.StdoutText + r.StderrText);
    }

    [SkippableFact]
    public void TarballMatchesItsChecksumAndRuns()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var name = $"netstat-dotnet-{Version}-linux-x64";
        Assert.Equal(name + ".tar.gz", Path.GetFileName(packages.Tarball));
        var dir = Path.GetDirectoryName(packages.Tarball)!;
        var sums = File.ReadAllText(Path.Combine(dir, "SHA256SUMS"));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(packages.Tarball)));
        Assert.Equal($"{hash}  {name}.tar.gz\n", sums);
        var check = ProcessRunner.Run("sh", ["-c", $"cd '{dir}' && sha256sum -c SHA256SUMS"]);
        Assert.True(check.ExitCode == 0, check.StdoutText + check.StderrText);

        var listing = Run("tar", "-tzf", packages.Tarball).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.EndsWith('/')).Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "LICENSE", "README.md", "bin/netstat-dotnet", "completions/_netstat-dotnet", "completions/netstat-dotnet.bash",
            "completions/netstat-dotnet.fish", "man/man8/netstat-dotnet.8",
        }.Select(p => name + "/" + p), listing);

        using var tmp = new ShellTools.TempDir();
        Run("tar", "-xzf", packages.Tarball, "-C", tmp.Path);
        AssertIdentity(ProcessRunner.Run(Path.Combine(tmp.Path, name, "bin", "netstat-dotnet"), ["--version"]));
    }

    /// <summary>A NuGet configuration whose only source is the folder: nothing is fetched from the network.</summary>
    private static string OfflineConfig(ShellTools.TempDir tmp, string folder) => tmp.File("nuget.config",
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{folder}" />
          </packageSources>
        </configuration>
        """);

    /// <summary>Its own NuGet cache and home, so no earlier build of the same version is picked up.</summary>
    private static Dictionary<string, string> IsolatedNuget(ShellTools.TempDir tmp) => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(tmp.Path, "nuget-cache"),
        ["DOTNET_CLI_HOME"] = tmp.Path,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    [SkippableFact]
    public void DotnetToolInstallsFromAFolderAndRunsNatively()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var folder = packages.NugetFolder;
        Assert.Equal(
            new[] { $"netstat-dotnet.{Version}.nupkg", $"netstat-dotnet.any.{Version}.nupkg", $"netstat-dotnet.linux-x64.{Version}.nupkg" },
            Directory.GetFiles(folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        foreach (var package in Directory.GetFiles(folder, "*.nupkg"))
        {
            using var zip = ZipFile.OpenRead(package);
            Assert.DoesNotContain(zip.Entries, e => e.Name.EndsWith(".dbg", StringComparison.Ordinal) || e.Name.EndsWith(".pdb", StringComparison.Ordinal));
        }

        using var tmp = new ShellTools.TempDir();
        var toolPath = Path.Combine(tmp.Path, "tools");
        var install = ProcessRunner.Run("dotnet", ["tool", "install", "--tool-path", toolPath, "--configfile", OfflineConfig(tmp, folder), "netstat-dotnet"],
            TimeSpan.FromMinutes(3), IsolatedNuget(tmp));
        Assert.True(install.ExitCode == 0, install.StdoutText + install.StderrText);
        var exe = Path.Combine(toolPath, "netstat-dotnet");
        AssertIdentity(ProcessRunner.Run(exe, ["-V"]));
        // On linux-x64 the RID package is chosen: the command is the Native AOT executable itself.
        var head = new byte[4];
        using (var f = File.OpenRead(exe))
            f.ReadExactly(head);
        Assert.Equal("\u007fELF"u8.ToArray(), head);
    }

    [SkippableFact]
    public void DnxRunsTheToolOnce()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var folder = packages.NugetFolder;
        using var tmp = new ShellTools.TempDir();
        var r = ProcessRunner.Run("dotnet", ["dnx", "netstat-dotnet", "--source", folder, "--yes", "--", "-V"],
            TimeSpan.FromMinutes(3), IsolatedNuget(tmp));
        AssertIdentity(r);
    }

    [SkippableFact]
    public void FrameworkDependentFallbackRunsOnTheRuntime()
    {
        Skip.If(PackagesFixture.Missing != null, PackagesFixture.Missing);
        var package = Path.Combine(packages.NugetFolder, $"netstat-dotnet.any.{Version}.nupkg");
        using var tmp = new ShellTools.TempDir();
        ZipFile.ExtractToDirectory(package, tmp.Path);
        var settings = File.ReadAllText(Path.Combine(tmp.Path, "tools/net10.0/any/DotnetToolSettings.xml"));
        Assert.Contains("Name=\"netstat-dotnet\"", settings);
        Assert.Contains("EntryPoint=\"netstat.dll\"", settings);
        AssertIdentity(ProcessRunner.Run("dotnet", [Path.Combine(tmp.Path, "tools/net10.0/any/netstat.dll"), "-V"]));
    }
}
