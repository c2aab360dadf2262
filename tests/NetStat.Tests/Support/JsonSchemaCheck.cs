using Xunit;

namespace NetStat.Tests.Support;

/// <summary>docs/json-schema.json applied by python3-jsonschema (Fixtures/json/validate.py), strict JSON parsing included.</summary>
public static class JsonSchemaCheck
{
    public static string Schema => Path.Combine(Repo.Root, "docs", "json-schema.json");

    /// <summary>
    /// Demands that <paramref name="ndjson"/> is exactly <paramref name="documents"/> lines, each a
    /// strict JSON document valid against the schema. One validator run for all of them: many
    /// runs' outputs can be joined and checked at once.
    /// </summary>
    public static void AssertValid(string ndjson, int documents)
    {
        var result = ProcessRunner.Run("/usr/bin/python3", [Repo.Fixture("json", "validate.py"), Schema], stdin: ndjson);
        Assert.True(result.ExitCode == 0, result.StdoutText + result.StderrText);
        Assert.Equal($"valid {documents}\n", result.StdoutText);
    }
}
