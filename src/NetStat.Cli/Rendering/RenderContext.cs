namespace NetStat.Cli.Rendering;

/// <summary>A network namespace as output names it.</summary>
internal sealed class NamespaceLabel
{
    private NamespaceLabel(string jsonText) => JsonText = jsonText;

    /// <summary>What JSON records carry as "netns": the name, or "inode:N" for an unnamed namespace (built once).</summary>
    public string JsonText { get; }

    /// <summary>How output names <paramref name="ns"/>.</summary>
    public static NamespaceLabel Of(Kernel.NetworkNamespace ns) => new(ns.Name ?? $"inode:{ns.Inode}");
}

/// <summary>
/// What every renderer may want to know besides the records, set by NetstatCommand while a
/// mode runs. Renderers run on the main thread only; the values change between sections.
/// </summary>
internal static class RenderContext
{
    /// <summary>
    /// The network namespace the current output comes from: set for --netns, --netns-pid and for
    /// each section of --all-netns, null when no namespace option was given (the caller's own).
    /// A JSON renderer writes it as a "netns" field on each record.
    /// </summary>
    public static NamespaceLabel? Namespace { get; set; }

    /// <summary>
    /// With --all-netns --changes, the section line ("Network namespace ...:") of the namespace
    /// being compared, still to be printed before its first change line of this interval (so an
    /// interval without changes prints nothing). A change renderer writes it and sets it to null.
    /// </summary>
    public static byte[]? PendingSectionHeader { get; set; }
}
