using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NetStat.Tests.Support;

/// <summary>
/// Collects many --json runs and checks them together: each has the expected stderr and status,
/// and stdout is one document line, or nothing with a failing status; every document is then
/// validated against the schema in one validator run.
/// </summary>
public sealed class JsonRunCheck
{
    // The messages net-tools prints on stdout, which --json moves to stderr to keep stdout JSON.
    private static readonly Regex StdoutMessage = new(
        @"^(.* not configured (in|on) this system\.|IPX routing not in file .* found\.|netstat: No statistics support for specified address family: .*)$");

    private readonly StringBuilder _documents = new();
    private readonly List<string> _failures = [];
    private int _count;

    /// <summary>What ours prints on stderr under --json: net-tools' stderr, then the messages it printed on stdout.</summary>
    public static string ExpectedStderr(RunResult theirs) =>
        theirs.StderrText + string.Concat(theirs.StdoutText.Split('\n').Where(l => StdoutMessage.IsMatch(l)).Select(l => l + "\n"));

    public void Check(string what, RunResult ours, string expectedStderr, int expectedStatus)
    {
        if (ours.StderrText != expectedStderr)
            _failures.Add($"{what}: stderr\n{ours.StderrText}expected\n{expectedStderr}");
        if (ours.ExitCode != expectedStatus)
            _failures.Add($"{what}: status {ours.ExitCode}, expected {expectedStatus}");
        if (ours.Stdout.Length == 0)
        {
            if (ours.ExitCode == 0)
                _failures.Add($"{what}: nothing on stdout, status 0");
            return;
        }
        if (!ours.StdoutText.EndsWith('\n') || ours.StdoutText.IndexOf('\n') != ours.StdoutText.Length - 1)
            _failures.Add($"{what}: stdout is not one line: {ours.StdoutText}");
        _documents.Append(ours.StdoutText);
        _count++;
    }

    public void AssertAll()
    {
        Assert.True(_failures.Count == 0, string.Join("\n", _failures));
        JsonSchemaCheck.AssertValid(_documents.ToString(), _count);
    }
}
