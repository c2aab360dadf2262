using NetStat.Cli.Interop;

namespace NetStat.Cli.Modes;

/// <summary>
/// The wall clock in the local time zone as the C library sees it (TZ, /etc/localtime), as
/// date(1) would print it. The runtime's own time zone support is left out of the executable
/// (InvariantTimezone: it would load and parse the zone database in every run that asks).
/// </summary>
internal static class LocalClock
{
    public static unsafe DateTimeOffset Now()
    {
        long* timespec = stackalloc long[2];
        if (Libc.ClockGetTime(Libc.CLOCK_REALTIME, timespec) != 0)
            return DateTimeOffset.UtcNow;
        long seconds = timespec[0];
        byte* tm = stackalloc byte[64];
        if (Libc.LocalTimeR(&seconds, tm) == null)
            return DateTimeOffset.UtcNow;
        int* f = (int*)tm; // tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year
        long offset = *(long*)(tm + 40);
        // DateTimeOffset takes whole minutes within ±14 h; a zone outside that (local mean
        // time of old dates) is shown in UTC rather than wrongly.
        if (offset % 60 != 0 || Math.Abs(offset) > 14 * 3600)
            return DateTimeOffset.UtcNow;
        return new DateTimeOffset(f[5] + 1900, f[4] + 1, f[3], f[2], f[1], Math.Min(f[0], 59), (int)(timespec[1] / 1_000_000),
            TimeSpan.FromSeconds(offset));
    }
}
