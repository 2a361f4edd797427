using System.Collections.Concurrent;

namespace DevConnect.Domain.Matching;

/// <summary>How far apart two members' clocks are, from the time zones they chose (IANA ids, like Europe/Paris).</summary>
public static class MatchTimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> _zones = new(StringComparer.Ordinal);

    /// <summary>Whole hours between the two zones at <paramref name="nowUtc"/> (at most 12: the day wraps); null when either is unknown.</summary>
    public static int? HoursApart(string? one, string? other, DateTime nowUtc)
    {
        if (Find(one) is not { } a || Find(other) is not { } b)
        {
            return null;
        }

        var hours = Math.Abs((a.GetUtcOffset(nowUtc) - b.GetUtcOffset(nowUtc)).TotalHours);
        hours = Math.Min(hours, 24 - hours);
        return (int)Math.Round(hours, MidpointRounding.AwayFromZero);
    }

    private static TimeZoneInfo? Find(string? id) => string.IsNullOrWhiteSpace(id)
        ? null
        : _zones.GetOrAdd(id, static key => TimeZoneInfo.TryFindSystemTimeZoneById(key, out var zone) ? zone : null);
}
