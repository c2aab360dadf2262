using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Receives the interface table as records; a renderer decides what text (or JSON ...) they
/// become. Rows arrive already filtered by -a.
/// </summary>
internal interface IInterfaceRenderer
{
    /// <summary>Once per run, before the first pass.</summary>
    void Title();

    /// <summary>At the start of every pass (-c repeats passes).</summary>
    void BeginPass();

    /// <summary>One interface.</summary>
    void Interface(NetworkInterface iface);

    /// <summary>At the end of every pass, before -c flushes the output (also when the pass failed).</summary>
    void EndPass()
    {
    }
}
