using System;
using System.Globalization;
using System.Text;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using NodaTime;
using NodaTime.Text;

// The main job: the built-in statement as of today (or --as-of YYYY-MM-DD).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var asOfDate = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
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
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: dotnet run --project samples/Ceasefire.Report [-- --as-of YYYY-MM-DD]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Try --help.");
            return 2;
    }
}

var statement = TrilateralStatement2020.Statement;
var zone = statement.TimeZone;
// "As of a date" means the end of that day in the statement's zone.
var asOf = zone.AtStartOfDay(asOfDate.PlusDays(1)).ToInstant();
var text = new StringBuilder();
text.AppendLine(statement.Title);
text.AppendLine(CultureInfo.InvariantCulture, $"Signed {statement.SignedOn:uuuu-MM-dd}; effective {statement.EffectiveFrom} ({Format(statement.EffectiveFrom)}); zone {zone.Id}");
foreach (var reference in statement.CrossReferences)
{
    text.AppendLine(CultureInfo.InvariantCulture, $"Cross-reference: {reference} {reference.Url}");
}

text.AppendLine(CultureInfo.InvariantCulture, $"As of: end of {asOfDate:uuuu-MM-dd} {zone.Id} ({asOf})");
text.AppendLine();
text.AppendLine("Actors and roles");
foreach (var actor in statement.Actors)
{
    text.AppendLine(CultureInfo.InvariantCulture, $"  {actor.Id,-11} {actor.Name} [{actor.Roles}]");
}

text.AppendLine();
text.AppendLine("Articles and obligations");
foreach (var article in statement.Articles)
{
    text.AppendLine(CultureInfo.InvariantCulture, $"  {article.Number}. {article.Text.Replace("\n", "\n     ", StringComparison.Ordinal)}");
    foreach (var obligation in article.Obligations)
    {
        var obligors = obligation.ObligorUnnamed ? "(not named)" : string.Join(", ", obligation.Obligors);
        text.AppendLine(CultureInfo.InvariantCulture, $"     - {obligation.Id}: {obligation.DeonticKind} {obligation.PerformanceKind}; owed by {obligors}; deadline {obligation.Deadline}{DueText(obligation)}");
    }
}

text.AppendLine();
text.AppendLine("Past deadlines");
foreach (var entry in statement.DeadlinesBetween(statement.EffectiveFrom, asOf))
{
    text.AppendLine(CultureInfo.InvariantCulture, $"  {Format(entry.Instant)} | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
}

text.AppendLine();
text.AppendLine("Upcoming deadlines");
foreach (var entry in statement.UpcomingDeadlines(asOf, 4))
{
    text.AppendLine(CultureInfo.InvariantCulture, $"  {Format(entry.Instant)} | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
}

Console.Out.Write(text.ToString());
return 0;

string Format(Instant instant) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " Moscow";

string DueText(Obligation obligation)
{
    if (obligation.Deadline is RenewableTerm term)
    {
        var first = term.TermAt(1, statement.DeadlineContext);
        return $"; first term ends {Format(first.End)} ({first.End}), notice by {Format(first.NoticeCutoff)}";
    }

    return statement.DueInstant(obligation) is { } due ? $"; due before {Format(due)} ({due})" : string.Empty;
}
