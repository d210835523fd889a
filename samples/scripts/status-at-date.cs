#:property PublishAot=false
#:project ../../src/Ceasefire.Domain/Ceasefire.Domain.csproj
#:property ImplicitUsings=disable

// Prints the status of every obligation of the built-in statement (the trilateral statement of 9 November 2020)
// at the end of a day, Moscow time, under one perspective, with each obligation's one-line reason.
//
//   dotnet run samples/scripts/status-at-date.cs -- [YYYY-MM-DD] [all|ARM|AZE]
//
// Defaults: 2023-06-01, all. Exit code 0 on success, 2 on bad arguments.
using System;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using NodaTime;
using NodaTime.Text;

const string Usage = "usage: dotnet run samples/scripts/status-at-date.cs -- [YYYY-MM-DD] [all|ARM|AZE]";

var date = new LocalDate(2023, 6, 1);
var perspective = Perspective.AllClaims;
var dateSeen = false;
var perspectiveSeen = false;
foreach (var arg in args)
{
    if (arg is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        Console.WriteLine("  YYYY-MM-DD     evaluate at the end of that day, Moscow time (default 2023-06-01)");
        Console.WriteLine("  all|ARM|AZE    count all claims, or only those asserted by Armenia or Azerbaijan (default all)");
        return 0;
    }

    if (!perspectiveSeen && ParsePerspective(arg) is { } p)
    {
        perspective = p;
        perspectiveSeen = true;
        continue;
    }

    var parsed = LocalDatePattern.Iso.Parse(arg);
    if (!dateSeen && parsed.Success)
    {
        // The end of day D is the start of day D+1, which must still be on the calendar.
        if (parsed.Value.Year is < 1 or > 9000)
        {
            return Fail(string.Concat("the date ", arg, " is out of range (years 1 to 9000)."));
        }

        date = parsed.Value;
        dateSeen = true;
        continue;
    }

    return Fail(parsed.Success ? string.Concat("more than one date given ('", arg, "').")
        : ParsePerspective(arg) is not null ? string.Concat("more than one perspective given ('", arg, "').")
        : string.Concat("'", arg, "' is neither a date as YYYY-MM-DD nor one of all, ARM, AZE."));
}

var statement = TrilateralStatement2020.Statement;
var timeline = TrilateralStatement2020.Timeline;
var zone = statement.TimeZone;
// "As of a date" means the end of that day in the statement's zone (Europe/Moscow): the start of the next day.
var asOf = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
var report = statement.Evaluate(timeline, asOf, perspective);

Console.WriteLine(statement.Title);
Console.WriteLine(Invariant($"As of the end of {date:uuuu-MM-dd} Moscow time ({asOf:g}); perspective: {perspective.Name}"));
Console.WriteLine(Invariant($"Statement: {report.StatementStatus} - {report.StatementReason}"));
Console.WriteLine();
var width = 0;
foreach (var a in report.Obligations)
{
    width = Math.Max(width, a.ObligationId.Length);
}

Console.WriteLine(Invariant($"{"obligation".PadRight(width)}  {"status",-18}  reason"));
foreach (var a in report.Obligations)
{
    Console.WriteLine(Invariant($"{a.ObligationId.PadRight(width)}  {a.Status,-18}  {a.Explanation.Reason}"));
}

return 0;

static Perspective? ParsePerspective(string arg) => arg.ToUpperInvariant() switch
{
    "ALL" => Perspective.AllClaims,
    "ARM" => Perspective.SidingWith("ARM"),
    "AZE" => Perspective.SidingWith("AZE"),
    _ => null,
};

static string Invariant(FormattableString text) => FormattableString.Invariant(text);

static int Fail(string message)
{
    Console.Error.WriteLine(string.Concat("status-at-date: ", message));
    Console.Error.WriteLine(Usage);
    return 2;
}
