using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim with its dates resolved in the statement's zone, computed once when a timeline is compiled (docs/semantics.md, sections 3 and 7).</summary>
internal sealed class CompiledClaim
{
    public CompiledClaim(Claim claim, DayStarts days, int order)
    {
        Claim = claim;
        Order = order;
        (Start, End) = days.Resolve(claim.Date);

        // Within: it counts once the whole interval has passed; Throughout (and an attestation, an observation of a
        // state over its period): from the interval's start; an exact instant from that instant.
        var fromStart = claim.Date.Precision == DatePrecision.Instant
            || claim.Date.Quantifier == DateQuantifier.Throughout
            || claim.Kind == ClaimKind.ComplianceAttested;
        AppliesAt = fromStart ? Start : End;
        if (claim.End is { } end)
        {
            var (endStart, endEnd) = days.Resolve(end);
            EndAppliesAt = end.Precision == DatePrecision.Instant ? endStart : endEnd;
        }

        CoverEnd = claim.Kind switch
        {
            // The closed hull [s, e] of the incident's date.
            ClaimKind.Incident => End == Instant.MaxValue ? End : End.PlusTicks(1),
            ClaimKind.ComplianceAttested => EndAppliesAt ?? End,
            _ => EndAppliesAt ?? Instant.MaxValue,
        };
    }

    public Claim Claim { get; }

    /// <summary>The order the claim was added in, for stable sorting.</summary>
    public int Order { get; }

    /// <summary>The earliest instant the claimed event may have happened.</summary>
    public Instant Start { get; }

    /// <summary>The end (exclusive) of the interval the event may have happened in.</summary>
    public Instant End { get; }

    /// <summary>The first instant at which the claim certainly applies: it counts from here on.</summary>
    public Instant AppliesAt { get; }

    /// <summary>For a breach, suspension or attestation with an end date, the first instant at which it has certainly ended.</summary>
    public Instant? EndAppliesAt { get; }

    /// <summary>The end (exclusive) of what the claim covers: an incident's closed hull, a breach state's or suspension's end (or never), an attestation's period.</summary>
    public Instant CoverEnd { get; }
}
