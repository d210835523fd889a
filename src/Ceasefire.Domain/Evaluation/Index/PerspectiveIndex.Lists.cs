using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>One obligation's claims inside the perspective, split by kind.</summary>
internal sealed partial class PerspectiveIndex
{
    /// <summary>One obligation's claims inside the perspective, in the order they start to count, with per-kind positions.</summary>
    private sealed class Lists
    {
        public Lists(ObligationIndex index, Perspective perspective, DeadlineContext context)
        {
            var obligation = index.Obligation;
            Kind = obligation.PerformanceKind;
            HasCondition = obligation.Condition is not null;
            Deadline = obligation.Deadline;
            AnchoredOnCondition = Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet };
            var hasDue = Deadline is not (NoDeadline or RenewableTerm);
            BaseDue = hasDue && !AnchoredOnCondition ? index.BaseDue : null;

            var claims = new List<CompiledClaim>();
            foreach (var c in index.Claims)
            {
                if (perspective.Includes(c.Claim, out _))
                {
                    claims.Add(c);
                }
            }

            Claims = [.. claims];
            AppliesAt = new Instant[Claims.Length];
            Dictionary<string, int>? position = null;
            for (var i = 0; i < Claims.Length; i++)
            {
                AppliesAt[i] = Claims[i].AppliesAt;
                if (!Claims[i].Claim.Contradicts.IsEmpty)
                {
                    position ??= new Dictionary<string, int>(StringComparer.Ordinal);
                }
            }

            if (position is not null)
            {
                for (var i = 0; i < Claims.Length; i++)
                {
                    position[Claims[i].Claim.Id] = i;
                }
            }

            List<int> performances = [], partials = [], breaches = [], terminations = [], conditions = [], suspensions = [], extensions = [], notices = [];
            var noticeEnds = new List<Instant>();
            var extensionMax = new List<Instant>();
            var extensionArgMax = new List<int>();
            var targets = new int[Claims.Length][];
            var adjacent = new List<int>?[Claims.Length];
            var contradictors = new List<int>();
            for (var i = 0; i < Claims.Length; i++)
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
                    case ClaimKind.Breached:
                        breaches.Add(i);
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
                    case ClaimKind.DeadlineExtended when hasDue && claim.NewDeadline is not null && claim.BeneficiariesNotAgreeing(obligation).Count == 0:
                        if (claim.NewDeadline.DueInstant(context) is { } next)
                        {
                            extensions.Add(i);
                            var keep = extensionMax.Count > 0 && extensionMax[^1] >= next;
                            extensionArgMax.Add(keep ? extensionArgMax[^1] : i);
                            extensionMax.Add(keep ? extensionMax[^1] : next);
                        }

                        break;
                    case ClaimKind.NoticeGiven when index.Term is { } term:
                        var period = term.TermContaining(c.Start, context);
                        if (period is not null && c.AppliesAt <= period.NoticeCutoff)
                        {
                            notices.Add(i);
                            noticeEnds.Add(period.End);
                        }

                        break;
                }

                targets[i] = [];
                if (position is null || claim.Contradicts.IsEmpty)
                {
                    continue;
                }

                var own = new List<int>();
                foreach (var other in claim.Contradicts)
                {
                    if (position.TryGetValue(other, out var j) && !own.Contains(j))
                    {
                        own.Add(j);
                        (adjacent[i] ??= []).Add(j);
                        (adjacent[j] ??= []).Add(i);
                        var both = c.AppliesAt > Claims[j].AppliesAt ? c.AppliesAt : Claims[j].AppliesAt;
                        FirstContradiction = both < FirstContradiction ? both : FirstContradiction;
                    }
                }

                targets[i] = [.. own];
                if (own.Count > 0)
                {
                    contradictors.Add(i);
                }
            }

            // Adjacency lists a pair twice when both claims name each other: keep each position once, ascending.
            Adjacent = new int[Claims.Length][];
            for (var i = 0; i < Claims.Length; i++)
            {
                if (adjacent[i] is not { } list)
                {
                    Adjacent[i] = [];
                    continue;
                }

                list.Sort();
                var unique = new List<int>(list.Count);
                foreach (var p in list)
                {
                    if (unique.Count == 0 || unique[^1] != p)
                    {
                        unique.Add(p);
                    }
                }

                Adjacent[i] = [.. unique];
            }

            Targets = targets;
            Contradictors = [.. contradictors];
            Performances = [.. performances];
            Partials = [.. partials];
            Breaches = [.. breaches];
            Terminations = [.. terminations];
            ConditionsMet = [.. conditions];
            AnchoredDue = AnchoredOnCondition && ConditionsMet.Length > 0
                ? Deadline.DueInstant(context.WithConditionMetAt(Claims[ConditionsMet[0]].Start))
                : null;
            Suspensions = [.. suspensions];
            Extensions = [.. extensions];
            ExtensionMaxDue = [.. extensionMax];
            ExtensionArgMax = [.. extensionArgMax];
            Notices = [.. notices];
            NoticeEnds = [.. noticeEnds];
            (SuspensionStarts, SuspensionEnds) = Merge(Claims, Suspensions);
        }

        public PerformanceKind Kind { get; }

        public bool HasCondition { get; }

        public Deadline Deadline { get; }

        public bool AnchoredOnCondition { get; }

        public Instant? BaseDue { get; }

        /// <summary>For a deadline that runs from the condition, the due instant from the first condition-met claim.</summary>
        public Instant? AnchoredDue { get; }

        public CompiledClaim[] Claims { get; }

        public Instant[] AppliesAt { get; }

        public int[] Performances { get; }

        public int[] Partials { get; }

        public int[] Breaches { get; }

        public int[] Terminations { get; }

        public int[] ConditionsMet { get; }

        public int[] Suspensions { get; }

        public int[] Extensions { get; }

        /// <summary>The latest due instant among the agreed extensions up to each one (a running maximum).</summary>
        public Instant[] ExtensionMaxDue { get; }

        /// <summary>The position of the extension that holds the running maximum.</summary>
        public int[] ExtensionArgMax { get; }

        public int[] Notices { get; }

        public Instant[] NoticeEnds { get; }

        public Instant[] SuspensionStarts { get; }

        public Instant[] SuspensionEnds { get; }

        public int[][] Targets { get; }

        public int[][] Adjacent { get; }

        public int[] Contradictors { get; }

        public Instant FirstContradiction { get; } = Never;

        private static (Instant[] Starts, Instant[] Ends) Merge(CompiledClaim[] claims, int[] suspensions)
        {
            var intervals = new List<(Instant Start, Instant End)>();
            foreach (var i in suspensions)
            {
                var c = claims[i];
                var end = c.EndAppliesAt ?? Never;
                if (end > c.AppliesAt)
                {
                    intervals.Add((c.AppliesAt, end));
                }
            }

            intervals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var starts = new List<Instant>();
            var ends = new List<Instant>();
            foreach (var (start, end) in intervals)
            {
                if (ends.Count > 0 && start <= ends[^1])
                {
                    if (end > ends[^1])
                    {
                        ends[^1] = end;
                    }
                }
                else
                {
                    starts.Add(start);
                    ends.Add(end);
                }
            }

            return ([.. starts], [.. ends]);
        }
    }
}
