using System;
using System.Linq;
using FluentAssertions;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.EvidenceFixture;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>
/// Cause 9 (the rules existed three times): every built-in rule is one <see cref="IStatusRule"/> object, serving the
/// status and the explanation; options insert, replace and remove rules by id, reject duplicate ids, and compare by value.
/// </summary>
public class RuleOptionsTests
{
    private sealed class FixedRule(string id, ObligationStatus status) : IStatusRule
    {
        public string Id => id;

        public RuleDecision? Decide(RuleContext context)
            => context.Obligation.Id == "ceasefire" ? new RuleDecision(status, string.Concat("Fixed by ", id, ".")) : null;
    }

    [Fact]
    public void BuiltInRules_AreObjectsOnThePublicExtensionPoint_InTheDocumentedOrder()
    {
        EvaluationOptions.BuiltInRules.Select(r => r.Id).Should().Equal(RuleIds.BuiltIn);
        RuleIds.BuiltIn.Should().Equal("not-yet-in-force", "statement-terminated", "disputed", "terminated", "suspended", "breached",
            "awaiting-condition", "closed-world", "permission", "one-off", "open-ended-progress", "continuous");
        EvaluationOptions.Default.Rules.Should().Equal(EvaluationOptions.BuiltInRules);
    }

    [Fact]
    public void Replace_BuiltInRule_ChangesTheStatusAndTheExplanationAlike()
    {
        var options = EvaluationOptions.Default.Replace("continuous", new FixedRule("my-continuous", ObligationStatus.Upheld));
        var evaluator = Evaluator.Create(Subject, Domain.Timeline.Empty, options);
        var asOf = EndOfDay(2021, 1, 1);

        var report = evaluator.Evaluate(asOf);

        report["ceasefire"].Status.Should().Be(ObligationStatus.Upheld);
        report["ceasefire"].Explanation.RuleId.Should().Be("my-continuous");
        evaluator.StatusSeries("ceasefire", [asOf]).Should().Equal(ObligationStatus.Upheld);
        options.Rules.Select(r => r.Id).Should().Contain("my-continuous").And.NotContain("continuous");
        options.DisabledBuiltInRules.Should().BeEquivalentTo(["continuous"]);
    }

    [Fact]
    public void InsertBeforeAndAfter_PlaceTheRuleRelativeToABuiltIn()
    {
        var before = EvaluationOptions.Default.InsertBefore("breached", new FixedRule("early", ObligationStatus.Suspended));
        var after = EvaluationOptions.Default.InsertAfter("breached", new FixedRule("late", ObligationStatus.Suspended));
        var timeline = Timeline().Claim("b", c => c.Incident("ceasefire").On(D(2021, 3, 1)).Std("ARM")).Build();
        var atIncident = EndOfDay(2021, 3, 1);

        before.Rules.Select(r => r.Id).SkipWhile(id => id != "early").Take(2).Should().Equal("early", "breached");
        after.Rules.Select(r => r.Id).SkipWhile(id => id != "breached").Take(2).Should().Equal("breached", "late");
        Eval(timeline, atIncident, null, before)["ceasefire"].Status.Should().Be(ObligationStatus.Suspended);
        Eval(timeline, atIncident, null, after)["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        Eval(timeline, atIncident.PlusTicks(1), null, after)["ceasefire"].Explanation.RuleId.Should().Be("late");
    }

    [Fact]
    public void Without_RemovesARuleById_AndUnknownIdsThrow()
    {
        var options = EvaluationOptions.Default.Without("breached");
        var timeline = Timeline().Claim("b", c => c.Incident("ceasefire").On(D(2021, 3, 1)).Std("ARM")).Build();

        Eval(timeline, EndOfDay(2021, 3, 1), null, options)["ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
        var act = () => options.Without("breached");
        act.Should().Throw<ArgumentException>().WithMessage("*breached*");
    }

    [Fact]
    public void DuplicateIds_AreRejected()
    {
        var custom = new FixedRule("mine", ObligationStatus.Upheld);
        var withOne = EvaluationOptions.Default.WithRule(custom);

        FluentActions.Invoking(() => withOne.InsertAfter("continuous", new FixedRule("mine", ObligationStatus.Pending))).Should().Throw<ArgumentException>().WithMessage("*unique*");
        FluentActions.Invoking(() => EvaluationOptions.Default.WithRule(new FixedRule("disputed", ObligationStatus.Pending))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EvaluationOptions.Default.Replace("one-off", new FixedRule("continuous", ObligationStatus.Pending))).Should().Throw<ArgumentException>();
        EvaluationOptions.Default.Replace("one-off", new FixedRule("one-off", ObligationStatus.Pending)).Rules.Should().HaveCount(EvaluationOptions.BuiltInRules.Length);
    }

    [Fact]
    public void Options_AreComparedByValue_SoAnOptionSetCompilesOnce()
    {
        var rule = new FixedRule("mine", ObligationStatus.Upheld);
        var a = EvaluationOptions.Default.WithRule(rule).WithClosedWorld();
        var b = EvaluationOptions.Default.WithClosedWorld().WithRule(rule);
        var timeline = Timeline().Build();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(EvaluationOptions.Default.WithRule(rule));
        EvaluationOptions.Default.WithClosedWorld(false).Should().Be(EvaluationOptions.Default);
        Evaluator.For(Subject, timeline, a).Should().BeSameAs(Evaluator.For(Subject, timeline, b));
        Evaluator.For(Subject, timeline, EvaluationOptions.Default.WithClosedWorld(false)).Should().BeSameAs(Evaluator.For(Subject, timeline, null));
    }

    [Fact]
    public void CustomRule_SeesCountedClaimsAndEpisodes()
    {
        var timeline = Timeline()
            .Claim("b", c => c.Breached("ceasefire").On(D(2021, 3, 1)).Until(ClaimDate.On(D(2021, 3, 2))).ActedBy("AZE").Std("ARM"))
            .Claim("later", c => c.Incident("ceasefire").On(D(2030, 1, 1)).Std("ARM"))
            .Build();
        var spy = new SpyRule();

        Eval(timeline, EndOfDay(2021, 4, 1), null, EvaluationOptions.Default.InsertBefore("continuous", spy));

        spy.Claims.Should().Equal("b");
        spy.Episodes.Should().Be(1);
    }

    [Fact]
    public void CustomRule_EvaluatingAgainFromInsideARule_LeavesTheOuterEvaluationIntact()
    {
        var timeline = Timeline()
            .Claim("shelling", c => c.Breached("ceasefire").On(D(2021, 3, 1)).ActedBy("ARM").Std("AZE"))
            .Claim("denial", c => c.Denied("ceasefire").On(D(2021, 3, 2)).Contradicts("shelling").Std("ARM"))
            .Build();
        var asOf = EndOfDay(2021, 3, 10);
        var reentrant = EvaluationOptions.Default.InsertAfter("disputed", new ReentrantRule(timeline, asOf));

        var plain = Eval(timeline, asOf);
        var nested = Eval(timeline, asOf, null, reentrant);

        nested.Obligations.Select(a => a.Status).Should().Equal(plain.Obligations.Select(a => a.Status));
        nested["ceasefire"].Status.Should().Be(ObligationStatus.Disputed);
    }

    /// <summary>A rule that, while deciding, evaluates the same timeline again (with the default options) and decides nothing.</summary>
    private sealed class ReentrantRule(Timeline timeline, NodaTime.Instant asOf) : IStatusRule
    {
        public string Id => "reentrant";

        public RuleDecision? Decide(RuleContext context)
        {
            _ = Subject.Evaluate(timeline, asOf).Obligations.Select(a => a.Status).ToList();
            return null;
        }
    }

    private sealed class SpyRule : IStatusRule
    {
        public string Id => "spy";

        public string[] Claims { get; private set; } = [];

        public int Episodes { get; private set; }

        public RuleDecision? Decide(RuleContext context)
        {
            if (context.Obligation.Id == "ceasefire")
            {
                Claims = [.. context.Claims.Select(c => c.Id)];
                Episodes = context.Breaches.Length;
            }

            return null;
        }
    }
}
