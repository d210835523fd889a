#:property PublishAot=false
#:project ../../src/Ceasefire.Domain/Ceasefire.Domain.csproj
#:property ImplicitUsings=disable

// Defines another statement with the fluent API: the trilateral follow-up statement of 11 January 2021 (Moscow),
// which set up a working group to implement point 9 of the statement of 9 November 2020 (unblocking economic and
// transport links), with three dated tasks. Then evaluates it against a small timeline of HYPOTHETICAL claims.
//
//   dotnet run samples/scripts/follow-up-2021.cs
//
// The article texts below are a neutral PARAPHRASE written from the research note
// (docs/sources/timeline-after-2024.md, section 2) and the two sources it cites (the URLs passed to .Source(...)).
// They are NOT the official text of the statement. The claims in the timeline are made-up examples for this sample
// (claimant "Sample data (hypothetical)"): they are not reports of what actually happened.
using System;
using System.Globalization;
using Ceasefire.Domain;
using NodaTime;
using NodaTime.Text;

Statement statement;
Timeline timeline;
try
{
    statement = BuildStatement();
    timeline = BuildTimeline(statement);
}
catch (CeasefireValidationException e)
{
    // Build() validates everything at once and lists every problem with its path.
    Console.Error.WriteLine(e.Message);
    return 1;
}

Console.WriteLine(statement);
Console.WriteLine(string.Concat("Zone ", statement.TimeZone.Id, "; effective ", IsoInstant(statement.EffectiveFrom), "; ",
    statement.Obligations.Length.ToString(CultureInfo.InvariantCulture), " obligations"));
foreach (var obligation in statement.Obligations)
{
    Console.WriteLine(string.Concat("  ", obligation.Id, " (article ", obligation.ArticleNumber.ToString(CultureInfo.InvariantCulture),
        "): ", obligation.Deadline.ToString(), obligation.Condition is { } c ? string.Concat("; upon ", c.Description) : string.Empty));
}

Console.WriteLine();
Console.WriteLine(string.Concat("Timeline: ", timeline.ToString(), ", all hypothetical (", timeline.Claims[0].Claimant.Name, ")"));

// Evaluate at the end of two days, Moscow time: before the first deadline, and after the last one.
var evaluator = Evaluator.Create(statement, timeline);
foreach (var day in new[] { new LocalDate(2021, 1, 20), new LocalDate(2021, 3, 15) })
{
    var asOf = statement.TimeZone.AtStartOfDay(day.PlusDays(1)).ToInstant();
    var report = evaluator.Evaluate(asOf);
    Console.WriteLine();
    Console.WriteLine(string.Concat("== End of ", Iso(day), " Moscow time"));
    Console.Write(report.ToString());

    Console.WriteLine();
    Console.WriteLine("Explanation of subgroup-project-lists:");
    Console.WriteLine(report["subgroup-project-lists"].Explanation.ToString());

    Console.WriteLine();
    Console.WriteLine("Upcoming deadlines (still open under this report):");
    var upcoming = report.UpcomingDeadlines();
    if (upcoming.IsEmpty)
    {
        Console.WriteLine("  none");
    }

    foreach (var entry in upcoming)
    {
        Console.WriteLine(string.Concat("  ", entry.ToString()));
    }
}

return 0;

static Statement BuildStatement()
{
    const string President = "https://president.az/en/articles/view/50070";
    const string Aravot = "https://en.aravot.am/2021/01/11/274319";
    const string WorkingGroupFirstMeeting = "the working group's first meeting";

    // The working group is a body of the three governments (co-chaired by their deputy prime ministers), so its tasks
    // are modelled as owed by all three signatories.
    return Statement.CreateBuilder("Trilateral statement of 11 January 2021 by the leaders of Armenia, Azerbaijan and Russia (paraphrase)")
        .SignedOn(new LocalDate(2021, 1, 11))
        .InTimeZone("Europe/Moscow")
        .EffectiveAt(new LocalDateTime(2021, 1, 11, 0, 0))
        .Source(President, "Statement of 11 January 2021, Moscow (paraphrased here, not quoted)")
        .Source(Aravot, "Report of the statement of 11 January 2021 (paraphrased here, not quoted)")
        .Source("timeline-after-2024.md", "Section 2, Follow-up trilateral statements: 11 January 2021, Moscow")
        .Actor("ARM", "Republic of Armenia", a => a.As(ActorRoles.Party | ActorRoles.Signatory).AlsoKnownAs("Armenia"))
        .Actor("AZE", "Republic of Azerbaijan", a => a.As(ActorRoles.Party | ActorRoles.Signatory).AlsoKnownAs("Azerbaijan"))
        .Actor("RUS", "Russian Federation", a => a.As(ActorRoles.Signatory | ActorRoles.Guarantor).AlsoKnownAs("Russia"))
        .Article(1, "A trilateral working group co-chaired by the deputy prime ministers of the Republic of Azerbaijan, the Republic of Armenia and the Russian Federation is set up to implement point 9 of the statement of 9 November 2020 on unblocking economic and transport links in the region.")
        .Article(2, "The working group shall hold its first meeting before 30 January 2021 and there set out a list of the main directions of its work, with rail and road communication first.", a => a
            .Obligation("wg-first-meeting", o => o
                .OwedBy("ARM", "AZE", "RUS").Must().OneOff()
                .Due(Deadline.Before(new LocalDate(2021, 1, 30)))
                .Described("Hold the working group's first meeting and set out the main directions of its work.")
                .Quoting("shall hold its first meeting before 30 January 2021")))
        .Article(3, "Expert subgroups set up by the working group shall submit lists of projects within one month of the working group's first meeting.", a => a
            .Obligation("subgroup-project-lists", o => o
                .OwedBy("ARM", "AZE", "RUS").Must().OneOff()
                .Upon(new Condition(ConditionKind.Other, WorkingGroupFirstMeeting))
                .Due(Deadline.Within(Period.FromMonths(1), DeadlineAnchor.ConditionMet))
                .Described("The expert subgroups submit their lists of projects.")
                .Quoting("shall submit lists of projects within one month of the working group's first meeting")))
        .Article(4, "By 1 March 2021 the working group shall prepare a list and timetable of measures to restore and build transport infrastructure.", a => a
            .Obligation("measures-list-timetable", o => o
                .OwedBy("ARM", "AZE", "RUS").Must().OneOff()
                .Due(Deadline.By(new LocalDate(2021, 3, 1)))
                .Described("Prepare a list and timetable of measures to restore and build transport infrastructure.")
                .Quoting("By 1 March 2021 the working group shall prepare a list and timetable of measures to restore and build transport infrastructure")))
        .Build();
}

static Timeline BuildTimeline(Statement statement)
{
    // HYPOTHETICAL claims, made up to show the evaluation; they say nothing about what actually happened.
    const string Claimant = "Sample data (hypothetical)";
    const string Source = "samples/scripts/follow-up-2021.cs";
    const string Locator = "illustrative claim made up for this sample; no real-world source";
    const string Prefix = "Hypothetical example for this sample, not a real-world report: ";
    var meeting = new LocalDate(2021, 1, 25);
    var lists = new LocalDate(2021, 2, 20);

    return Timeline.CreateBuilder(statement)
        .Claim("h-wg-first-meeting", c => c
            .Performed("wg-first-meeting")
            .On(meeting)
            .AssertedBy(Claimant)
            .Source(Source, Locator)
            .KnownOn(meeting)
            .Saying(Prefix + "the working group's first meeting is assumed to take place on this date."))
        .Claim("h-subgroups-condition", c => c
            .ConditionMet("subgroup-project-lists")
            .On(meeting)
            .AssertedBy(Claimant)
            .Source(Source, Locator)
            .KnownOn(meeting)
            .Saying(Prefix + "the first meeting (the condition the subgroups' month runs from) is assumed to take place on this date."))
        .Claim("h-subgroups-lists", c => c
            .Performed("subgroup-project-lists")
            .On(lists)
            .AssertedBy(Claimant)
            .Source(Source, Locator)
            .KnownOn(lists)
            .Saying(Prefix + "the expert subgroups are assumed to submit their project lists on this date."))
        // No claim about measures-list-timetable: the evaluation shows it pending, then overdue.
        .Build();
}

static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

static string IsoInstant(Instant instant) => InstantPattern.General.Format(instant);
