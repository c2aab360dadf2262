using System.Diagnostics;
using System.Text;
using CsCheck;

namespace NetStat.Tests.Fuzz;

/// <summary>
/// Runs one fuzz property for the time budget with a watchdog. The budget per target is
/// NETSTAT_FUZZ_SECONDS (default 1 s, so that the whole fuzz suite stays well under 30 s in CI);
/// set it higher to fuzz longer. Each case must finish within <see cref="CaseSeconds"/> and
/// allocate no more than linearly in its input (<see cref="Bounded"/>); a case that never
/// returns fails the test with the input that hung, saved to a file for replay.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Time for one case, generous for a loaded 2-core CI machine and 1 MB inputs.</summary>
    public const double CaseSeconds = 10;

    /// <summary>Seconds of sampling per target.</summary>
    public static int Seconds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("NETSTAT_FUZZ_SECONDS"), out int s) && s > 0 ? s : 1;

    /// <summary>Samples <paramref name="gen"/> for the budget; any exception or broken bound fails with the (shrunk) input.</summary>
    public static void Check(Gen<byte[]> gen, Action<byte[]> property, string name)
    {
        Replay(property, name);
        Check(gen, property, name, Print, input => input);
    }

    /// <summary>
    /// Inputs kept under Fixtures/fuzz/NAME (crashes found earlier and hostile edge cases) are
    /// replayed before any sampling, so they are checked on every run whatever the budget.
    /// </summary>
    public static int Replay(Action<byte[]> property, string name)
    {
        string dir = NetStat.Tests.Support.Repo.Fixture("fuzz", name);
        if (!Directory.Exists(dir))
            return 0;
        int count = 0;
        foreach (string file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
        {
            try
            {
                property(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{name}: replay of {Path.GetFileName(file)} failed: {e.Message}", e);
            }
            count++;
        }
        return count;
    }

    /// <summary>As above for inputs of any type: <paramref name="bytes"/> gives the bytes to save when a case hangs.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> property, string name, Func<T, string> print, Func<T, byte[]> bytes)
        where T : class
    {
        T? current = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                gen.Sample(input =>
                {
                    Volatile.Write(ref current, input);
                    property(input);
                }, time: Seconds, threads: 1, print: print);
            }
            catch (Exception e)
            {
                failure = e;
            }
        })
        { IsBackground = true, Name = "fuzz " + name };
        thread.Start();
        // Sampling stops at the budget; shrinking a failure may take about as long again.
        if (!thread.Join(TimeSpan.FromSeconds(2 * Seconds + 3 * CaseSeconds + 30)))
        {
            var hung = Volatile.Read(ref current);
            string saved = Save(name, hung is null ? [] : bytes(hung));
            throw new TimeoutException($"{name}: a case did not return (input saved to {saved})");
        }
        if (failure is not null)
            throw new InvalidOperationException($"{name}: {failure.Message}", failure);
    }

    /// <summary>
    /// Runs <paramref name="action"/> on <paramref name="inputBytes"/> of input and checks the
    /// resource bounds: elapsed time and bytes allocated by this thread.
    /// </summary>
    public static void Bounded(long inputBytes, Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (clock.Elapsed.TotalSeconds > CaseSeconds)
            throw new TimeoutException($"took {clock.Elapsed.TotalSeconds:F1} s for {inputBytes} bytes");
        long limit = 64 * inputBytes + (16 << 20);
        if (allocated > limit)
            throw new OutOfMemoryException($"allocated {allocated} bytes for {inputBytes} bytes of input (limit {limit})");
    }

    /// <summary>A short printable form of an input for failure messages (the whole input goes to a file).</summary>
    public static string Print(byte[] input)
    {
        var sb = new StringBuilder();
        sb.Append(input.Length).Append(" bytes: \"");
        foreach (byte b in input.AsSpan(0, Math.Min(input.Length, 600)))
        {
            if (b is >= 0x20 and < 0x7f and not (byte)'\\' and not (byte)'"')
                sb.Append((char)b);
            else if (b == '\n')
                sb.Append("\\n");
            else
                sb.Append("\\x").Append(b.ToString("x2"));
        }
        if (input.Length > 600)
            sb.Append("...");
        sb.Append('"');
        if (input.Length > 600)
            sb.Append(" (saved to ").Append(Save("print", input)).Append(')');
        return sb.ToString();
    }

    private static string Save(string name, byte[] input)
    {
        string path = Path.Combine(Path.GetTempPath(), $"netstat-fuzz-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    // Checks that allocate nothing unless they fail (xunit's Assert allocates on every call,
    // which would count against the parser's allocation bound).

    /// <summary>Fails with <paramref name="what"/> unless <paramref name="condition"/>.</summary>
    public static void Ensure(bool condition, string what)
    {
        if (!condition)
            throw new Xunit.Sdk.XunitException("broken: " + what);
    }

    /// <summary>Fails unless the two values are equal (byte arrays by content).</summary>
    public static void Same<T>(T expected, T actual, string what)
    {
        bool equal = expected is byte[] a && actual is byte[] b
            ? a.AsSpan().SequenceEqual(b)
            : EqualityComparer<T>.Default.Equals(expected, actual);
        if (!equal)
            throw new Xunit.Sdk.XunitException($"broken: {what} (expected {expected}, got {actual})");
    }

    /// <summary>Fails unless <paramref name="value"/> is in [low, high].</summary>
    public static void Within(long value, long low, long high, string what)
    {
        if (value < low || value > high)
            throw new Xunit.Sdk.XunitException($"broken: {what} = {value}, not in [{low}, {high}]");
    }
}
