using System.Collections.Generic;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>The precomputed evaluation path gives exactly the statuses of the detailed rule chain.</summary>
public class FastPathTests
{
    /// <summary>A rule that never decides: its presence routes evaluation through the detailed rule chain.</summary>
    private sealed class NeverRule : IStatusRule
    {
        public string Id => "never";

        public RuleDecision? Decide(RuleContext context) => null;
    }

    private static readonly EvaluationOptions RuleChainOnly = EvaluationOptions.Default.WithRule(new NeverRule());

    private static SortedSet<Instant> Probes(Statement statement, Timeline timeline)
    {
        var zone = statement.TimeZone;
        var probes = new SortedSet<Instant> { statement.EffectiveFrom, statement.EffectiveFrom.PlusTicks(-1) };
        foreach (var claim in timeline.Claims)
        {
            foreach (var date in new[] { claim.Date, claim.End }.Where(d => d is not null))
            {
                var (start, end) = date!.Resolve(zone);
                probes.Add(start);
                probes.Add(end);
                probes.Add(end.PlusTicks(-1));
                probes.Add(end.PlusTicks(1));
            }
        }

        foreach (var entry in statement.DeadlinesBetween(statement.EffectiveFrom, Instant.FromUtc(2031, 1, 1, 0, 0)))
        {
            probes.Add(entry.Instant.PlusTicks(-1));
            probes.Add(entry.Instant);
        }

        return probes;
    }

    [Fact]
    public void Evaluate_BuiltInTimelineAtEveryChangePoint_SameStatusesAsRuleChain()
    {
        var statement = TrilateralStatement2020.Statement;
        var timeline = TrilateralStatement2020.Timeline;
        var fast = Evaluator.Create(statement, timeline);
        var slow = Evaluator.Create(statement, timeline, RuleChainOnly);
        var perspectives = new[]
        {
            Perspective.AllClaims, Perspective.OnlyAssertedBy("ARM"), Perspective.OnlyAssertedBy("AZE"), Perspective.OnlyAssertedBy("RUS"),
            Perspective.AllClaims.AsKnownOn(new LocalDate(2021, 12, 1)), Perspective.FromSources("000_3fdbbacc57461726.txt"),
        };

        var compared = 0;
        foreach (var instant in Probes(statement, timeline))
        {
            foreach (var perspective in perspectives)
            {
                var a = fast.Evaluate(instant, perspective);
                var b = slow.Evaluate(instant, perspective);
                a.StatementStatus.Should().Be(b.StatementStatus);
                for (var i = 0; i < a.Obligations.Length; i++)
                {
                    a.Obligations[i].Status.Should().Be(b.Obligations[i].Status, "{0} at {1} under {2}", a.Obligations[i].ObligationId, instant, perspective);
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(10_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_FixtureScenarios_SameStatusesAsRuleChain(bool statementEnds)
    {
        var builder = Fixture.Timeline()
            .Claim("r", c => c.Performed("report").At(Instant.FromUtc(2020, 11, 30, 21, 0)).Std("B"))
            .Claim("x", c => c.DeadlineExtended("return", Deadline.By(Fixture.D(2020, 11, 25))).On(Fixture.D(2020, 11, 15)).AgreedBy("B").Std())
            .Claim("x2", c => c.DeadlineExtended("return", Deadline.By(Fixture.D(2020, 12, 25))).On(Fixture.D(2020, 11, 26)).Std())
            .Claim("p", c => c.Performed("return").InMonth(2020, 11).Std())
            .Claim("s1", c => c.Suspended("ceasefire").On(Fixture.D(2021, 1, 1)).Until(ClaimDate.On(Fixture.D(2021, 1, 31))).Std())
            .Claim("s2", c => c.Suspended("ceasefire").On(Fixture.D(2021, 1, 20)).Until(ClaimDate.On(Fixture.D(2021, 2, 10))).Std())
            .Claim("b", c => c.Breached("ceasefire").On(Fixture.D(2021, 3, 1)).Std("B"))
            .Claim("n", c => c.NoticeGiven("stay").On(Fixture.D(2025, 5, 9)).ActedBy("A").Std("B"))
            .Claim("cm", c => c.ConditionMet("plan").InYear(2021).Std())
            .Claim("pp", c => c.PartlyPerformed("exchange").On(Fixture.D(2021, 6, 12)).Std("B"))
            .Claim("d", c => c.Denied("exchange").On(Fixture.D(2021, 7, 1)).Contradicts("pp").Std("A"))
            .Claim("w", c => c.Terminated(TerminationReason.EarlyWithdrawal, "ceasefire").On(Fixture.D(2024, 4, 17)).Std("B"));
        if (statementEnds)
        {
            builder.Claim("end", c => c.Terminated(TerminationReason.Lapsed).On(Fixture.D(2025, 8, 28)).Std("A"));
        }

        var timeline = builder.Build();
        var fast = Evaluator.Create(Fixture.Subject, timeline);
        var slow = Evaluator.Create(Fixture.Subject, timeline, RuleChainOnly);

        foreach (var instant in Probes(Fixture.Subject, timeline))
        {
            foreach (var perspective in new[] { Perspective.AllClaims, Perspective.OnlyAssertedBy("A"), Perspective.OnlyAssertedBy("B") })
            {
                var a = fast.Evaluate(instant, perspective);
                var b = slow.Evaluate(instant, perspective);
                a.Obligations.Select(o => o.Status).Should().Equal(b.Obligations.Select(o => o.Status), "at {0} under {1}", instant, perspective);
            }
        }
    }

    [Fact]
    public void Evaluate_FastReport_ExplanationsMatchRuleChain()
    {
        var statement = TrilateralStatement2020.Statement;
        var timeline = TrilateralStatement2020.Timeline;
        var asOf = Instant.FromUtc(2023, 6, 1, 0, 0);

        var fast = Evaluator.Create(statement, timeline).Evaluate(asOf);
        var slow = Evaluator.Create(statement, timeline, RuleChainOnly).Evaluate(asOf);

        for (var i = 0; i < fast.Obligations.Length; i++)
        {
            fast.Obligations[i].Explanation.Should().Be(slow.Obligations[i].Explanation);
        }

        fast.StatementReason.Should().Be(slow.StatementReason);
    }
}
