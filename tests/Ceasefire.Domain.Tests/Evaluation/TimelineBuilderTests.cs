using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.Fixture;

namespace Ceasefire.Domain.Tests.Evaluation;

public class TimelineBuilderTests
{
    private static CeasefireValidationException Fails(TimelineBuilder builder)
    {
        var act = () => builder.Build();
        return act.Should().Throw<CeasefireValidationException>().Which;
    }

    [Fact]
    public void Build_UnknownObligationId_ReportsPath()
        => Fails(Timeline().Claim("c", c => c.Performed("nope").On(D(2021, 1, 1)).Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].obligationIds[0]" && p.Code == ValidationCodes.UnknownReference && p.Message.Contains("nope"));

    [Fact]
    public void Build_BreachEndingBeforeItStarts_ReportsEnd()
        => Fails(Timeline().Claim("c", c => c.Breached("ceasefire").On(D(2021, 1, 10)).Until(ClaimDate.On(D(2021, 1, 9))).Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].end");

    [Fact]
    public void Build_ExtensionThatShortens_ReportsNewDeadline()
        => Fails(Timeline().Claim("c", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 18))).On(D(2020, 11, 15)).AgreedBy("B").Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].newDeadline" && p.Code == ValidationCodes.Inconsistent);

    [Fact]
    public void Build_ExtensionOfObligationWithoutDeadline_Reported()
        => Fails(Timeline().Claim("c", c => c.DeadlineExtended("exchange", Deadline.By(D(2021, 1, 1))).On(D(2020, 11, 15)).Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].obligationIds[0]");

    [Fact]
    public void Build_KnownBeforeItHappened_ReportsKnownOn()
        => Fails(Timeline().Claim("c", c => c.Performed("return").On(D(2020, 11, 20)).Std(known: D(2020, 11, 19))))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].knownOn");

    [Fact]
    public void Build_DenialWithoutContradictedClaims_Reported()
        => Fails(Timeline().Claim("c", c => c.Denied("return").On(D(2020, 11, 20)).Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].contradicts");

    [Fact]
    public void Build_ContradictsUnknownOrSelf_Reported()
    {
        var problems = Fails(Timeline()
            .Claim("c", c => c.Performed("return").On(D(2020, 11, 20)).Contradicts("ghost", "c").Std())).Problems;

        problems.Should().Contain(p => p.Path == "$.claims[0].contradicts[0]" && p.Code == ValidationCodes.UnknownReference);
        problems.Should().Contain(p => p.Path == "$.claims[0].contradicts[1]" && p.Code == ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_ConditionMetOnUnconditionalObligation_Reported()
        => Fails(Timeline().Claim("c", c => c.ConditionMet("return").On(D(2020, 11, 20)).Std()))
            .Problems.Should().Contain(p => p.Path == "$.claims[0].obligationIds" && p.Code == ValidationCodes.Inconsistent);

    [Fact]
    public void Build_NoticeOnNonTermOrWithoutActor_Reported()
    {
        var problems = Fails(Timeline()
            .Claim("c", c => c.NoticeGiven("return").On(D(2020, 11, 20)).Std())).Problems;

        problems.Should().Contain(p => p.Path == "$.claims[0].obligationIds" && p.Code == ValidationCodes.Inconsistent);
        problems.Should().Contain(p => p.Path == "$.claims[0].actorId" && p.Code == ValidationCodes.Required);
    }

    [Fact]
    public void Build_MissingFieldsAndUnknownActors_AllReportedTogether()
    {
        var builder = Timeline()
            .Claim("ok", c => c.Performed("return").On(D(2020, 11, 20)).Std())
            .Claim("ok", c => c.Performed("return"))
            .Claim("bad id!", c => c.Breached("ceasefire").On(D(2021, 1, 1)).ActedBy("ZZ").AssertedBy("Someone", "QQ").KnownOn(D(2021, 1, 1)).Saying("s"));

        var problems = Fails(builder).Problems;

        problems.Select(p => p.Path).Should().Contain([
            "$.claims[1].id", "$.claims[1].date", "$.claims[1].knownOn", "$.claims[1].claimant", "$.claims[1].sources", "$.claims[1].summary",
            "$.claims[2].id", "$.claims[2].actorId", "$.claims[2].claimant.actorId", "$.claims[2].sources"]);
    }

    [Fact]
    public void Build_TerminationWithoutReasonAndAffirmationNamingObligation_Reported()
    {
        var builder = Timeline()
            .Claim("t", c =>
            {
                c.State.Kind = ClaimKind.Terminated;
                c.State.ObligationIds.Add("return");
                c.On(D(2021, 1, 1)).Std();
            })
            .Claim("a", c => c.StatementInForceAffirmed().On(D(2021, 1, 1)).Std().State.ObligationIds.Add("return"));

        var problems = Fails(builder).Problems;

        problems.Should().Contain(p => p.Path == "$.claims[0].reason");
        problems.Should().Contain(p => p.Path == "$.claims[1].obligationIds");
    }

    [Fact]
    public void ToBuilder_RoundTrip_EqualTimeline()
    {
        var timeline = Timeline()
            .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("A").AgreedBy("B").Std())
            .Claim("p", c => c.PartlyPerformed("exchange", new Quantity(15, "prisoners")).Between(D(2021, 6, 1), D(2021, 6, 30)).Contradicts("x").Std())
            .Build();

        var again = timeline.ToBuilder(Subject).Build();

        again.Should().Be(timeline);
        again.GetHashCode().Should().Be(timeline.GetHashCode());
        again.Claims.Should().NotBeSameAs(timeline.Claims);
    }

    [Fact]
    public void Equals_DifferentQuantity_NotEqual()
    {
        Timeline Make(decimal n) => Timeline().Claim("p", c => c.PartlyPerformed("exchange", new Quantity(n, "prisoners")).On(D(2021, 6, 12)).Std()).Build();

        Make(15).Should().Be(Make(15));
        Make(15).Should().NotBe(Make(17));
    }

    [Fact]
    public void ClaimDate_Resolve_UsesStatementZoneAndHonestBounds()
    {
        ClaimDate.On(D(2020, 11, 20)).Resolve(Moscow).Should().Be((Instant.FromUtc(2020, 11, 19, 21, 0), Instant.FromUtc(2020, 11, 20, 21, 0)));
        ClaimDate.InMonth(2022, 3).Resolve(Moscow).End.Should().Be(Instant.FromUtc(2022, 3, 31, 21, 0));
        ClaimDate.InYear(2024).ToString().Should().Be("2024");
        ClaimDate.Between(D(2021, 9, 1), D(2021, 11, 30)).ToString().Should().Be("2021-09-01..2021-11-30");
        var act = () => ClaimDate.Between(D(2021, 2, 1), D(2021, 1, 1));
        act.Should().Throw<System.ArgumentException>();
    }
}
