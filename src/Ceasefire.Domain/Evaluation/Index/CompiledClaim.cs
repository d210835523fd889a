using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim with its dates resolved in the statement's zone, computed once when a timeline is compiled.</summary>
internal sealed class CompiledClaim
{
    public CompiledClaim(Claim claim, DayStarts days, int order)
    {
        Claim = claim;
        Order = order;
        (Start, End) = days.Resolve(claim.Date);
        // An exact instant counts from that instant; a day, month, year or range counts once it has wholly passed.
        AppliesAt = claim.Date.Precision == DatePrecision.Instant ? Start : End;
        if (claim.End is { } end)
        {
            var (endStart, endEnd) = days.Resolve(end);
            EndAppliesAt = end.Precision == DatePrecision.Instant ? endStart : endEnd;
        }
    }

    public Claim Claim { get; }

    /// <summary>The order the claim was added in, for stable sorting.</summary>
    public int Order { get; }

    /// <summary>The earliest instant the claimed event may have happened.</summary>
    public Instant Start { get; }

    /// <summary>The end (exclusive) of the interval the event may have happened in.</summary>
    public Instant End { get; }

    /// <summary>The first instant at which the event has certainly happened: the claim counts from here on (the instant itself for instant precision, else the end of the date range).</summary>
    public Instant AppliesAt { get; }

    /// <summary>For a breach or suspension with an end date, the first instant at which it has certainly ended.</summary>
    public Instant? EndAppliesAt { get; }
}
