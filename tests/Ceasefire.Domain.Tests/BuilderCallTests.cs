using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.Fixture;

namespace Ceasefire.Domain.Tests;

/// <summary>
/// The fluent builders throw at the call only for a null argument; a single-valued thing set twice or
/// contradictorily, and any other bad argument, is reported by Build() with every other problem, with its path and code.
/// </summary>
public sealed class BuilderCallTests
{
    private const string O1 = "$.articles[0].obligations[0]";

    private static ValidationProblem[] Problems(StatementBuilder builder)
        => [.. FluentActions.Invoking(builder.Build).Should().Throw<CeasefireValidationException>().Which.Problems];

    private static ValidationProblem[] Problems(TimelineBuilder builder)
        => [.. FluentActions.Invoking(builder.Build).Should().Throw<CeasefireValidationException>().Which.Problems];

    private static StatementBuilder WithObligation(Action<ObligationBuilder> configure) => Statement.CreateBuilder("Statement")
        .SignedOn(new LocalDate(2020, 11, 9))
        .InTimeZone("Europe/Moscow")
        .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
        .Actor("A", "Party A", a => a.As(ActorRoles.Party))
        .Article(1, "Party A shall act.", a => a.Obligation("act", o =>
        {
            o.OwedBy("A").Described("Act.").Quoting("Party A shall act");
            configure(o);
        }));

    [Fact]
    public void Build_DeonticKindSetContradictorily_ReportsEachLaterSettingAsContradictory()
    {
        var problems = Problems(WithObligation(o => o.Must().MustNot().May()));

        problems.Where(p => p.Path == O1 + ".deonticKind").Select(p => p.Code)
            .Should().Equal(ValidationCodes.Contradictory, ValidationCodes.Contradictory);
    }

    [Fact]
    public void Build_SameDeonticKindTwice_ReportsSetTwice()
        => Problems(WithObligation(o => o.Must().Must()))
            .Should().ContainSingle().Which.Should().Be(new ValidationProblem(O1 + ".deonticKind", ValidationCodes.SetTwice, "the deontic kind is set twice; set it once"));

    [Fact]
    public void Build_OneOffThenContinuous_ReportsContradictoryPerformanceKind()
        => Problems(WithObligation(o => o.OneOff().Continuous()))
            .Should().ContainSingle(p => p.Path == O1 + ".performanceKind" && p.Code == ValidationCodes.Contradictory)
            .Which.Message.Should().Be("the performance kind is set to Continuous, contradicting OneOff set before");

    [Fact]
    public void Build_TwoDeadlines_ReportsSetTwiceAndKeepsNeither()
        => Problems(WithObligation(o => o.DueBy(new LocalDate(2020, 12, 1)).DueBefore(new LocalDate(2020, 12, 5))))
            .Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == O1 + ".deadline" && p.Code == ValidationCodes.SetTwice);

    [Fact]
    public void Build_TwoSigningDatesAndTwoTitles_ReportsBothWithTheOtherProblems()
    {
        var builder = Statement.CreateBuilder("One").Titled("Two")
            .SignedOn(new LocalDate(2020, 11, 9)).SignedOn(new LocalDate(2020, 11, 10))
            .InTimeZone("Europe/Moscow").EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0));

        Problems(builder).Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(
        [
            ("$.title", ValidationCodes.SetTwice),
            ("$.signedOn", ValidationCodes.SetTwice),
            ("$.articles", ValidationCodes.Required),
        ]);
    }

    [Fact]
    public void Build_SettingTwice_KeepsTheFirstValueWhenOtherwiseValid()
    {
        // The first value is kept, so the only problem is the second setting (not a knock-on problem of the second value).
        var problems = Problems(WithObligation(o => o.Described("Second description.")));

        problems.Should().ContainSingle().Which.Path.Should().Be(O1 + ".description");
    }

    [Fact]
    public void Build_EffectiveFromAndEffectiveAt_ReportsSetTwice()
    {
        var builder = Fixtures.Valid().EffectiveFrom(Fixtures.Effective2020);

        Problems(builder).Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.effectiveFrom" && p.Code == ValidationCodes.SetTwice);
    }

    [Fact]
    public void Build_TimeZoneGivenTwoWays_ReportsSetTwice()
        => Problems(Fixtures.Valid().InTimeZone(DateTimeZone.Utc))
            .Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.timeZone" && p.Code == ValidationCodes.SetTwice);

    [Fact]
    public void Build_BlankSourcesAndQuantity_ReportedAtTheirPathsNotThrownAtTheCall()
    {
        var builder = WithObligation(o => o.Counting(-1, "km")).Source(" ", "somewhere").CrossReference("PA-X", " ");

        Problems(builder).Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(
        [
            ("$.sources[0]", ValidationCodes.Required),
            ("$.crossReferences[0]", ValidationCodes.Required),
            (O1 + ".quantities[0]", ValidationCodes.InvalidValue),
        ]);
    }

    [Fact]
    public void Build_ClaimKindChosenTwiceAndDateSetTwice_Reported()
    {
        var builder = Timeline().Claim("c", c => c.Performed("return").Breached("return").On(D(2021, 1, 1)).InMonth(2021, 1).Std());

        Problems(builder).Select(p => (p.Path, p.Code)).Should().Contain(
        [
            ("$.claims[0].kind", ValidationCodes.Contradictory),
            ("$.claims[0].date", ValidationCodes.SetTwice),
        ]);
    }

    [Fact]
    public void Build_ClaimMonthOutOfRange_ReportedAtDateNotThrown()
        => Problems(Timeline().Claim("c", c => c.Performed("return").InMonth(2021, 13).Std()))
            .Should().Contain(p => p.Path == "$.claims[0].date" && p.Code == ValidationCodes.InvalidValue);

    [Fact]
    public void Build_BlankClaimant_ReportedAtClaimant()
        => Problems(Timeline().Claim("c", c => c.Performed("return").On(D(2021, 1, 1)).AssertedBy(" ").Source("doc", "here").KnownOn(D(2021, 1, 2)).Saying("x")))
            .Should().Contain(p => p.Path == "$.claims[0].claimant" && p.Code == ValidationCodes.Required);

    [Fact]
    public void Calls_NullArguments_ThrowAtTheCall()
    {
        var statement = Statement.CreateBuilder("Statement");

        FluentActions.Invoking(() => statement.Titled(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => statement.Source("doc", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => statement.Actor(null!, "Name")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => statement.Article(1, "Text.", a => a.Obligation("o", o => o.OwedBy(null!)))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Timeline().Claim("c", c => c.KnownOn(D(2021, 1, 1)).Saying(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToBuilder_CopiedValues_CanEachBeChangedOnce()
    {
        var statement = Fixtures.Valid().Build();

        var changed = statement.ToBuilder().Titled("Another title").SignedOn(new LocalDate(2020, 11, 8)).Build();

        changed.Title.Should().Be("Another title");
        changed.SignedOn.Should().Be(new LocalDate(2020, 11, 8));
        FluentActions.Invoking(statement.ToBuilder().Titled("A").Titled("B").Build).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.SetTwice);
    }
}
