using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Packaging;

/// <summary>Small helpers shared by the packaging tests.</summary>
internal static class ShellTools
{
    /// <summary>The full path of <paramref name="program"/> on PATH (or the usual system folders), or null.</summary>
    public static string? Find(string program)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/bin", "/usr/sbin", "/sbin"]);
        foreach (var dir in dirs)
        {
            var path = Path.Combine(dir, program);
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    public static string? MissingProgram(params string[] programs)
    {
        foreach (var p in programs)
            if (Find(p) is null)
                return $"needs {p} (installed by .ci/run)";
        return null;
    }

    public static string? MissingBinary =>
        File.Exists(Repo.OurNetstat) ? null : "needs bin/netstat: run ./build.sh first";

    /// <summary>The version in the CLI project file: the one place it is set.</summary>
    public static string ProjectVersion()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "src", "NetStat.Cli", "NetStat.Cli.csproj"));
        var m = System.Text.RegularExpressions.Regex.Match(text, "<Version>([^<]+)</Version>");
        Assert.True(m.Success, "no <Version> in NetStat.Cli.csproj");
        return m.Groups[1].Value;
    }

    /// <summary>A temporary directory removed on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("netstat-pkg-").FullName;

        public string File(string name, string text)
        {
            var path = System.IO.Path.Combine(Path, name);
            System.IO.File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
