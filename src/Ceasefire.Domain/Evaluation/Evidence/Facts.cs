using System;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// What the counted claims about one obligation establish at an instant, with some claims left out (one side of a
/// contest) or none: the positions of the claims each rule reads (-1 when none; -2 when a coverage is known to exist
/// but its claim was not identified, which only the explanation needs). Computed in a few binary searches and list
/// heads; no allocation. With no claim left out and no claim to identify, the coverages are left
/// <see cref="Pending"/>: <see cref="RuleContext"/> reads each on first use (<see cref="Any"/>).
/// </summary>
internal struct Facts : IEquatable<Facts>
{
    public int Terminated;
    public int NoticeExpired;
    public int Suspension;
    public int ConditionMet;
    public int Breach;
    public int NotPerformed;
    public int Performed;
    public int Partial;
    public int Attestation;
    public int Extension;
    public Instant? Due;
    public bool AnyCounted;

    /// <summary>A coverage not read yet (status-only path, no claim left out).</summary>
    public const int Pending = int.MinValue;

    /// <summary>The facts at t from the first n claims of x, leaving out <paramref name="excluded"/>; identifies covering claims when asked.</summary>
    public static Facts Compute(ObligationEvidence x, int n, Instant t, ReadOnlySpan<int> excluded, bool identify)
    {
        var lazy = excluded.IsEmpty && !identify;
        var f = new Facts
        {
            Terminated = First(x, x.Terminations, n, t, excluded),
            NoticeExpired = Notice(x, n, t, excluded),
            ConditionMet = First(x, x.ConditionsMet, n, t, excluded),
            Performed = First(x, x.Performances, n, t, excluded),
            Partial = First(x, x.Partials, n, t, excluded),
            NotPerformed = First(x, x.Breaches, n, t, excluded),
            Suspension = lazy ? Pending : Covered(x, x.SuspensionCoverage, x.Suspensions, n, t, excluded, identify, ClaimKind.Suspended),
            Attestation = lazy ? Pending : Covered(x, x.AttestationCoverage, x.Attestations, n, t, excluded, identify, ClaimKind.ComplianceAttested),
            Breach = lazy ? Pending : Covered(x, x.BreachCoverage, x.Breaches, n, t, excluded, identify, ClaimKind.Breached),
            AnyCounted = LiveCount(x, n, t) > excluded.Length,
        };
        (f.Due, f.Extension) = DueAt(x, n, t, excluded, f.ConditionMet);
        return f;
    }

    /// <summary>The first claim of a kind list counted at t and not left out, or -1.</summary>
    public static int First(ObligationEvidence x, int[] list, int n, Instant t, ReadOnlySpan<int> excluded)
    {
        if (excluded.IsEmpty && !x.Outweighs)
        {
            return list.Length > 0 && list[0] < n ? list[0] : -1;
        }

        foreach (var p in list)
        {
            if (p >= n)
            {
                return -1;
            }

            if (t < x.Until[p] && !excluded.Contains(p))
            {
                return p;
            }
        }

        return -1;
    }

    private static int Notice(ObligationEvidence x, int n, Instant t, ReadOnlySpan<int> excluded)
    {
        for (var i = 0; i < x.Notices.Length && x.Notices[i] < n; i++)
        {
            var p = x.Notices[i];
            if (t >= x.NoticeEnds[i] && t < x.Until[p] && !excluded.Contains(p))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>How many claims count at t: those started, less those outweighed by then.</summary>
    private static int LiveCount(ObligationEvidence x, int n, Instant t)
    {
        if (x.FiniteUntil.Length == 0)
        {
            return n;
        }

        int lo = 0, hi = x.FiniteUntil.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (x.FiniteUntil[mid] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return n - lo;
    }

    /// <summary>Whether some claim of the list covers t once the left-out claims are removed: the coverage count, less left-out claims that cover t, plus breach states that left-out ends had cut short.</summary>
    private static int Covered(ObligationEvidence x, Coverage coverage, int[] list, int n, Instant t, ReadOnlySpan<int> excluded, bool identify, ClaimKind kind)
    {
        var breaches = kind == ClaimKind.Breached;
        var count = coverage.CountAt(t);
        var found = false;
        if (excluded.IsEmpty)
        {
            found = count > 0;
        }
        else
        {
            foreach (var r in excluded)
            {
                if (Covers(x, r, t) && (x.Claims[r].Claim.Kind == kind || (breaches && x.Claims[r].Claim.Kind == ClaimKind.Incident)))
                {
                    count--;
                }
            }

            found = count > 0;
            if (!found && breaches)
            {
                foreach (var r in excluded)
                {
                    foreach (var b in x.CutBreaches[r] ?? [])
                    {
                        if (!excluded.Contains(b) && CoversWithout(x, b, n, t, excluded))
                        {
                            return b;
                        }
                    }
                }
            }
        }

        if (!found)
        {
            return -1;
        }

        if (!identify)
        {
            return -2;
        }

        foreach (var p in list)
        {
            if (p >= n)
            {
                break;
            }

            if (!excluded.Contains(p) && (excluded.IsEmpty ? Covers(x, p, t) : CoversWithout(x, p, n, t, excluded)))
            {
                return p;
            }
        }

        return -2;
    }

    /// <summary>A coverage fact with no claim left out and none identified: -2 when some claim covers t, otherwise -1.</summary>
    public static int Any(Coverage coverage, Instant t) => coverage.CountAt(t) > 0 ? -2 : -1;

    /// <summary>Whether a claim covers t with no claim left out.</summary>
    public static bool Covers(ObligationEvidence x, int p, Instant t)
    {
        if (x.Pieces[p] is not { } pieces)
        {
            return false;
        }

        foreach (var (from, to) in pieces)
        {
            if (from <= t && t < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a claim covers t once the left-out claims are removed (a breach state is no longer cut by left-out ends).</summary>
    public static bool CoversWithout(ObligationEvidence x, int p, int n, Instant t, ReadOnlySpan<int> excluded)
    {
        var c = x.Claims[p];
        if (!x.Live(p, n, t) || t >= c.CoverEnd)
        {
            return false;
        }

        if (c.Claim.Kind != ClaimKind.Breached)
        {
            return true;
        }

        // Only ends that apply no earlier than the breach's start can end it.
        for (var k = x.FirstEnderAtOrAfter(c.Start); k < x.Enders.Length; k++)
        {
            var e = x.Enders[k];
            if (e >= n)
            {
                break;
            }

            if (t < x.Until[e] && !excluded.Contains(e) && x.Ends(e, p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The due instant in force at t (the base or condition-anchored deadline, moved by the latest agreed extension), and the extension that set it.</summary>
    private static (Instant? Due, int Extension) DueAt(ObligationEvidence x, int n, Instant t, ReadOnlySpan<int> excluded, int conditionMet)
    {
        var due = x.BaseDue;
        if (x.AnchoredOnCondition)
        {
            due = conditionMet < 0 ? null
                : conditionMet == x.ConditionsMet[0] ? x.AnchoredDue
                : x.Deadline.DueInstant(x.Context.WithConditionMetAt(x.Claims[conditionMet].Start));
        }

        var which = -1;
        if (excluded.IsEmpty && !x.Outweighs && !x.AnchoredOnCondition)
        {
            // The running maximum of the extensions counted by t.
            int lo = 0, hi = x.Extensions.Length;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) >> 1);
                if (x.Extensions[mid] < n)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && (due is not { } baseDue || x.ExtensionMaxDues[lo - 1] > baseDue) ? (x.ExtensionMaxDues[lo - 1], x.ExtensionMaxAt[lo - 1]) : (due, -1);
        }

        for (var i = 0; i < x.Extensions.Length && x.Extensions[i] < n; i++)
        {
            var p = x.Extensions[i];
            if (t >= x.Until[p] || excluded.Contains(p))
            {
                continue;
            }

            var next = x.AnchoredOnCondition
                ? x.Claims[p].Claim.NewDeadline!.DueInstant(conditionMet >= 0 ? x.Context.WithConditionMetAt(x.Claims[conditionMet].Start) : x.Context)
                : x.ExtensionDues[i];
            if (next is { } d && (due is not { } current || d > current))
            {
                due = d;
                which = p;
            }
        }

        return (due, which);
    }

    /// <inheritdoc />
    public readonly bool Equals(Facts other)
        => Terminated == other.Terminated && NoticeExpired == other.NoticeExpired && Suspension == other.Suspension
           && ConditionMet == other.ConditionMet && Breach == other.Breach && NotPerformed == other.NotPerformed
           && Performed == other.Performed && Partial == other.Partial && Attestation == other.Attestation
           && Due == other.Due && AnyCounted == other.AnyCounted;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is Facts other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() => HashCode.Combine(Terminated, Suspension, Breach, Performed, Due);
}
