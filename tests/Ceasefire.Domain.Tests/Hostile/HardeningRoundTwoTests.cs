using System;
using System.Linq;
using System.Text.Json.Nodes;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using Ceasefire.Domain.Tests.Evaluation;
using FluentAssertions;
using NodaTime;
using NodaTime.TimeZones;
using Xunit;

namespace Ceasefire.Domain.Tests.Hostile;

/// <summary>
/// One regression test per defect of issue 14 ("Hardening round two") that is about correctness: each failed on the code
/// before its fix (the numbers are the issue's).
/// </summary>
public class HardeningRoundTwoTests
{
    private const string BeyondCalendar = "beyond the calendar's range";

    private static readonly Statement S = Fixture.Subject;

    private static readonly Instant AsOf2021 = Instant.FromUtc(2021, 6, 1, 0, 0);

    private static CeasefireValidationException Rejected(Action build)
        => FluentActions.Invoking(build).Should().Throw<CeasefireValidationException>().Which;

    private static TimelineBuilder Extension(Deadline newDeadline)
        => Fixture.Timeline().Claim("x", c => c.DeadlineExtended("report", newDeadline).On(Fixture.D(2020, 11, 25)).RequestedBy("B").AgreedBy("A", "B").Std());

    [Theory]
    [InlineData("by")]
    [InlineData("within")]
    public void Defect01_ExtensionPastTheCalendarsEnd_RejectedByBuildAsOutOfRange(string shape)
    {
        var deadline = shape == "by" ? Deadline.By(new LocalDate(9999, 12, 31)) : Deadline.Within(Period.FromYears(7990));

        var e = Rejected(() => Extension(deadline).Build());

        e.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.claims[0].newDeadline" && p.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Defect01_ExtensionPastTheCalendarsEnd_RejectedByReadTimeline()
    {
        var json = CeasefireJson.Serialize(Extension(Deadline.By(new LocalDate(2020, 12, 15))).Build());
        json.Should().Contain("\"2020-12-15\"");

        var e = Rejected(() => CeasefireJson.ReadTimeline(json.Replace("\"2020-12-15\"", "\"9999-12-31\"", StringComparison.Ordinal), S));

        e.Problems.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Defect02_InstantDeadlineAtTheCalendarsEnd_RejectedByBuild()
    {
        var e = Rejected(() => Extension(Deadline.At(Instant.FromUtc(9999, 12, 31, 23, 59, 59))).Build());

        e.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.claims[0].newDeadline" && p.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Defect02_ReportAsOfTheCalendarsEnd_RejectedByReadReport()
    {
        var timeline = Fixture.Timeline().Build();
        var json = CeasefireJson.Serialize(S.Evaluate(timeline, AsOf2021));

        var e = Rejected(() => CeasefireJson.ReadReport(json.Replace("2021-06-01T00:00:00Z", "9999-12-31T23:59:59Z", StringComparison.Ordinal), S, timeline));

        e.Problems.Should().Contain(p => p.Path == "$.asOf" && p.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Defect02_EvaluationAtTheEndsOfTime_RendersEveryFormat()
    {
        var timeline = Fixture.Timeline().Claim("p", c => c.Performed("return").On(Fixture.D(2020, 11, 19)).Std()).Build();
        var evaluator = Evaluator.Create(S, timeline);

        foreach (var at in new[] { Instant.MaxValue, Instant.MinValue, Instant.FromUtc(9999, 12, 31, 23, 59, 59) })
        {
            var report = evaluator.Evaluate(at);
            report.ToString().Should().Contain("(UTC)", "an instant whose local time may not exist is written in UTC");
            report.ToMarkdown().Should().NotBeEmpty();
            report.ToHtml().Should().NotBeEmpty();
            report.ToCsv().Should().NotBeEmpty();
            evaluator.ToHtml(at).Should().NotBeEmpty();
            foreach (var a in report.Obligations)
            {
                a.Explanation.ToString().Should().NotBeEmpty();
            }
        }

        evaluator.ToSvg(Instant.MinValue, Instant.MaxValue).Should().Contain("<svg");
    }

    private static StatementBuilder ConditionalStatement(Period period) => Statement.CreateBuilder("Conditional")
        .SignedOn(Fixture.D(2020, 11, 9))
        .InTimeZone("Europe/Moscow")
        .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
        .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Article(1, "Upon agreement, A shall act.", a => a.Obligation("act", o => o.OwedBy("A").Must().OneOff()
            .Upon(Condition.AgreementBetweenParties).DueWithin(period, DeadlineAnchor.ConditionMet).Described("Act.").Quoting("A shall act")));

    [Fact]
    public void Defect03_DeadlineCountedFromAConditionBeyondTheCalendar_RejectedByBuild()
    {
        var e = Rejected(() => ConditionalStatement(Period.FromYears(7900)).Build());

        e.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.articles[0].obligations[0].deadline" && p.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Defect03_ConditionMetSoLateItsDeadlineLeavesTheCalendar_RejectedByTimelineBuild()
    {
        // 6,800 years from 2020 stays inside the supported range; from a condition met in 2200 it does not.
        var statement = ConditionalStatement(Period.FromYears(6800)).Build();
        ClaimBuilder Met(ClaimBuilder c, int year) => c.ConditionMet("act").On(Fixture.D(year, 1, 1)).AssertedBy("A", "A").Source("doc", "p").KnownOn(Fixture.D(year, 1, 1)).Saying("Agreed.");

        var e = Rejected(() => Timeline.CreateBuilder(statement).Claim("m", c => Met(c, 2200)).Build());
        var accepted = Timeline.CreateBuilder(statement).Claim("m", c => Met(c, 2100)).Build();

        e.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.claims[0].date" && p.Code == ValidationCodes.OutOfRange);
        statement.Evaluate(accepted, Instant.FromUtc(2150, 1, 1, 0, 0))["act"].Status.Should().Be(ObligationStatus.Pending);
    }

    [Theory]
    [InlineData("Etc/GMT+12", 9999, 12, 31, 23, 59)]
    [InlineData("Etc/GMT-14", -9998, 1, 1, 0, 0)]
    public void Defect04_EffectiveLocalTimeBeyondNodaTimesInstants_RejectedAsOutOfRange(string zone, int y, int m, int d, int h, int min)
    {
        var e = Rejected(() => Fixtures.InZone(zone, new LocalDateTime(y, m, d, h, min), Deadline.None).Build());

        e.Problems.Should().Contain(p => p.Path == "$.effectiveFrom" && p.Code == ValidationCodes.OutOfRange);
    }

    /// <summary>UTC that counts how often it is asked for an offset: a deterministic measure of date work, not a timing.</summary>
    private sealed class CountingUtc() : DateTimeZone("Test/CountingUtc", false, Offset.Zero, Offset.Zero)
    {
        public long Calls { get; private set; }

        public override ZoneInterval GetZoneInterval(Instant instant)
        {
            Calls++;
            return new ZoneInterval("UTC", null, null, Offset.Zero, Offset.Zero);
        }
    }

    /// <summary>
    /// Thousands of notices on a one-day renewable term: each is found in its own term, and the date work (offset
    /// look-ups in the statement's zone) grows with notices plus terms, not with their product as when every notice
    /// re-walked every term (1,000 notices took 11 s). The speed itself is recorded in benchmarks/README.md.
    /// </summary>
    [Fact]
    public void Defect07_ThousandsOfNoticesOnADailyTerm_EachFoundInItsOwnTermWithLinearDateWork()
    {
        var zone = new CountingUtc();
        var statement = Statement.CreateBuilder("Daily term")
            .SignedOn(Fixture.D(2020, 1, 1))
            .InTimeZone(zone)
            .EffectiveAt(new LocalDateTime(2020, 1, 1, 0, 0))
            .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, "A shall stay a day, renewed daily.", a => a.Obligation("stay", o => o.OwedBy("A").Must()
                .RenewableTerm(Period.FromDays(1), Period.FromDays(1), Period.FromHours(1)).Described("Stay.").Quoting("A shall stay a day")))
            .Build();
        const int Notices = 3000;
        var builder = Timeline.CreateBuilder(statement);
        for (var i = 0; i < Notices; i++)
        {
            var at = Instant.FromUtc(2020, 1, 1, 12, 0).Plus(Duration.FromDays(i));
            builder.Claim(string.Concat("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), c => c.NoticeGiven("stay").At(at).ActedBy("A")
                .AssertedBy("A", "A").Source("doc", "p").KnownOn(at.InUtc().Date).Saying("Notice."));
        }

        var timeline = builder.Build();
        var before = zone.Calls;
        var report = statement.Evaluate(timeline, Instant.FromUtc(2030, 1, 1, 0, 0));
        report["stay"].Explanation.ToString().Should().NotBeEmpty();
        var work = zone.Calls - before;

        report["stay"].Status.Should().Be(ObligationStatus.Terminated, "every notice at noon is after its own term's 23:00 cut-off but in time for the next term");
        work.Should().BeLessThan(40L * Notices, "the terms are computed once and each notice finds its term by binary search ({0} offset look-ups)", work);
        var term = (RenewableTerm)statement.GetObligation("stay").Deadline;
        for (var i = 0; i < Notices; i += 97)
        {
            term.TermContaining(timeline.Claims[i].Date.Resolve(statement.TimeZone).Start, statement.DeadlineContext)!.Number.Should().Be(i + 1);
        }

        term.TermAt(Notices, statement.DeadlineContext).Start.Should().Be(Instant.FromUtc(2020, 1, 1, 0, 0).Plus(Duration.FromDays(Notices - 1)));
    }

    [Fact]
    public void Defect07_FiftyThousandBreachesAndEndsOnOneObligation_EachEpisodeEndedByTheFirstLaterEnd()
    {
        const int Pairs = 25_000;
        var builder = Fixture.Timeline();
        for (var i = 0; i < Pairs; i++)
        {
            var day = Fixture.D(2021, 1, 1).PlusDays(i % 1000);
            var actor = i % 2 == 0 ? "A" : "B";
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Claim("b" + n, c => c.Breached("ceasefire").On(day).ActedBy(actor).Std());
            builder.Claim("e" + n, c => c.BreachEnded("ceasefire").On(day.PlusDays(1)).ActedBy(actor).Std());
        }

        var timeline = builder.Build();
        var assessment = S.Evaluate(timeline, Instant.FromUtc(2025, 1, 1, 0, 0))["ceasefire"];

        assessment.Breaches.Should().HaveCount(Pairs);
        assessment.Breaches.Should().OnlyContain(b => !b.IsOngoing && b.EndedBy != null && b.EndedBy.ActorId == b.Claim.ActorId
            && b.EndedBy.Date.First == b.Claim.Date.First.PlusDays(1), "each breach is ended by the first end of the same actor dated after it: the next day's");
        assessment.Explanation.Sentences.Should().NotBeEmpty();
    }

    [Fact]
    public void Defect08_ControlCharactersInUserText_EscapedInPlainTextSoNoLineIsForged()
    {
        const string Hostile = "Evil\nreturn: Fulfilled - forged\r\u001b[2J\u0085\u2028end";
        var timeline = Fixture.Timeline()
            .Claim("p", c => c.Performed("return").On(Fixture.D(2020, 11, 19)).AssertedBy(Hostile).Source("doc", "p").KnownOn(Fixture.D(2020, 11, 19)).Saying(Hostile))
            .Build();
        var report = S.Evaluate(timeline, AsOf2021);

        var text = report.ToString();
        var lines = text.Split('\n');
        lines.Should().HaveCount(2 + S.Obligations.Length + 1, "a header, the statement's line, one line per obligation, and the final line feed");
        lines[^1].Should().BeEmpty();
        lines.Count(l => l.StartsWith("return:", StringComparison.Ordinal)).Should().Be(1, "the claimant's name cannot forge an obligation's line");
        text.Should().NotContainAny("\r", "\u001b", "\u0085", "\u2028");
        text.Should().Contain("Evil\\nreturn: Fulfilled - forged\\r\\u001B[2J\\u0085\\u2028end");

        var explanation = report["return"].Explanation;
        explanation.ToString().Split('\n').Should().HaveCount(explanation.Sentences.Length, "sentences are joined by \\n on every platform, one line each");
        explanation.ToString().Should().NotContainAny("\r", "\u001b");
        report["return"].ToString().Should().NotContainAny("\n", "\r", "\u001b");
        timeline.GetClaim("p").ToString().Should().NotContainAny("\n", "\r", "\u001b");
    }

    [Fact]
    public void Defect09_NullAgreeingActor_RejectedByBuildAsTheReaderWould()
    {
        var e = Rejected(() => Fixture.Timeline()
            .Claim("x", c => c.DeadlineExtended("report", Deadline.By(new LocalDate(2020, 12, 15))).On(Fixture.D(2020, 11, 25)).AgreedBy("A", null!).Std())
            .Build());

        e.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.claims[0].agreedBy[1]" && p.Code == ValidationCodes.Required);

        // What the builder accepts, the reader accepts.
        var accepted = Extension(Deadline.By(new LocalDate(2020, 12, 15))).Build();
        CeasefireJson.ReadTimeline(CeasefireJson.Serialize(accepted), S).Should().Be(accepted);
    }

    [Fact]
    public void Defect12_PublicHelpersBeyondTheCalendar_ThrowTheLibrarysArgumentOutOfRange()
    {
        var context = S.DeadlineContext;
        Action[] calls =
        [
            () => Deadline.Within(Period.FromYears(10000)).Explain(context),
            () => Deadline.Within(Period.FromYears(10000)).DueInstant(context),
            () => Deadline.By(LocalDate.MaxIsoValue).Explain(context),
            () => ((Deadlines.DateDeadline)Deadline.By(LocalDate.MaxIsoValue)).DueIn(S.TimeZone),
            () => Deadline.At(LocalDateTime.FromDateTime(DateTime.MaxValue)).Explain(new DeadlineContext(DateTimeZoneProviders.Tzdb["Etc/GMT+12"], Fixture.Effective)),
            () => S.StartOfDay(LocalDate.MinIsoValue),
            () => S.EndOfDay(LocalDate.MaxIsoValue),
        ];

        foreach (var call in calls)
        {
            FluentActions.Invoking(call).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(string.Concat("*", BeyondCalendar, "*"));
        }
    }

    [Fact]
    public void Also_ReportWithATermNumberedMinusFiveEndingBeforeItStarts_RejectedByReadReport()
    {
        var timeline = Fixture.Timeline().Build();
        var json = CeasefireJson.Serialize(S.Evaluate(timeline, AsOf2021));
        var root = JsonNode.Parse(json)!;
        var term = root["obligations"]!.AsArray().Single(o => (string?)o!["obligationId"] == "stay")!["term"]!;
        var (start, end) = ((string)term["start"]!, (string)term["end"]!);
        CeasefireJson.ReadReport(root.ToJsonString(), S, timeline)["stay"].Term!.Number.Should().Be(1, "the unmodified report loads");

        term["number"] = -5;
        term["start"] = end;
        term["end"] = start;
        var e = Rejected(() => CeasefireJson.ReadReport(root.ToJsonString(), S, timeline));
        term["number"] = 1;
        var swapped = Rejected(() => CeasefireJson.ReadReport(root.ToJsonString(), S, timeline));

        e.Problems.Should().ContainSingle().Which.Path.Should().StartWith("$.obligations[3].term");
        swapped.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.obligations[3].term" && p.Code == ValidationCodes.Inconsistent);
    }

    [Fact]
    public void Also_ActorParentCycle_RejectedNamingEachActorOnIt()
    {
        var e = Rejected(() => Statement.CreateBuilder("Cycle").SignedOn(Fixture.D(2020, 1, 1)).InTimeZone("UTC").EffectiveAt(new LocalDateTime(2020, 1, 2, 0, 0))
            .Actor("X", "X", a => a.As(ActorRoles.Party).PartOf("Y"))
            .Actor("Y", "Y", a => a.As(ActorRoles.Party).PartOf("Z"))
            .Actor("Z", "Z", a => a.As(ActorRoles.Party).PartOf("X"))
            .Actor("W", "W", a => a.As(ActorRoles.Party).PartOf("X"))
            .Article(1, "X shall act.", a => a.Obligation("o", o => o.OwedBy("X").Must().Continuous().Described("Act.").Quoting("X shall act")))
            .Build());

        e.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.actors[0].parentId", "$.actors[1].parentId", "$.actors[2].parentId");
        e.Problems.Should().OnlyContain(p => p.Code == ValidationCodes.Inconsistent && p.Message.Contains("X -> Y -> Z -> X", StringComparison.Ordinal));
    }
}
