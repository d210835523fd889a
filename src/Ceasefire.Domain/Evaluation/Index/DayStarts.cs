using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The first instant of each day in one zone, memoised: many claims share their dates, and compiling a large timeline resolves each date once.</summary>
internal sealed class DayStarts
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<LocalDate, Instant> _starts = [];
    private readonly Func<LocalDate, Instant> _lookup;

    public DayStarts(DateTimeZone zone)
    {
        _zone = zone;
        _lookup = day => this[day];
    }

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

    public (Instant Start, Instant End) Resolve(ClaimDate date) => date.Resolve(_lookup);
}
