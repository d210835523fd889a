using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One obligation's claims under one perspective, precomputed for evaluation at any instant (docs/semantics.md):
/// the claims inside the perspective sorted by the instant they start to count, the instant each stops counting
/// (outweighed under a trust ordering), per kind the positions of those claims, the breach, attestation and suspension
/// coverage as step functions, and the contests (contradictions the trust ordering does not settle).
/// </summary>
internal sealed class ObligationEvidence
{
    private static readonly Instant Never = Instant.MaxValue;

    public ObligationEvidence(Statement statement, ObligationIndex index, Perspective perspective, string? obligor = null)
    {
        var obligation = index.Obligation;
        var context = statement.DeadlineContext;
        Obligation = obligation;
        Term = index.Term;
        Context = context;
        HasCondition = obligation.Condition is not null;
        Deadline = obligation.Deadline;
        AnchoredOnCondition = Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet };
        var hasDue = Deadline is not (NoDeadline or RenewableTerm);
        BaseDue = hasDue && !AnchoredOnCondition ? index.BaseDue : null;

        var claims = new List<CompiledClaim>();
        foreach (var c in index.Claims)
        {
            if (perspective.Includes(c.Claim, out _) && (obligor is null || c.Claim.ActorId is null || c.Claim.ActorId == obligor))
            {
                claims.Add(c);
            }
        }

        Claims = [.. claims];
        var n = Claims.Length;
        AppliesAt = new Instant[n];
        Kinds = new ClaimKind[n];
        Until = new Instant[n];
        StaticSetAside = new SetAsideReason?[n];
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            AppliesAt[i] = Claims[i].AppliesAt;
            Kinds[i] = Claims[i].Claim.Kind;
            Until[i] = Never;
            position[Claims[i].Claim.Id] = i;
        }

        var edges = Contests(perspective, position);
        List<int> performances = [], partials = [], breaches = [], enders = [], terminations = [], conditions = [], suspensions = [], attestations = [], extensions = [], notices = [];
        var extensionDues = new List<Instant>();
        var noticeEnds = new List<Instant>();
        for (var i = 0; i < n; i++)
        {
            var c = Claims[i];
            var claim = c.Claim;
            switch (claim.Kind)
            {
                case ClaimKind.Performed:
                    performances.Add(i);
                    break;
                case ClaimKind.PartlyPerformed:
                    partials.Add(i);
                    break;
                case ClaimKind.Breached or ClaimKind.Incident:
                    breaches.Add(i);
                    break;
                case ClaimKind.BreachEnded:
                    enders.Add(i);
                    break;
                case ClaimKind.Terminated:
                    terminations.Add(i);
                    break;
                case ClaimKind.ConditionMet:
                    conditions.Add(i);
                    break;
                case ClaimKind.Suspended:
                    suspensions.Add(i);
                    break;
                case ClaimKind.ComplianceAttested:
                    attestations.Add(i);
                    break;
                case ClaimKind.DeadlineExtended when hasDue && claim.NewDeadline is not null:
                    if (claim.BeneficiariesNotAgreeing(obligation).Count > 0)
                    {
                        StaticSetAside[i] = SetAsideReason.ExtensionNotAgreed;
                    }
                    else if (claim.RequestedBy is { } asker && !obligation.IsOwedBy(asker) && !obligation.Beneficiaries.Contains(asker))
                    {
                        StaticSetAside[i] = SetAsideReason.NotEntitled;
                    }
                    else if (claim.NewDeadline.DueInstant(context) is { } next)
                    {
                        extensions.Add(i);
                        extensionDues.Add(next);
                    }

                    break;
                case ClaimKind.NoticeGiven when index.Term is { } term:
                    if (claim.ActorId is not { } giver || !statement.TryGetActor(giver, out var actor) || !actor.Has(ActorRoles.Party))
                    {
                        StaticSetAside[i] = SetAsideReason.NotEntitled;
                        break;
                    }

                    var period = term.TermContaining(c.Start, context);
                    if (period is null)
                    {
                        StaticSetAside[i] = SetAsideReason.NotRelevant;
                    }
                    else if (c.AppliesAt > period.NoticeCutoff)
                    {
                        StaticSetAside[i] = SetAsideReason.NoticeTooLate;
                    }
                    else
                    {
                        notices.Add(i);
                        noticeEnds.Add(period.End);
                    }

                    break;
            }
        }

        Performances = [.. performances];
        Partials = [.. partials];
        Breaches = [.. breaches];
        Enders = [.. enders];
        Terminations = [.. terminations];
        ConditionsMet = [.. conditions];
        Suspensions = [.. suspensions];
        Attestations = [.. attestations];
        Extensions = [.. extensions];
        ExtensionDues = [.. extensionDues];
        ExtensionMaxDues = new Instant[ExtensionDues.Length];
        ExtensionMaxAt = new int[ExtensionDues.Length];
        for (var i = 0; i < ExtensionDues.Length; i++)
        {
            var keep = i > 0 && ExtensionMaxDues[i - 1] >= ExtensionDues[i];
            ExtensionMaxDues[i] = keep ? ExtensionMaxDues[i - 1] : ExtensionDues[i];
            ExtensionMaxAt[i] = keep ? ExtensionMaxAt[i - 1] : Extensions[i];
        }
        Notices = [.. notices];
        NoticeEnds = [.. noticeEnds];
        AnchoredDue = AnchoredOnCondition && ConditionsMet.Length > 0
            ? Deadline.DueInstant(context.WithConditionMetAt(Claims[ConditionsMet[0]].Start))
            : null;

        var finite = new List<Instant>();
        foreach (var u in Until)
        {
            if (u != Never)
            {
                finite.Add(u);
            }
        }

        finite.Sort();
        FiniteUntil = [.. finite];
        Outweighs = FiniteUntil.Length > 0;
        Pieces = new (Instant From, Instant To)[n][];
        CutBreaches = new List<int>?[n];
        BreachCoverage = BuildCoverage(Breaches, true);
        AttestationCoverage = BuildCoverage(Attestations, false);
        SuspensionCoverage = BuildCoverage(Suspensions, false);
        (Targets, Adjacent, Contradictors, FirstContest) = ContestLists(edges);
        Reach = new ContestReach(this);
    }

    public Obligation Obligation { get; }

    public RenewableTerm? Term { get; }

    public DeadlineContext Context { get; }

    public bool HasCondition { get; }

    public Deadline Deadline { get; }

    public bool AnchoredOnCondition { get; }

    public Instant? BaseDue { get; }

    /// <summary>For a deadline that runs from the condition, the due instant from the first condition-met claim.</summary>
    public Instant? AnchoredDue { get; }

    public CompiledClaim[] Claims { get; }

    public Instant[] AppliesAt { get; }

    /// <summary>The instant each claim stops counting (outweighed by a more trusted contradicting claim), or never.</summary>
    public Instant[] Until { get; }

    /// <summary>Why a claim is set aside whatever the instant (an unagreed or unentitled extension, a late or unentitled notice).</summary>
    public SetAsideReason?[] StaticSetAside { get; }

    public Instant[] FiniteUntil { get; }

    public int[] Performances { get; }

    public int[] Partials { get; }

    /// <summary>Breach states and incidents.</summary>
    public int[] Breaches { get; }

    public int[] Enders { get; }

    public int[] Terminations { get; }

    public int[] ConditionsMet { get; }

    public int[] Suspensions { get; }

    public int[] Attestations { get; }

    public int[] Extensions { get; }

    public Instant[] ExtensionDues { get; }

    /// <summary>The latest due instant among the extensions up to each one (a running maximum), and the extension holding it.</summary>
    public Instant[] ExtensionMaxDues { get; }

    public int[] ExtensionMaxAt { get; }

    /// <summary>Each claim's kind, in one compact array.</summary>
    public ClaimKind[] Kinds { get; }

    /// <summary>Whether some claim stops counting at some instant (a trust ordering outweighs it).</summary>
    public bool Outweighs { get; }

    public int[] Notices { get; }

    public Instant[] NoticeEnds { get; }

    /// <summary>Per claim with a coverage, the intervals over which it counts and covers (with no claim left out).</summary>
    public (Instant From, Instant To)[][] Pieces { get; }

    /// <summary>Per breach end, the breach states it cuts short.</summary>
    public List<int>?[] CutBreaches { get; }

    public Coverage BreachCoverage { get; }

    public Coverage AttestationCoverage { get; }

    public Coverage SuspensionCoverage { get; }

    /// <summary>Per claim, the counted claims it contradicts in an unsettled contest.</summary>
    public int[][] Targets { get; }

    /// <summary>Per claim, every claim it is contested with (either direction).</summary>
    public int[][] Adjacent { get; }

    public int[] Contradictors { get; }

    /// <summary>The first instant at which both claims of some contest count.</summary>
    public Instant FirstContest { get; }

    /// <summary>What the contests can reach: whether weighing them could change a fact at an instant.</summary>
    public ContestReach Reach { get; }

    /// <summary>Whether the claim counts at t (started, not outweighed).</summary>
    public bool Live(int p, int n, Instant t) => p < n && (!Outweighs || t < Until[p]);

    /// <summary>Whether an end of a breach applies to a breach state: no earlier than its start, and the same actor when both name one.</summary>
    public bool Ends(int ender, int breach)
    {
        var e = Claims[ender];
        var b = Claims[breach];
        return b.Claim.Kind == ClaimKind.Breached && e.Start >= b.Start
               && (e.Claim.ActorId is null || b.Claim.ActorId is null || e.Claim.ActorId == b.Claim.ActorId);
    }

    /// <summary>The contradiction edges between claims of this list; under a trust ordering, the less trusted claim of a ranked pair stops counting once both count.</summary>
    private List<(int From, int To)> Contests(Perspective perspective, Dictionary<string, int> position)
    {
        var edges = new List<(int, int)>();
        var ranked = !perspective.TrustOrder.IsEmpty;
        for (var i = 0; i < Claims.Length; i++)
        {
            foreach (var other in Claims[i].Claim.Contradicts)
            {
                if (!position.TryGetValue(other, out var j) || j == i)
                {
                    continue;
                }

                var ri = ranked ? perspective.TrustRank(Claims[i].Claim) : int.MaxValue;
                var rj = ranked ? perspective.TrustRank(Claims[j].Claim) : int.MaxValue;
                if (ri == rj)
                {
                    edges.Add((i, j));
                    continue;
                }

                var loser = ri < rj ? j : i;
                var both = AppliesAt[i] > AppliesAt[j] ? AppliesAt[i] : AppliesAt[j];
                var from = both > AppliesAt[loser] ? both : AppliesAt[loser];
                if (from < Until[loser])
                {
                    Until[loser] = from;
                }
            }
        }

        return edges;
    }

    private (int[][] Targets, int[][] Adjacent, int[] Contradictors, Instant First) ContestLists(List<(int From, int To)> edges)
    {
        var targets = new List<int>?[Claims.Length];
        var adjacent = new SortedSet<int>?[Claims.Length];
        var first = Never;
        foreach (var (i, j) in edges)
        {
            if (Until[i] <= AppliesAt[i] || Until[j] <= AppliesAt[j])
            {
                continue;
            }

            var own = targets[i] ??= [];
            if (!own.Contains(j))
            {
                own.Add(j);
            }

            (adjacent[i] ??= []).Add(j);
            (adjacent[j] ??= []).Add(i);
            var both = AppliesAt[i] > AppliesAt[j] ? AppliesAt[i] : AppliesAt[j];
            first = both < first ? both : first;
        }

        var t = new int[Claims.Length][];
        var a = new int[Claims.Length][];
        var contradictors = new List<int>();
        for (var i = 0; i < Claims.Length; i++)
        {
            t[i] = targets[i] is { } list ? [.. list] : [];
            a[i] = adjacent[i] is { } set ? [.. set] : [];
            if (t[i].Length > 0)
            {
                contradictors.Add(i);
            }
        }

        return (t, a, [.. contradictors], first);
    }

    /// <summary>The coverage of breaches, attestations or suspensions: each counts from when it applies until it stops counting or its cover ends; a breach state also stops while an end of it counts.</summary>
    private Coverage BuildCoverage(int[] positions, bool breaches)
    {
        var all = new List<(Instant, Instant)>();
        foreach (var p in positions)
        {
            var to = Until[p] < Claims[p].CoverEnd ? Until[p] : Claims[p].CoverEnd;
            var pieces = new List<(Instant From, Instant To)>();
            if (to > AppliesAt[p])
            {
                pieces.Add((AppliesAt[p], to));
            }

            if (breaches && Claims[p].Claim.Kind == ClaimKind.Breached)
            {
                CutByEnds(p, pieces);
            }

            Pieces[p] = [.. pieces];
            all.AddRange(pieces);
        }

        return Coverage.Build(all);
    }

    /// <summary>Removes from a breach state's pieces the intervals during which an end of it counts.</summary>
    private void CutByEnds(int breach, List<(Instant From, Instant To)> pieces)
    {
        var start = Claims[breach].Start;
        var k = FirstAtOrAfter(Enders, start);
        for (; k < Enders.Length && pieces.Count > 0; k++)
        {
            var e = Enders[k];
            if (AppliesAt[e] >= pieces[^1].To)
            {
                break;
            }

            if (!Ends(e, breach) || Until[e] <= AppliesAt[e])
            {
                continue;
            }

            (CutBreaches[e] ??= []).Add(breach);
            Subtract(pieces, AppliesAt[e], Until[e]);
        }
    }

    private static void Subtract(List<(Instant From, Instant To)> pieces, Instant from, Instant to)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            var (a, b) = pieces[i];
            if (to <= a || from >= b)
            {
                continue;
            }

            pieces.RemoveAt(i);
            if (to < b)
            {
                pieces.Insert(i, (to, b));
            }

            if (from > a)
            {
                pieces.Insert(i, (a, from));
            }
        }
    }

    /// <summary>The index, in <see cref="Enders"/>, of the first end that applies at or after the instant.</summary>
    public int FirstEnderAtOrAfter(Instant instant) => FirstAtOrAfter(Enders, instant);

    /// <summary>The index of the first position in a list whose claim applies at or after the instant.</summary>
    private int FirstAtOrAfter(int[] list, Instant instant)
    {
        int lo = 0, hi = list.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (AppliesAt[list[mid]] < instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
