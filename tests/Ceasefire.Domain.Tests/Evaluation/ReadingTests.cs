using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>Readings: a rendering's deadlines and scope drive an evaluation (synthetic fixture: o1 is due "by 20 November", Variant B reads "before 20 November").</summary>
public sealed class ReadingTests
{
    private static readonly Statement Primary = Fixtures.Valid()
        .Article(3, "The gap shall be closed.", a => a
            .Variant("Variant B", "the gap and the corridor", v => v.Source("https://example.org/variant-b", "point 3").ReadsScope("o4", "gap", "corridor"))
            .Obligation("o4", o => o.OwedBy("A").Must().OneOff().Concerning("gap").Described("Close the gap.").Quoting("The gap shall be closed")))
        .Place("gap", "The gap", p => p.NameUsedBy("primary text"))
        .Build();

    private static readonly LocalDate Day20 = new(2020, 11, 20);

    private static Timeline PerformedOn(Statement statement, LocalDate day) => Timeline.CreateBuilder(statement)
        .Claim("c1", c => c.Performed("o1").On(day).AssertedBy("Outlet", side: "A").Source("r.txt", "done").KnownOn(day).Saying("Done."))
        .Build();

    [Fact]
    public void WithReading_TakesTheVariantsDeadlineAndScope_AndKeepsTheRest()
    {
        var read = Primary.WithReading("Variant B");

        read.Reading.Should().Be("Variant B");
        read.PrimaryText.Should().Be(Primary);
        read.GetObligation("o1").Deadline.Should().Be(Deadline.Before(Day20));
        read.GetObligation("o4").PlaceIds.Should().Equal("gap", "corridor");
        read.GetObligation("o2").Should().Be(Primary.GetObligation("o2"));
        Primary.GetObligation("o1").Deadline.Should().Be(Deadline.By(Day20));
        read.WithReading(null).Should().Be(Primary);
        Primary.ReadingLabels.Should().Equal("Variant B");
    }

    [Fact]
    public void Evaluate_PerformedOnTheDeadlineDay_IsOnTimeByOneReadingAndLateByTheOther()
    {
        var timeline = PerformedOn(Primary, Day20);
        var asOf = Primary.EndOfDay(new LocalDate(2020, 12, 1));

        var primary = Primary.Evaluate(timeline, asOf);
        var read = Primary.WithReading("Variant B").Evaluate(timeline, asOf);

        primary["o1"].Status.Should().Be(ObligationStatus.Fulfilled);
        read["o1"].Status.Should().Be(ObligationStatus.FulfilledLate);
        var differences = primary.Compare(read);
        differences.Select(d => d.ObligationId).Should().Equal("o1");
    }

    [Fact]
    public void Evaluate_PerformedTheDayBefore_IsOnTimeUnderBothReadings()
    {
        var timeline = PerformedOn(Primary, Day20.PlusDays(-1));
        var asOf = Primary.EndOfDay(new LocalDate(2020, 12, 1));

        Primary.Evaluate(timeline, asOf).Compare(Primary.WithReading("Variant B").Evaluate(timeline, asOf)).Should().BeEmpty();
    }

    [Fact]
    public void WithReading_UnknownLabel_NamesTheRenderings()
    {
        var act = () => Primary.WithReading("Variant Z");

        act.Should().Throw<CeasefireValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("Variant Z").And.Contain("Variant B");
    }

    [Fact]
    public void Json_ReadStatement_RoundTripsTheReading()
    {
        var read = Primary.WithReading("Variant B");

        var back = Ceasefire.Domain.Serialization.CeasefireJson.ReadStatement(Ceasefire.Domain.Serialization.CeasefireJson.Serialize(read));

        back.Should().Be(read);
        back.PrimaryText.Should().Be(Primary);
    }

    [Fact]
    public void ScopeReading_UnknownPlaceAndForeignObligation_AreReported()
    {
        var act = () => Fixtures.Valid()
            .Article(3, "Text.", a => a
                .Variant("Variant C", "text", v => v.Source("x.txt", "p").ReadsScope("o1", "nowhere"))
                .Obligation("o5", o => o.OwedBy("A").Must().OneOff().Described("d").Quoting("Text")))
            .Build();

        var problems = act.Should().Throw<CeasefireValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Message.Contains("'o1' is not an obligation of this article"));
        problems.Should().Contain(p => p.Message.Contains("unknown place 'nowhere'"));
    }
}
