using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Internal;

/// <summary>The first instant of each day in one zone, memoised: many claims share their dates, and compiling a large timeline resolves each date once.</summary>
internal sealed class DayStarts
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<LocalDate, Instant> _starts = [];

    public DayStarts(DateTimeZone zone) => _zone = zone;

    public Instant this[LocalDate day]
    {
        get
        {
            if (!_starts.TryGetValue(day, out var start))
            {
                start = _zone.AtStartOfDay(day).ToInstant();
                _starts[day] = start;
            }

            return start;
        }
    }

    public (Instant Start, Instant End) Resolve(ClaimDate date)
        => date.Instant is { } instant
            ? (instant, instant == Instant.MaxValue ? instant : instant.PlusTicks(1))
            : (this[date.First], date.Last == LocalDate.MaxIsoValue ? Instant.MaxValue : this[date.Last.PlusDays(1)]);
}
