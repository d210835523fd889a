using System.Linq;
using System.Threading;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Properties;

/// <summary>Evaluation is deterministic, perspectives and "as known on" dates only ever set claims aside, and extensions never make a performance late.</summary>
public class EvaluationProperties
{
    private sealed record Question(Case Case, Instant AsOf, Perspective Perspective);

    private static FsCheck.Gen<Question> Questions { get; } =
        from c in CeasefireGen.Case
        from asOf in PropertyRun.InstantAround(c.Statement)
        from perspective in PropertyRun.PerspectiveFor(c.Statement)
        select new Question(c, asOf, perspective);

    internal static Timeline With(Case c, ClaimState extra)
    {
        var b = c.Timeline.ToBuilder(c.Statement);
        b.Claims.Add(extra);
        return b.Build();
    }

    [Fact]
    public void Evaluate_SameQuestionAskedAgain_IdenticalReport()
        => PropertyRun.Check(Prop.ForAll(Questions.ToArbitrary(), q =>
        {
            var (s, t) = (q.Case.Statement, q.Case.Timeline);

            var first = Evaluator.Create(s, t).Evaluate(q.AsOf, q.Perspective);
            var second = Evaluator.Create(s, t).Evaluate(q.AsOf, q.Perspective);
            var cached = s.Evaluate(t, q.AsOf, q.Perspective);
            var rebuilt = s.ToBuilder().Build().Evaluate(t.ToBuilder(s).Build(), q.AsOf, q.Perspective);

            second.Should().Be(first);
            cached.Should().Be(first);
            rebuilt.Should().Be(first);
            CeasefireJson.Serialize(second).Should().Be(CeasefireJson.Serialize(first));
            second.ToCsv().Should().Be(first.ToCsv());
        }), 100);

    /// <summary>A claim whose claimant does not count for the party never changes what the party's perspective concludes.</summary>
    [Fact]
    public void Evaluate_ClaimFromOutsidePartyPerspective_SameOutcome()
    {
        var questions =
            from q in Questions
            let s = q.Case.Statement
            from party in FsCheck.Fluent.Gen.Elements(s.Actors.Select(a => a.Id).ToArray())
            from extra in CeasefireGen.ClaimGen(s, q.Case.Timeline.Claims.Length)
            from other in FsCheck.Fluent.Gen.Elements(s.Actors.Select(a => a.Id).Where(a => a != party).DefaultIfEmpty().ToArray())
            from shape in FsCheck.Fluent.Gen.Choose(0, 2)
            select (q, party, extra, other, shape);
        PropertyRun.Check(Prop.ForAll(questions.ToArbitrary(), x =>
        {
            var (q, party, extra, other, shape) = x;
            extra.Claimant = ClaimantDto.From(other is null || shape == 0 ? new Claimant("Outsider") : shape == 1 ? new Claimant("Outsider", other) : new Claimant("Outsider", null, other));
            var perspective = q.Perspective.KnownOn is { } known ? Perspective.OnlyAssertedBy(party).AsKnownOn(known) : Perspective.OnlyAssertedBy(party);
            var with = With(q.Case, extra);

            var before = q.Case.Statement.Evaluate(q.Case.Timeline, q.AsOf, perspective);
            var after = q.Case.Statement.Evaluate(with, q.AsOf, perspective);

            PropertyRun.Outcome(after).Should().Be(PropertyRun.Outcome(before), "claim {0} is asserted by {1}, outside {2}", extra.Id, extra.Claimant, perspective);
        }), 150);
    }

    /// <summary>A claim documented only by sources outside a sources perspective never changes what it concludes.</summary>
    [Fact]
    public void Evaluate_ClaimFromOutsideSourcesPerspective_SameOutcome()
    {
        var questions =
            from q in Questions
            from extra in CeasefireGen.ClaimGen(q.Case.Statement, q.Case.Timeline.Claims.Length)
            select (q, extra);
        PropertyRun.Check(Prop.ForAll(questions.ToArbitrary(), x =>
        {
            var (q, extra) = x;
            extra.Sources.Clear();
            extra.Sources.Add(CitationDto.From(new Citation("https://outside.example/elsewhere", "not among the chosen sources")));
            var perspective = Perspective.FromSources(CeasefireGen.SourcePool);
            var with = With(q.Case, extra);

            var before = q.Case.Statement.Evaluate(q.Case.Timeline, q.AsOf, perspective);
            var after = q.Case.Statement.Evaluate(with, q.AsOf, perspective);

            PropertyRun.Outcome(after).Should().Be(PropertyRun.Outcome(before));
        }), 150);
    }

    /// <summary>A claim that became known after the "as known on" date never changes the bitemporal result.</summary>
    [Fact]
    public void Evaluate_ClaimKnownAfterAsKnownOnDate_SameOutcome()
    {
        var questions =
            from q in Questions
            let s = q.Case.Statement
            from extra in CeasefireGen.ClaimGen(s, q.Case.Timeline.Claims.Length)
            from knownOnDays in FsCheck.Fluent.Gen.Choose(-30, 365 * 4)
            from lateBy in FsCheck.Fluent.Gen.Choose(1, 400)
            select (q, extra, knownOn: s.EffectiveFrom.InZone(s.TimeZone).Date.PlusDays(knownOnDays), lateBy);
        PropertyRun.Check(Prop.ForAll(questions.ToArbitrary(), x =>
        {
            var (q, extra, knownOn, lateBy) = x;
            var perspective = (q.Perspective.KnownOn is null ? q.Perspective : Perspective.AllClaims).AsKnownOn(knownOn);
            var earliest = LocalDate.Max(knownOn, Validation.WireValues.ToClaimDate(extra.Date!, "$", new Validation.ProblemList())!.First);
            extra.KnownOn = earliest.PlusDays(lateBy);
            var with = With(q.Case, extra);

            var before = q.Case.Statement.Evaluate(q.Case.Timeline, q.AsOf, perspective);
            var after = q.Case.Statement.Evaluate(with, q.AsOf, perspective);

            PropertyRun.Outcome(after).Should().Be(PropertyRun.Outcome(before));
        }), 150);
    }

    /// <summary>
    /// An extension agreed by every beneficiary never turns a fulfilled obligation into a late one: the obligation is
    /// performed (claim "performed") at a random time around its due instant, then an agreed extension is added.
    /// </summary>
    [Fact]
    public void Evaluate_AgreedExtensionAdded_FulfilledStaysFulfilled()
    {
        var fulfilledSeen = 0;
        var questions =
            from c in CeasefireGen.Case.Where(c => CeasefireGen.Extendable(c.Statement).Length > 0)
            let s = c.Statement
            let n = c.Timeline.Claims.Length
            from id in FsCheck.Fluent.Gen.Elements(CeasefireGen.Extendable(s))
            from performedBeforeDue in FsCheck.Fluent.Gen.Choose(-60 * 24 * 20, 60 * 24 * 5)
            from performed in CeasefireGen.ClaimOfKind(s, n, ClaimKind.Performed)
            from extension in CeasefireGen.ClaimOfKind(s, n + 1, ClaimKind.DeadlineExtended)
            from askAfter in FsCheck.Fluent.Gen.Choose(0, 60 * 24 * 400)
            select (c, id, performedBeforeDue, performed, extension, askAfter);
        PropertyRun.Check(Prop.ForAll(questions.ToArbitrary(), x =>
        {
            var (c, id, performedAt, performed, extension, askAfter) = x;
            var s = c.Statement;
            var obligation = s.GetObligation(id);
            var due = obligation.Deadline.DueInstant(s.DeadlineContext)!.Value;
            var when = Instant.Max(due.Plus(Duration.FromMinutes(performedAt)), s.EffectiveFrom);
            performed.ObligationIds.Clear();
            performed.ObligationIds.Add(id);
            performed.Contradicts = null;
            performed.Date = ClaimDateDto.From(ClaimDate.At(when));
            performed.KnownOn = when.InUtc().Date;
            var withPerformance = With(c, performed);

            // Extend this obligation's deadline, agreed by every beneficiary (and, when it has none, by every obligor).
            extension.ObligationIds.Clear();
            extension.ObligationIds.Add(id);
            extension.Contradicts = null;
            extension.NewDeadline = DeadlineDto.From(Deadline.At(due.Plus(Duration.FromDays(1 + (askAfter % 300)))));
            extension.AgreedBy = [];
            extension.AgreedBy.AddRange([.. obligation.Beneficiaries, .. obligation.Obligors]);
            var tb = withPerformance.ToBuilder(s);
            tb.Claims.Add(extension);
            var withExtension = tb.Build();

            var asOf = when.Plus(Duration.FromMinutes(askAfter));
            var before = s.Evaluate(withPerformance, asOf)[id];
            var after = s.Evaluate(withExtension, asOf)[id];

            if (before.Status == ObligationStatus.Fulfilled)
            {
                Interlocked.Increment(ref fulfilledSeen);
                after.Status.Should().Be(ObligationStatus.Fulfilled, "an agreed extension cannot make {0} late; before: {1}; after: {2}", id, before.Explanation, after.Explanation);
                after.Explanation.Timeliness.Should().NotBe(Timeliness.Late);
            }

            if (before.Status == ObligationStatus.FulfilledLate)
            {
                after.Status.Should().BeOneOf(ObligationStatus.Fulfilled, ObligationStatus.FulfilledLate);
            }
        }), 150);

        fulfilledSeen.Should().BeGreaterThan(10, "the property must see fulfilled obligations to mean anything");
    }

    /// <summary>History intervals tile the requested range with no gap or overlap, adjacent intervals differ, and each agrees with Evaluate.</summary>
    [Fact]
    public void History_AnyObligation_TilesRangeAndAgreesWithEvaluate()
    {
        var questions =
            from q in Questions
            from fromDays in FsCheck.Fluent.Gen.Choose(-40, 200)
            from lengthDays in FsCheck.Fluent.Gen.Choose(1, 365 * 4)
            select (q, start: q.Case.Statement.EffectiveFrom.Plus(Duration.FromDays(fromDays)), end: q.Case.Statement.EffectiveFrom.Plus(Duration.FromDays(fromDays + lengthDays)));
        PropertyRun.Check(Prop.ForAll(questions.ToArbitrary(), x =>
        {
            var (q, from, to) = x;
            var evaluator = Evaluator.Create(q.Case.Statement, q.Case.Timeline);
            var histories = evaluator.Histories(from, to, q.Perspective);
            histories.Length.Should().Be(q.Case.Statement.Obligations.Length);
            foreach (var history in histories)
            {
                history.Should().NotBeEmpty();
                history[0].Start.Should().Be(from);
                history[^1].End.Should().Be(to);
                for (var i = 0; i < history.Length; i++)
                {
                    history[i].Start.Should().BeLessThan(history[i].End, "intervals are non-empty: {0}", history[i]);
                    if (i > 0)
                    {
                        history[i].Start.Should().Be(history[i - 1].End, "no gap or overlap");
                        history[i].Status.Should().NotBe(history[i - 1].Status, "adjacent intervals differ");
                    }

                    var id = history[i].ObligationId;
                    evaluator.Evaluate(history[i].Start, q.Perspective)[id].Status.Should().Be(history[i].Status, "at the start of {0}", history[i]);
                    evaluator.Evaluate(history[i].End.PlusTicks(-1), q.Perspective)[id].Status.Should().Be(history[i].Status, "at the end of {0}", history[i]);
                }
            }
        }), 100);
    }
}
