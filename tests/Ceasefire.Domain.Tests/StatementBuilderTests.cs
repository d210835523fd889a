using System;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class StatementBuilderTests
{
    private const string O1 = "$.articles[0].obligations[0]";
    private const string O2 = "$.articles[1].obligations[0]";
    private const string V1 = "$.articles[0].variants[0]";

    // ---- helpers ----

    private static CeasefireValidationException Fails(StatementBuilder builder)
        => FluentActions.Invoking(builder.Build).Should().Throw<CeasefireValidationException>().Which;

    private static void ShouldReport(StatementBuilder builder, string path, string code)
    {
        var exception = Fails(builder);
        exception.Subject.Should().Be("statement");
        exception.Problems.Should().Contain(
            p => p.Path == path && p.Code == code,
            "a problem at {0} with code {1} is expected; got:\n{2}",
            path,
            code,
            exception.Message);
    }

    /// <summary>As <see cref="ShouldReport"/>, and the message names what is wrong in plain words.</summary>
    private static void ShouldReportReadably(StatementBuilder builder, string path, string code, string fragment)
    {
        ShouldReport(builder, path, code);
        Fails(builder).Problems.Should().Contain(p => p.Path == path && p.Code == code && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    private static ObligationState FirstObligation(StatementBuilder b) => b.State.Articles[0].Obligations[0];

    private static ObligationState SecondObligation(StatementBuilder b) => b.State.Articles[1].Obligations[0];

    private static TextVariantState FirstVariant(StatementBuilder b) => b.State.Articles[0].Variants[0];

    // ---- the fixture itself ----

    [Fact]
    public void Build_ValidBuilder_ReturnsStatement()
    {
        var statement = Fixtures.Valid().Build();

        statement.Title.Should().Be("Test statement");
        statement.EffectiveFrom.Should().Be(Fixtures.Effective2020);
        statement.Obligations.Select(o => o.Id).Should().Equal("o1", "o2");
    }

    [Fact]
    public void Build_ArticlesAddedOutOfOrder_OrdersThemByNumber()
    {
        var b = Fixtures.Valid();
        var first = b.State.Articles[0];
        b.State.Articles.RemoveAt(0);
        b.State.Articles.Add(first);

        var statement = b.Build();

        statement.Articles.Select(a => a.Number).Should().Equal(1, 2);
        statement.Obligations.Select(o => o.Id).Should().Equal("o1", "o2");
    }

    // ---- statement-level problems ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_MissingTitle_ReportsTitle(string? title)
    {
        var b = Fixtures.Valid();
        b.State.Title = title!;

        ShouldReport(b, "$.title", ValidationCodes.Required);
    }

    [Fact]
    public void Build_MissingSigningDate_ReportsSignedOn()
    {
        var b = Fixtures.Valid();
        b.State.HasSignedOn = false;

        ShouldReport(b, "$.signedOn", ValidationCodes.Required);
    }

    [Fact]
    public void Build_MissingTimeZone_ReportsTimeZone()
    {
        var b = Fixtures.Valid();
        b.State.TimeZone = null;
        b.State.TimeZoneId = null!;

        ShouldReport(b, "$.timeZone", ValidationCodes.Required);
    }

    [Fact]
    public void Build_UnknownTzdbId_ReportsTimeZoneWithTheId()
    {
        var b = Fixtures.Valid("Mars/Olympus_Mons");

        ShouldReportReadably(b, "$.timeZone", ValidationCodes.UnknownValue, "'Mars/Olympus_Mons' is not a TZDB time zone id");
    }

    [Fact]
    public void Build_MissingEffective_ReportsEffectiveFrom()
    {
        ShouldReport(Fixtures.WithoutEffective(), "$.effectiveFrom", ValidationCodes.Required);
    }

    [Fact]
    public void Build_EffectiveLocalTimeSkippedInBerlin_ReportsEffectiveFrom()
    {
        var b = Fixtures.WithoutEffective("Europe/Berlin").EffectiveAt(new LocalDateTime(2021, 3, 28, 2, 30));

        ShouldReportReadably(b, "$.effectiveFrom", ValidationCodes.InvalidValue, "2021-03-28 02:30 does not exist in Europe/Berlin");
    }

    [Fact]
    public void Build_EffectiveLocalTimeAmbiguousInBerlin_ReportsEffectiveFrom()
    {
        var b = Fixtures.WithoutEffective("Europe/Berlin").EffectiveAt(new LocalDateTime(2021, 10, 31, 2, 30));

        ShouldReport(b, "$.effectiveFrom", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_EffectiveBeforeSigningDate_ReportsEffectiveFrom()
    {
        var b = Fixtures.Valid(signedOn: new LocalDate(2020, 11, 11));

        ShouldReportReadably(b, "$.effectiveFrom", ValidationCodes.Inconsistent, "is before the signing date 2020-11-11");
    }

    [Fact]
    public void Build_EffectiveOnTheSigningDateInTheStatementZone_Succeeds()
    {
        // 00:00 Moscow on 10 November is still 9 November in UTC: the check must use the statement's zone.
        var statement = Fixtures.Valid(signedOn: new LocalDate(2020, 11, 10)).Build();

        statement.SignedOn.Should().Be(new LocalDate(2020, 11, 10));
    }

    [Fact]
    public void Build_NullSource_ReportsSourceItem()
    {
        var b = Fixtures.Valid();
        b.State.Sources.Add(null!);

        ShouldReport(b, "$.sources[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_NullCrossReference_ReportsCrossReferenceItem()
    {
        var b = Fixtures.Valid();
        b.State.CrossReferences.Add(null!);

        ShouldReport(b, "$.crossReferences[1]", ValidationCodes.Required);
    }

    // ---- actors ----

    [Theory]
    [InlineData("")]
    [InlineData("A B")]
    [InlineData("-lead")]
    [InlineData("Ä")]
    public void Build_InvalidActorId_ReportsActorId(string id)
    {
        var b = Fixtures.Valid().Actor(id, "Someone");

        ShouldReport(b, "$.actors[4].id", ValidationCodes.InvalidId);
    }

    [Fact]
    public void Build_ActorIdLongerThan100_ReportsActorId()
    {
        var b = Fixtures.Valid().Actor(new string('x', 101), "Someone");

        ShouldReport(b, "$.actors[4].id", ValidationCodes.InvalidId);
    }

    [Fact]
    public void Build_NullActorId_ReportsActorId()
    {
        var b = Fixtures.Valid();
        b.State.Actors.Add(new ActorState { Id = null!, Name = "Someone" });

        ShouldReport(b, "$.actors[4].id", ValidationCodes.InvalidId);
    }

    [Fact]
    public void Build_DuplicateActorId_ReportsSecondActor()
    {
        var b = Fixtures.Valid().Actor("A", "Party A again");

        ShouldReport(b, "$.actors[4].id", ValidationCodes.DuplicateId);
    }

    [Fact]
    public void Build_BlankActorName_ReportsActorName()
    {
        var b = Fixtures.Valid().Actor("C", "  ");

        ShouldReport(b, "$.actors[4].name", ValidationCodes.Required);
    }

    [Fact]
    public void Build_UnknownRoleFlags_ReportsActorRoles()
    {
        var b = Fixtures.Valid();
        b.State.Actors[0].UndefinedRoles = (ActorRoles)64;

        ShouldReport(b, "$.actors[0].roles", ValidationCodes.UnknownValue);
    }

    [Fact]
    public void Build_BlankActorAlias_ReportsAlias()
    {
        var b = Fixtures.Valid();
        b.State.Actors[0].Aliases.Add(" ");

        ShouldReport(b, "$.actors[0].aliases[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_BlankActorDescription_ReportsDescription()
    {
        var b = Fixtures.Valid();
        b.State.Actors[1].Description = " ";

        ShouldReport(b, "$.actors[1].description", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_UnknownParent_ReportsParentId()
    {
        var b = Fixtures.Valid();
        b.State.Actors[3].ParentId = "ZZ";

        ShouldReport(b, "$.actors[3].parentId", ValidationCodes.UnknownReference);
    }

    [Fact]
    public void Build_ActorIsItsOwnParent_ReportsParentId()
    {
        var b = Fixtures.Valid();
        b.State.Actors[3].ParentId = "G-PKF";

        ShouldReport(b, "$.actors[3].parentId", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_ParentDefinedAfterChild_Succeeds()
    {
        var b = Fixtures.Valid().Actor("H-PKF", "Later child", a => a.PartOf("H")).Actor("H", "Later parent");

        b.Build().GetActor("H-PKF").ParentId.Should().Be("H");
    }

    [Fact]
    public void Build_NullActor_ReportsActor()
    {
        var b = Fixtures.Valid();
        b.State.Actors.Add(null!);

        ShouldReport(b, "$.actors[4]", ValidationCodes.Required);
    }

    // ---- places ----

    [Fact]
    public void Build_InvalidPlaceId_ReportsPlaceId()
    {
        var b = Fixtures.Valid().Place("bad id", "Somewhere");

        ShouldReport(b, "$.places[1].id", ValidationCodes.InvalidId);
    }

    [Fact]
    public void Build_DuplicatePlaceId_ReportsPlaceId()
    {
        var b = Fixtures.Valid().Place("corridor", "Another corridor");

        ShouldReport(b, "$.places[1].id", ValidationCodes.DuplicateId);
    }

    [Fact]
    public void Build_BlankPlaceName_ReportsPlaceName()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Name = " ";

        ShouldReport(b, "$.places[0].name", ValidationCodes.Required);
    }

    [Fact]
    public void Build_BlankPlaceNameUsage_ReportsNameUsage()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].NameUsage = "";

        ShouldReport(b, "$.places[0].nameUsage", ValidationCodes.Required);
    }

    [Fact]
    public void Build_NullPlaceAlias_ReportsAlias()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Aliases.Add(null!);

        ShouldReport(b, "$.places[0].aliases[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_PlaceAliasRepeatsPrimaryNameIgnoringCase_ReportsDuplicateSpelling()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Revise().AlsoKnownAs("THE CORRIDOR", "shouting");

        ShouldReport(b, "$.places[0].aliases[1]", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_NullPlace_ReportsPlace()
    {
        var b = Fixtures.Valid();
        b.State.Places.Add(null!);

        ShouldReport(b, "$.places[1]", ValidationCodes.Required);
    }

    // ---- articles ----

    [Fact]
    public void Build_NoArticles_ReportsArticles()
    {
        var b = Fixtures.Valid();
        b.State.Articles.Clear();

        ShouldReport(b, "$.articles", ValidationCodes.Required);
    }

    [Fact]
    public void Build_NullArticle_ReportsArticle()
    {
        var b = Fixtures.Valid();
        b.State.Articles.Add(null!);

        ShouldReport(b, "$.articles[2]", ValidationCodes.Required);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Build_ArticleNumberBelowOne_ReportsNumber(int number)
    {
        var b = Fixtures.Valid();
        b.State.Articles[1].Number = number;

        ShouldReport(b, "$.articles[1].number", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_DuplicateArticleNumber_ReportsSecondArticleNumber()
    {
        var b = Fixtures.Valid();
        b.State.Articles[1].Number = 1;

        ShouldReport(b, "$.articles[1].number", ValidationCodes.DuplicateId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Build_EmptyArticleText_ReportsText(string? text)
    {
        var b = Fixtures.Valid();
        b.State.Articles[1].Text = text!;

        ShouldReport(b, "$.articles[1].text", ValidationCodes.Required);
    }

    // ---- obligations: ids ----

    [Fact]
    public void Build_NullObligation_ReportsObligation()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations.Add(null!);

        ShouldReport(b, "$.articles[0].obligations[1]", ValidationCodes.Required);
    }

    [Theory]
    [InlineData("o 1")]
    [InlineData("")]
    [InlineData(".o1")]
    public void Build_InvalidObligationId_ReportsId(string id)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Id = id;

        ShouldReport(b, O1 + ".id", ValidationCodes.InvalidId);
    }

    [Fact]
    public void Build_DuplicateObligationIdInOneArticle_ReportsSecond()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Revise().Obligation("o1", o => o.OwedBy("A").Described("Again.").Quoting(Fixtures.ArticleOneBasis));

        ShouldReport(b, "$.articles[0].obligations[1].id", ValidationCodes.DuplicateId);
    }

    [Fact]
    public void Build_DuplicateObligationIdAcrossArticles_ReportsSecond()
    {
        var b = Fixtures.Valid();
        SecondObligation(b).Id = "o1";

        ShouldReport(b, O2 + ".id", ValidationCodes.DuplicateId);
    }

    // ---- obligations: references ----

    [Fact]
    public void Build_UnknownObligor_ReportsObligor()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().OwedBy("ZZ");

        ShouldReport(b, O1 + ".obligors[1]", ValidationCodes.UnknownReference);
    }

    [Fact]
    public void Build_NullObligor_ReportsObligor()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Obligors.Add(null!);

        ShouldReport(b, O1 + ".obligors[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_ObligorListedTwice_ReportsSecond()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().OwedBy("A");

        ShouldReport(b, O1 + ".obligors[1]", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_UnknownBeneficiary_ReportsBeneficiary()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().OwedTo("QQ");

        ShouldReport(b, O1 + ".beneficiaries[1]", ValidationCodes.UnknownReference);
    }

    [Fact]
    public void Build_BeneficiaryListedTwice_ReportsSecond()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().OwedTo("B");

        ShouldReport(b, O1 + ".beneficiaries[1]", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_UnknownPlace_ReportsPlace()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Concerning("nowhere");

        ShouldReport(b, O1 + ".placeIds[0]", ValidationCodes.UnknownReference);
    }

    [Fact]
    public void Build_PlaceListedTwice_ReportsSecond()
    {
        var b = Fixtures.Valid();
        SecondObligation(b).Revise().Concerning("corridor");

        ShouldReport(b, O2 + ".placeIds[1]", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_UnknownInParallelObligation_ReportsInParallelWith()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().InParallelWith("o9");

        ShouldReport(b, O1 + ".inParallelWith[0]", ValidationCodes.UnknownReference);
    }

    [Fact]
    public void Build_InParallelObligationListedTwice_ReportsSecond()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().InParallelWith("o2", "o2");

        ShouldReport(b, O1 + ".inParallelWith[1]", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_InParallelWithItself_ReportsInParallelWith()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().InParallelWith("o1");

        ShouldReport(b, O1 + ".inParallelWith", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_InParallelWithObligationOfLaterArticle_Succeeds()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().InParallelWith("o2");

        b.Build().GetObligation("o1").InParallelWith.Should().Equal("o2");
    }

    [Fact]
    public void Build_NoObligorWithoutOwedByUnnamed_ReportsObligors()
    {
        var b = Fixtures.Valid();
        SecondObligation(b).Obligors.Clear();

        ShouldReport(b, O2 + ".obligors", ValidationCodes.Required);
    }

    [Fact]
    public void Build_NoObligorWithOwedByUnnamed_Succeeds()
    {
        var b = Fixtures.Valid();
        SecondObligation(b).Obligors.Clear();
        SecondObligation(b).Revise().OwedByUnnamed();

        var obligation = b.Build().GetObligation("o2");

        obligation.ObligorUnnamed.Should().BeTrue();
        obligation.Obligors.Should().BeEmpty();
    }

    [Fact]
    public void Build_ObligorsAndOwedByUnnamed_ReportsObligorUnnamed()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().OwedByUnnamed();

        ShouldReport(b, O1 + ".obligorUnnamed", ValidationCodes.NotAllowed);
    }

    // ---- obligations: kinds and words ----

    [Fact]
    public void Build_UndefinedDeonticKind_ReportsDeonticKind()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).DeonticKind = (DeonticKind)42;

        ShouldReport(b, O1 + ".deonticKind", ValidationCodes.UnknownValue);
    }

    [Fact]
    public void Build_UndefinedPerformanceKind_ReportsPerformanceKind()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).PerformanceKind = (PerformanceKind)42;

        ShouldReport(b, O1 + ".performanceKind", ValidationCodes.UnknownValue);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void Build_BlankDescription_ReportsDescription(string? description)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Description = description!;

        ShouldReport(b, O1 + ".description", ValidationCodes.Required);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_MissingBasis_ReportsBasis(string? basis)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Basis = basis!;

        ShouldReport(b, O1 + ".basis", ValidationCodes.Required);
    }

    [Theory]
    [InlineData("Party A shall return region Y")]
    [InlineData("party a shall return region X")]
    [InlineData("Party B shall guarantee safe passage through the corridor")]
    public void Build_BasisNotInArticleText_ReportsBasis(string basis)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Basis = basis;

        ShouldReport(b, O1 + ".basis", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_NullDeadline_IsNoDeadline()
    {
        // The state holds a deadline as written: null is no deadline, as when a document leaves the field out.
        var b = Fixtures.Valid();
        FirstObligation(b).Deadline = null;

        b.Build().Articles[0].Obligations[0].Deadline.Should().Be(Deadline.None);
    }

    [Fact]
    public void Build_NullQuantity_ReportsQuantity()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Quantities.Add(null!);

        ShouldReport(b, O1 + ".quantities[1]", ValidationCodes.Required);
    }

    // ---- deadlines before or at the effective instant ----

    [Theory]
    [InlineData(2020, 11, 9)]
    [InlineData(2020, 11, 1)]
    public void Build_DeadlineByNotAfterEffective_ReportsDeadline(int year, int month, int day)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().DueBy(new LocalDate(year, month, day));

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Theory]
    [InlineData(2020, 11, 10)]
    [InlineData(2020, 11, 5)]
    public void Build_DeadlineBeforeNotAfterEffective_ReportsDeadline(int year, int month, int day)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().DueBefore(new LocalDate(year, month, day));

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_DeadlineBeforeTheDayAfterEffective_Succeeds()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().DueBefore(new LocalDate(2020, 11, 11));

        b.Build().DueInstant(b.Build().GetObligation("o1")).Should().Be(Instant.FromUtc(2020, 11, 10, 21, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Build_DeadlineAtInstantNotAfterEffective_ReportsDeadline(int minutesAfterEffective)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Due(Deadline.At(Fixtures.Effective2020.Plus(Duration.FromMinutes(minutesAfterEffective))));

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_DeadlineAtLocalTimeBeforeEffective_ReportsDeadline()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Due(Deadline.At(new LocalDateTime(2020, 11, 9, 23, 59)));

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2021, 3, 28, 2, 30)]
    [InlineData("America/New_York", 2021, 3, 14, 2, 30)]
    public void Build_DeadlineAtLocalTimeSkipped_ReportsDeadline(string zone, int year, int month, int day, int hour, int minute)
    {
        var b = Fixtures.InZone(zone, new LocalDateTime(2021, 1, 1, 0, 0), Deadline.At(new LocalDateTime(year, month, day, hour, minute)));

        ShouldReport(b, "$.articles[0].obligations[0].deadline", ValidationCodes.InvalidValue);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2021, 10, 31, 2, 30)]
    [InlineData("America/New_York", 2021, 11, 7, 1, 30)]
    public void Build_DeadlineAtLocalTimeAmbiguous_ReportsDeadline(string zone, int year, int month, int day, int hour, int minute)
    {
        var b = Fixtures.InZone(zone, new LocalDateTime(2021, 1, 1, 0, 0), Deadline.At(new LocalDateTime(year, month, day, hour, minute)));

        ShouldReport(b, "$.articles[0].obligations[0].deadline", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_DeadlineAtLocalTimeJustAfterBerlinGap_Succeeds()
    {
        var statement = Fixtures.InZone("Europe/Berlin", new LocalDateTime(2021, 1, 1, 0, 0), Deadline.At(new LocalDateTime(2021, 3, 28, 3, 30))).Build();

        statement.DueInstant(statement.GetObligation("act")).Should().Be(Instant.FromUtc(2021, 3, 28, 1, 30));
    }

    // ---- relative deadlines and terms ----

    public static TheoryData<string> NonPositivePeriods => new() { "P0D", "P-1D", "P-1M", "PT-1H" };

    [Theory]
    [MemberData(nameof(NonPositivePeriods))]
    public void Build_NonPositiveRelativePeriod_ReportsDeadline(string period)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().DueWithin(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);

        ShouldReport(b, O1 + ".deadline", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_RenewableNoticeLongerThanTerm_ReportsNotice()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromYears(1), Period.FromYears(5), Period.FromYears(2));

        ShouldReport(b, O1 + ".deadline.notice", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_RenewableNoticeEqualToTerm_ReportsNotice()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromMonths(6), Period.FromYears(5), Period.FromMonths(6));

        ShouldReport(b, O1 + ".deadline.notice", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_RenewableNoticeLongerThanRenewal_ReportsNotice()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromYears(5), Period.FromYears(1), Period.FromYears(2));

        ShouldReport(b, O1 + ".deadline.notice", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_RenewableNegativeNotice_ReportsNotice()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(-1));

        ShouldReport(b, O1 + ".deadline.notice", ValidationCodes.InvalidValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Build_NonPositiveTerm_ReportsTerm(int years)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromYears(years), Period.FromYears(5), Period.FromMonths(6));

        ShouldReport(b, O1 + ".deadline.term", ValidationCodes.InvalidValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Build_NonPositiveRenewal_ReportsRenewal(int years)
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().RenewableTerm(Period.FromYears(5), Period.FromYears(years), Period.FromMonths(6));

        ShouldReport(b, O1 + ".deadline.renewal", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_TermKindWithoutRenewableDeadline_ReportsDeadline()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).PerformanceKind = PerformanceKind.Term;

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_RenewableDeadlineWithoutTermKind_ReportsDeadline()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Due(Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6)));

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_ConditionMetAnchorWithoutCondition_ReportsDeadline()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().DueWithin(Period.FromYears(1), DeadlineAnchor.ConditionMet);

        ShouldReport(b, O1 + ".deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_ConditionMetAnchorWithCondition_Succeeds()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Upon(Condition.AgreementBetweenParties).DueWithin(Period.FromYears(1), DeadlineAnchor.ConditionMet);

        b.Build().GetObligation("o1").Condition.Should().Be(Condition.AgreementBetweenParties);
    }

    // ---- text variants ----

    [Fact]
    public void Build_VariantWithoutSource_ReportsSources()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Sources.Clear();

        ShouldReport(b, V1 + ".sources", ValidationCodes.Required);
    }

    [Fact]
    public void Build_VariantNullSource_ReportsSourceItem()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Sources.Add(null!);

        ShouldReport(b, V1 + ".sources[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_VariantBlankLabel_ReportsLabel()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Label = " ";

        ShouldReport(b, V1 + ".label", ValidationCodes.Required);
    }

    [Fact]
    public void Build_VariantBlankText_ReportsText()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Text = "";

        ShouldReport(b, V1 + ".text", ValidationCodes.Required);
    }

    [Fact]
    public void Build_VariantBlankLanguage_ReportsLanguage()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Language = " ";

        ShouldReport(b, V1 + ".language", ValidationCodes.InvalidValue);
    }

    [Fact]
    public void Build_VariantReadsObligationOfAnotherArticle_ReportsObligationId()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Revise().ReadsDeadline("o2", Deadline.By(new LocalDate(2020, 12, 1)));

        ShouldReport(b, V1 + ".deadlineReadings[1].obligationId", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_VariantReadsUnknownObligation_ReportsObligationId()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Revise().ReadsDeadline("o42", Deadline.By(new LocalDate(2020, 12, 1)));

        ShouldReport(b, V1 + ".deadlineReadings[1].obligationId", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_VariantReadsSameObligationTwice_ReportsSecondReading()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).Revise().ReadsDeadline("o1", Deadline.By(new LocalDate(2020, 12, 1)));

        ShouldReport(b, V1 + ".deadlineReadings[1].obligationId", ValidationCodes.Duplicate);
    }

    [Fact]
    public void Build_VariantReadingBeforeEffective_ReportsReadingDeadline()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).DeadlineReadings[0] = DeadlineReadingDto.From(new DeadlineReading("o1", Deadline.Before(new LocalDate(2020, 11, 1))));

        ShouldReport(b, V1 + ".deadlineReadings[0].deadline", ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Build_VariantNullReading_ReportsReading()
    {
        var b = Fixtures.Valid();
        FirstVariant(b).DeadlineReadings.Add(null!);

        ShouldReport(b, V1 + ".deadlineReadings[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Build_NullVariant_ReportsVariant()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Variants.Add(null!);

        ShouldReport(b, "$.articles[0].variants[1]", ValidationCodes.Required);
    }

    // ---- all problems at once ----

    private static StatementBuilder ManyProblems()
    {
        var b = new StatementBuilder();                  // 1: no title, 2: no signing date
        b.InTimeZone("Nowhere/Nothing");                 // 3: unknown zone (the effective local time is then not checked)
        b.EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0));
        b.Actor("A", "Party A").Actor("A", "Party A again");  // 4: duplicate actor id
        b.Article(0, " ", a => a                          // 5: number, 6: text
            .Obligation("bad id", o => o.Described(" "))); // 7: id, 8: no obligor, 9: description, 10: basis
        return b;
    }

    [Fact]
    public void Build_ManyProblems_ReportsAllOfThemInOneException()
    {
        var exception = Fails(ManyProblems());

        exception.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.title",
            "$.signedOn",
            "$.timeZone",
            "$.actors[1].id",
            "$.articles[0].number",
            "$.articles[0].text",
            "$.articles[0].obligations[0].id",
            "$.articles[0].obligations[0].obligors",
            "$.articles[0].obligations[0].description",
            "$.articles[0].obligations[0].basis");
        exception.Problems.Should().HaveCount(10);
    }

    [Fact]
    public void Build_ManyProblems_MessageListsEveryPath()
    {
        var exception = Fails(ManyProblems());

        exception.Message.Should().StartWith("The statement is invalid (10 problems):");
        foreach (var problem in exception.Problems)
        {
            exception.Message.Should().Contain("\n- " + problem.Path + ": " + problem.Message);
        }
    }

    [Fact]
    public void Build_SameInvalidBuilderTwice_ReportsProblemsInTheSameOrder()
    {
        var first = Fails(ManyProblems()).Problems;
        var second = Fails(ManyProblems()).Problems;

        second.Should().Equal(first);
    }

    // ---- ToBuilder ----

    [Fact]
    public void ToBuilder_BuiltInStatement_BuildsAnEqualStatement()
    {
        var original = TrilateralStatement2020.Statement;

        var rebuilt = original.ToBuilder().Build();

        rebuilt.Should().NotBeSameAs(original);
        rebuilt.Should().Be(original);
        rebuilt.GetHashCode().Should().Be(original.GetHashCode());
        rebuilt.Articles.Should().Equal(original.Articles);
        rebuilt.Actors.Should().Equal(original.Actors);
        rebuilt.Places.Should().Equal(original.Places);
    }

    [Fact]
    public void ToBuilder_CustomStatement_BuildsAnEqualStatement()
    {
        var b = Fixtures.Valid();
        FirstObligation(b).Revise().Upon(Condition.AgreementBetweenParties).InParallelWith("o2").Concerning("corridor");
        SecondObligation(b).Revise().OwedByUnnamed();
        SecondObligation(b).Obligors.Clear();
        var original = b.Build();

        var rebuilt = original.ToBuilder().Build();

        rebuilt.Should().Be(original);
        rebuilt.GetHashCode().Should().Be(original.GetHashCode());
        rebuilt.GetObligation("o1").Condition.Should().Be(Condition.AgreementBetweenParties);
        rebuilt.GetObligation("o2").ObligorUnnamed.Should().BeTrue();
        rebuilt.Places[0].Names.Should().Equal(original.Places[0].Names);
    }

    [Fact]
    public void ToBuilder_BuilderModified_OriginalUnchanged()
    {
        var original = Fixtures.Valid().Build();
        var copy = Fixtures.Valid().Build();

        var b = original.ToBuilder();
        b.State.Title = "Changed";
        b.State.Articles[0].Text = "Changed text.";
        b.State.Articles[0].Obligations[0].Obligors.Add("B");
        b.State.Articles[0].Obligations[0].Quantities.Clear();
        b.State.Articles[0].Variants[0].Sources.Add(CitationDto.From(new Citation("https://example.org/other", "elsewhere")));
        b.State.Actors[0].Aliases.Add("Another alias");
        b.State.Places[0].Aliases.Clear();
        b.State.Articles.RemoveAt(1);

        original.Should().Be(copy);
        original.Title.Should().Be("Test statement");
        original.Articles.Should().HaveCount(2);
        original.Articles[0].Text.Should().Be(Fixtures.ArticleOneText);
        original.GetObligation("o1").Obligors.Should().Equal("A");
        original.GetObligation("o1").Quantities.Should().ContainSingle();
        original.Articles[0].Variants[0].Sources.Should().ContainSingle();
        original.Actors[0].Aliases.Should().Equal("Alpha");
        original.Places[0].Names.Should().HaveCount(2);
    }

    [Fact]
    public void Build_BuilderModifiedAfterBuild_StatementUnchanged()
    {
        var b = Fixtures.Valid();
        var statement = b.Build();

        b.State.Actors[0].Aliases.Add("Changed");
        FirstObligation(b).Obligors.Add("B");
        b.State.Articles.Clear();

        statement.Should().Be(Fixtures.Valid().Build());
        statement.Actors[0].Aliases.Should().Equal("Alpha");
        statement.GetObligation("o1").Obligors.Should().Equal("A");
    }
}
