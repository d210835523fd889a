using System;
using System.Globalization;
using System.IO;
using System.Text;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

// The main job: the compliance report of the built-in statement as of today (or --as-of YYYY-MM-DD).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// "Today" is the date in the statement's own zone (Moscow time for the built-in statement), read from the system clock here,
// at the edge: the library itself never reads the clock.
var asOfDate = TrilateralStatement2020.Statement.Today(SystemClock.Instance);
var details = false;
var format = "text";
string? outPath = null;
string? only = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--as-of" when i + 1 < args.Length:
            var parsed = LocalDatePattern.Iso.Parse(args[++i]);
            if (!parsed.Success)
            {
                Console.Error.WriteLine($"--as-of expects a date as YYYY-MM-DD, not '{args[i]}'.");
                return 2;
            }

            asOfDate = parsed.Value;
            if (asOfDate.Year is < 1 or > 9000)
            {
                Console.Error.WriteLine($"--as-of expects a date in the years 1 to 9000, not '{args[i]}'.");
                return 2;
            }

            break;
        case "--details":
            details = true;
            break;
        case "--format" when i + 1 < args.Length:
            format = args[++i];
            if (format is not ("text" or "md" or "csv" or "html" or "json" or "svg"))
            {
                Console.Error.WriteLine($"--format expects text, md, csv, html, json or svg, not '{format}'.");
                return 2;
            }

            break;
        case "--out" when i + 1 < args.Length:
            outPath = args[++i];
            break;
        case "--perspective" when i + 1 < args.Length:
            only = args[++i];
            if (only is not ("all" or "ARM" or "AZE"))
            {
                Console.Error.WriteLine($"--perspective expects all, ARM or AZE, not '{only}'.");
                return 2;
            }

            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: dotnet run --project samples/Ceasefire.Report [-- [--as-of YYYY-MM-DD] [--format F] [--out FILE] [--perspective P] [--details]]");
            Console.WriteLine("  --as-of        evaluate at the end of that day, Moscow time (default: today)");
            Console.WriteLine("  --format       text (default), md, csv, html, json or svg");
            Console.WriteLine("  --out          write to FILE instead of standard output");
            Console.WriteLine("  --perspective  all, ARM or AZE: only that perspective (md, csv, html; json and svg use one, default all)");
            Console.WriteLine("  --details      text format: print every obligation's full explanation");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Try --help.");
            return 2;
    }
}

var statement = TrilateralStatement2020.Statement;
var timeline = TrilateralStatement2020.Timeline;
var zone = statement.TimeZone;
// "As of a date" means the end of that day in the statement's zone.
var asOf = statement.EndOfDay(asOfDate);
Perspective[] perspectives = (format == "text" ? null : only) switch
{
    "all" => [Perspective.AllClaims],
    "ARM" => [Perspective.SidingWith("ARM")],
    "AZE" => [Perspective.SidingWith("AZE")],
    _ => [Perspective.AllClaims, Perspective.SidingWith("ARM"), Perspective.SidingWith("AZE")],
};
var evaluator = Evaluator.Create(statement, timeline);
var reports = Array.ConvertAll(perspectives, p => evaluator.Evaluate(asOf, p));
if (format == "svg" && asOf <= statement.EffectiveFrom)
{
    Console.Error.WriteLine($"The chart runs from the effective date ({statement.EffectiveFrom}) to --as-of: give an --as-of after it.");
    return 2;
}

if (format != "text")
{
    var output = format switch
    {
        "md" => MarkdownReport.Render(reports),
        "csv" => CsvReport.Render(reports),
        "html" => evaluator.ToHtml(asOf, perspectives),
        "json" => CeasefireJson.Serialize(reports[0]),
        _ => SvgTimelineChart.Render(evaluator.HistoryBetween(statement.EffectiveFrom, asOf, perspectives[0])),
    };
    return Emit(output);
}

var text = new StringBuilder();
void Line(FormattableString line) => text.AppendLine(FormattableString.Invariant(line));

Line($"{statement.Title}");
Line($"Signed {statement.SignedOn:uuuu-MM-dd}; effective {statement.EffectiveFrom} ({Format(statement.EffectiveFrom)}); zone {zone.Id}");
foreach (var reference in statement.CrossReferences)
{
    Line($"Cross-reference: {reference} {reference.Url}");
}

Line($"As of: end of {asOfDate:uuuu-MM-dd} Moscow time ({asOf}); {timeline.Claims.Length} sourced claims");
text.AppendLine();
Line($"Actors and roles");
foreach (var actor in statement.Actors)
{
    Line($"  {actor.Id,-11} {actor.Name} [{actor.Roles}]");
}

text.AppendLine();
Line($"Statement in force?");
foreach (var report in reports)
{
    Line($"  {report.Perspective.Name,-16} {report.StatementStatus}: {report.StatementReason}");
}

text.AppendLine();
Line($"Compliance matrix (status under all claims | siding with ARM | siding with AZE; reason under all claims)");
Line($"  {"obligation",-29} {"art",3} {"due (Moscow)",-16} {"all claims",-18} {"ARM",-18} {"AZE",-18} reason");
foreach (var all in reports[0].Obligations)
{
    var id = all.ObligationId;
    var due = all.DueInstant is { } d ? Format(d) : all.Term is { } t ? "term " + Format(t.End) : "-";
    Line($"  {id,-29} {all.Obligation.ArticleNumber,3} {due,-16} {all.Status,-18} {reports[1][id].Status,-18} {reports[2][id].Status,-18} {all.Explanation.Reason}");
}

text.AppendLine();
Line($"Upcoming deadlines (under all claims)");
var upcoming = reports[0].UpcomingDeadlines();
if (upcoming.IsEmpty)
{
    Line($"  none under all claims");
}

foreach (var entry in upcoming)
{
    Line($"  {Format(entry.Instant)} Moscow | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
}

text.AppendLine();
Line($"Past deadlines of the text");
foreach (var entry in asOf > statement.EffectiveFrom ? statement.DeadlinesBetween(statement.EffectiveFrom, asOf) : [])
{
    Line($"  {Format(entry.Instant)} Moscow | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
}

if (details)
{
    foreach (var report in reports)
    {
        text.AppendLine();
        Line($"Explanations, {report.Perspective.Name}");
        foreach (var a in report.Obligations)
        {
            Line($"- {a.ObligationId}: {a.Status}");
            foreach (var sentence in a.Explanation.Sentences)
            {
                Line($"    {sentence}");
            }

            foreach (var use in a.Explanation.ClaimsUsed)
            {
                Line($"    used ({use.Description}): {use.Claim.Id} per {use.Claim.Claimant} [{string.Join("; ", use.Claim.Sources)}]");
            }
        }
    }
}

if (only is not null)
{
    Console.Error.WriteLine("Note: the text format always shows all three perspectives; --perspective applies to the other formats.");
}

return Emit(text.ToString());

int Emit(string output)
{
    if (outPath is null)
    {
        Console.Out.Write(output);
        return 0;
    }

    try
    {
        File.WriteAllText(outPath, output, new UTF8Encoding(false));
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
    {
        Console.Error.WriteLine($"Cannot write '{outPath}': {e.Message}");
        return 1;
    }

    Console.Error.WriteLine($"Wrote {output.Length} characters of {format} to {outPath}");
    return 0;
}

string Format(Instant instant) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
