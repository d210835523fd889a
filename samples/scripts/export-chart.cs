#:property PublishAot=false
#:project ../../src/Ceasefire.Domain/Ceasefire.Domain.csproj
#:property ImplicitUsings=disable

// Writes the SVG timeline chart of the built-in statement (the trilateral statement of 9 November 2020): one lane
// per obligation, coloured by status, from the statement's effective instant (00:00 Moscow time, 10 November 2020)
// up to the start of a date, Moscow time, under all claims.
//
//   dotnet run samples/scripts/export-chart.cs -- [YYYY-MM-DD] [--out PATH]
//
// Defaults: 2026-01-01, timeline.svg (in the current directory). Prints the full path and the byte count.
// Exit code 0 on success, 2 on bad arguments.
using System;
using System.IO;
using System.Text;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using NodaTime;
using NodaTime.Text;

const string Usage = "usage: dotnet run samples/scripts/export-chart.cs -- [YYYY-MM-DD] [--out PATH]";

var to = new LocalDate(2026, 1, 1);
var output = "timeline.svg";
var dateSeen = false;
var outSeen = false;
for (var i = 0; i < args.Length; i++)
{
    var arg = args[i];
    if (arg is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        Console.WriteLine("  YYYY-MM-DD   the chart ends at the start of that day, Moscow time (default 2026-01-01)");
        Console.WriteLine("  --out PATH   where to write the SVG (default timeline.svg)");
        return 0;
    }

    if (arg == "--out")
    {
        if (outSeen || i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]))
        {
            return Fail(outSeen ? "--out given more than once." : "--out needs a path.");
        }

        output = args[++i];
        outSeen = true;
        continue;
    }

    var parsed = LocalDatePattern.Iso.Parse(arg);
    if (!parsed.Success || dateSeen)
    {
        return Fail(parsed.Success ? string.Concat("more than one date given ('", arg, "').")
            : string.Concat("'", arg, "' is neither a date as YYYY-MM-DD nor --out PATH."));
    }

    to = parsed.Value;
    dateSeen = true;
}

var statement = TrilateralStatement2020.Statement;
var zone = statement.TimeZone;
if (to.Year > 9000)
{
    return Fail(string.Concat("the date ", LocalDatePattern.Iso.Format(to), " is out of range (at most year 9000)."));
}

var from = statement.EffectiveFrom;
var end = zone.AtStartOfDay(to).ToInstant();
if (end <= from)
{
    return Fail(string.Concat("the chart must end after the statement takes effect (",
        LocalDateTimePattern.GeneralIso.Format(from.InZone(zone).LocalDateTime), " Moscow time); got ", LocalDatePattern.Iso.Format(to), "."));
}

// An Evaluator compiles the statement and its timeline once; the chart asks it for every obligation's history.
var evaluator = Evaluator.Create(statement, TrilateralStatement2020.Timeline);
var svg = SvgTimelineChart.Render(evaluator.HistoryBetween(from, end));

var path = Path.GetFullPath(output);
try
{
    var directory = Path.GetDirectoryName(path);
    if (!string.IsNullOrEmpty(directory))
    {
        Directory.CreateDirectory(directory);
    }

    File.WriteAllText(path, svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(string.Concat("export-chart: cannot write ", path, ": ", e.Message));
    return 1;
}

Console.WriteLine(FormattableString.Invariant($"{path} ({new FileInfo(path).Length} bytes; {from:g} to {end:g})"));
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine(string.Concat("export-chart: ", message));
    Console.Error.WriteLine(Usage);
    return 2;
}
