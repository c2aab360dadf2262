using Xunit;

namespace NetStat.Tests.Support;

/// <summary>
/// An xunit class fixture owning one private network namespace, set up once for its test
/// class; without the rights to make one there is none and <see cref="SkipReason"/> says why.
/// A setup that throws disposes the namespace again, so a failed fixture leaves nothing behind.
/// </summary>
public abstract class WorldFixture : IDisposable
{
    public NetnsWorld World { get; }
    public string? SkipReason { get; } = Requirements.MissingForNamespaces;

    /// <param name="hosts">The namespace's /etc/hosts; null for <see cref="NetnsWorld.DefaultHosts"/>.</param>
    /// <param name="setup">Fills the namespace: links, routes, helper processes.</param>
    protected WorldFixture(string? hosts = null, Action<NetnsWorld>? setup = null)
    {
        if (SkipReason is not null)
        {
            World = null!;
            return;
        }
        World = new NetnsWorld(hosts);
        try
        {
            setup?.Invoke(World);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Skips the calling test when there is no namespace.</summary>
    public void SkipIfUnavailable() => Skip.If(SkipReason is not null, SkipReason);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes the namespace; a subclass also removes what else its setup made.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && SkipReason is null)
            World.Dispose();
    }
}
