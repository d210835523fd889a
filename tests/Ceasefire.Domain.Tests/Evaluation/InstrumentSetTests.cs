using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

public sealed class InstrumentSetTests
{
    private static readonly Statement Founding = Fixtures.Valid().Identified("founding").Build();

    private static Statement Later(string targetId = "founding", int? targetArticle = 2) => Statement.CreateBuilder("Later statement")
        .Identified("later")
        .SignedOn(new LocalDate(2021, 1, 11))
        .InTimeZone("Europe/Moscow")
        .EffectiveAt(new LocalDateTime(2021, 1, 11, 0, 0))
        .Actor("A", "Party A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Actor("B", "Party B", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Article(1, "A working group shall hold its first meeting before 30 January 2021.", a => a
            .Obligation("wg-first-meeting", o => o.OwedBy("A", "B").Must().OneOff().DueBefore(new LocalDate(2021, 1, 30))
                .Described("First meeting of the working group.").Quoting("A working group shall hold its first meeting before 30 January 2021")))
        .Link(LinkKind.Implements, 1, targetId, targetArticle, "The working group carries out article 2.", new Citation("later.txt", "point 1"))
        .Build();

    [Fact]
    public void Create_LinkedInstruments_ListsTheLinksToAnArticle()
    {
        var set = InstrumentSet.Create([new Instrument(Founding, Timeline.Empty), new Instrument(Later(), Timeline.Empty)]);

        var links = set.LinksTo("founding", 2);

        links.Should().ContainSingle();
        links[0].From.Statement.Id.Should().Be("later");
        links[0].Link.Kind.Should().Be(LinkKind.Implements);
        set.LinksTo("founding", 1).Should().BeEmpty();
        set.LinksTo("founding").Should().HaveCount(1);
        set["later"].Statement.Title.Should().Be("Later statement");
    }

    [Fact]
    public void Create_UnknownTargetArticleAndMissingId_AreAllReported()
    {
        var act = () => InstrumentSet.Create([
            new Instrument(Fixtures.Valid().Build(), Timeline.Empty),
            new Instrument(Later("founding", 7), Timeline.Empty),
            new Instrument(Later("elsewhere", null), Timeline.Empty)]);

        var problems = act.Should().Throw<CeasefireValidationException>().Which.Problems.Select(p => p.Path).ToList();

        problems.Should().Contain(["$[0].id", "$[1].links[0].targetStatementId", "$[2].id", "$[2].links[0].targetStatementId"]);
    }

    [Fact]
    public void Create_TargetArticleMissing_IsReported()
    {
        var act = () => InstrumentSet.Create([new Instrument(Founding, Timeline.Empty), new Instrument(Later("founding", 7), Timeline.Empty)]);

        act.Should().Throw<CeasefireValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("$[1].links[0].targetArticle");
    }

    [Fact]
    public void Evaluate_Set_ReportsEachInstrumentInOrder_WithTheLaterDeadlineEvaluated()
    {
        var later = Later();
        var timeline = Timeline.CreateBuilder(later)
            .Claim("m1", c => c.Performed("wg-first-meeting").On(new LocalDate(2021, 1, 30)).AssertedBy("Outlet").Source("r.txt", "met").KnownOn(new LocalDate(2021, 1, 30)).Saying("Met."))
            .Build();
        var set = InstrumentSet.Create([new Instrument(Founding, Timeline.Empty), new Instrument(later, timeline)]);

        var reports = set.Evaluate(Instant.FromUtc(2021, 3, 1, 0, 0));

        reports.Select(r => r.Statement.Id).Should().Equal("founding", "later");
        reports[1]["wg-first-meeting"].Status.Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void Link_ToItselfAndWithoutSource_AreReported()
    {
        var act = () => Fixtures.Valid().Identified("self")
            .Link(LinkKind.Reaffirms, 9, "self", null, " ")
            .Build();

        var problems = act.Should().Throw<CeasefireValidationException>().Which.Problems.Select(p => p.Path).ToList();

        problems.Should().Contain(["$.links[0].fromArticle", "$.links[0].targetStatementId", "$.links[0].note", "$.links[0].sources"]);
    }
}
