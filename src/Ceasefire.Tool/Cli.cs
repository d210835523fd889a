using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ceasefire.Domain;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using Ceasefire.Domain.Tabular;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Tool;

/// <summary>The command line: commands, options, exit codes.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int BadUsage = 2;

    private const string ExitCodesShort = "Exits 0 (success), 1 (invalid data) or 2 (bad usage): see 'ceasefire --help'.";

    private const string ExitCodes =
        "Exit codes: 0 success; 1 invalid data (a missing, unreadable or invalid file, a failed check, an unwritable --out); "
        + "2 bad usage (an unknown command or option, a bad value such as a date that is not YYYY-MM-DD).";

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine("ceasefire: " + error.Message);
            }

            context.Error.WriteLine("Try 'ceasefire --help' (or 'ceasefire COMMAND --help').");
            return BadUsage;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (DataException e)
        {
            context.Error.WriteLine("ceasefire: " + e.Message);
            return InvalidData;
        }
        catch (UsageException e)
        {
            context.Error.WriteLine("ceasefire: " + e.Message);
            context.Error.WriteLine("Try 'ceasefire --help' (or 'ceasefire COMMAND --help').");
            return BadUsage;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Where every obligation of a ceasefire statement stands, according to whom and why: the built-in trilateral statement of "
            + "9 November 2020, or your own statement, timeline and claims. Without a command, runs 'report'.\n" + ExitCodes);
        var report = ReportCommand(context, "report", "The compliance report (the default command): the statement, its actors, whether it is in force, "
            + "each obligation's status under each perspective, the deadlines. " + ExitCodesShort);
        // The root runs the report too: its options are the report's.
        foreach (var option in report.Options)
        {
            root.Options.Add(option);
        }

        root.Action = report.Action;
        // --version prints this tool's version (the default reads the entry assembly, which is not the tool in tests).
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        root.Subcommands.Add(report);
        root.Subcommands.Add(ValidateCommand(context));
        root.Subcommands.Add(ExportCommand(context));
        root.Subcommands.Add(DiffCommand(context));
        root.Subcommands.Add(ImportCommand(context));
        return root;
    }

    private sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(Cli).Assembly;
            var version = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Ok;
        }
    }

    /// <summary>A file argument does not take what looks like an option: an unknown option is bad usage, not a missing file.</summary>
    private static void NoOptionsAsFiles(Argument argument)
        => argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                r.AddError(string.Concat("unknown option '", token.Value, "'."));
            }
        });

    // ---- shared options ------------------------------------------------------------------------------------------------

    private sealed class InputOptions
    {
        public Option<string?> Statement { get; } = new("--statement") { Description = "A statement JSON file to use instead of the built-in statement (then the timeline is empty unless --timeline).", HelpName = "FILE" };

        public Option<string?> Timeline { get; } = new("--timeline") { Description = "A timeline to use instead of the built-in timeline: a timeline JSON file or a claims CSV (docs/claims-csv.md).", HelpName = "FILE" };

        public Option<string[]> Claims { get; } = new("--claims") { Description = "Extra claims, a claims CSV (docs/claims-csv.md) or a timeline JSON file, merged into the timeline; repeatable; every conflict is reported.", HelpName = "FILE", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

        public void AddTo(Command command)
        {
            command.Options.Add(Statement);
            command.Options.Add(Timeline);
            command.Options.Add(Claims);
        }

        public Inputs Load(ParseResult result) => Inputs.Load(result.GetValue(Statement), result.GetValue(Timeline), result.GetValue(Claims) ?? []);
    }

    private static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                r.AddError(string.Concat(name, " expects a date as YYYY-MM-DD, not '", text, "'."));
                return null;
            }

            if (parsed.Value.Year is < 1 or > 9000)
            {
                r.AddError(string.Concat(name, " expects a date in the years 1 to 9000, not '", text, "'."));
                return null;
            }

            return parsed.Value;
        },
    };

    private static Option<string> Choice(string name, string alias, string description, string defaultValue, params string[] values)
    {
        var option = alias.Length == 0 ? new Option<string>(name) : new Option<string>(name, alias);
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue;
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, values);
        return option;
    }

    private static Option<string?> OutOption() => new("--out", "-o") { Description = "Write to FILE (through a temporary file renamed over it: a failure leaves an existing FILE unchanged) instead of standard output.", HelpName = "FILE" };

    private static Option<int?> WidthOption() => new("--width", "-w")
    {
        Description = "Wrap text output to this many columns (default: the terminal's width on a terminal; no wrapping otherwise).",
        HelpName = "COLUMNS",
        Validators = { r => { if (r.GetValueOrDefault<int?>() is { } w && w is < 20 or > 10000) { r.AddError("--width must be 20 to 10000."); } } },
    };

    private static Option<string[]> PerspectiveOption() => new("--perspective", "-p")
    {
        Description = "A perspective, repeatable: 'all' (every claim), an actor id (siding with it, e.g. ARM), 'only:ACTOR' (only its claims), "
            + "'sources:S1;S2' (only claims citing those sources); add '@YYYY-MM-DD' for the view as known on that day (e.g. all@2021-12-01). "
            + "Default: all claims, then siding with each party.",
        HelpName = "PERSPECTIVE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static Perspective[] Perspectives(Statement statement, string[]? values, bool defaultAll)
    {
        if (values is null || values.Length == 0)
        {
            return defaultAll
                ? [Perspective.AllClaims, .. statement.Actors.Where(a => a.Roles.HasFlag(ActorRoles.Party)).Select(a => Perspective.SidingWith(a.Id))]
                : [Perspective.AllClaims];
        }

        return [.. values.Select(v => ParsePerspective(statement, v))];
    }

    internal static Perspective ParsePerspective(Statement statement, string value)
    {
        var text = value.Trim();
        LocalDate? knownOn = null;
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            var parsed = LocalDatePattern.Iso.Parse(text[(at + 1)..]);
            if (!parsed.Success)
            {
                throw new UsageException(string.Concat("--perspective '", value, "': after '@' comes a date as YYYY-MM-DD."));
            }

            knownOn = parsed.Value;
            text = text[..at];
        }

        string Actor(string id)
        {
            var actor = statement.Actors.FirstOrDefault(a => a.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
            return actor?.Id ?? throw new UsageException(string.Concat("--perspective '", value, "': '", id, "' is not an actor of the statement (",
                string.Join(", ", statement.Actors.Select(a => a.Id)), ")."));
        }

        Perspective perspective;
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            perspective = Perspective.AllClaims;
        }
        else if (text.StartsWith("only:", StringComparison.OrdinalIgnoreCase))
        {
            perspective = Perspective.OnlyAssertedBy(Actor(text[5..]));
        }
        else if (text.StartsWith("sources:", StringComparison.OrdinalIgnoreCase))
        {
            var sources = text[8..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (sources.Length == 0)
            {
                throw new UsageException(string.Concat("--perspective '", value, "': name at least one source after 'sources:'."));
            }

            perspective = Perspective.FromSources(sources);
        }
        else
        {
            perspective = Perspective.SidingWith(Actor(text));
        }

        return knownOn is { } day ? perspective.AsKnownOn(day) : perspective;
    }

    private static Option<string?> ReadingOption() => new("--reading", "-r")
    {
        Description = "Evaluate the statement as a rendering (text variant) words its deadlines and scope, e.g. \"Azerbaijani MFA English\" "
            + "(case-insensitive; an unknown label lists the statement's renderings). Default: the primary text.",
        HelpName = "LABEL",
    };

    /// <summary>The statement under the rendering <paramref name="label"/> (matched case-insensitively), or itself when null.</summary>
    internal static Statement WithReading(Statement statement, string? label)
    {
        if (label is null)
        {
            return statement;
        }

        var labels = statement.ReadingLabels;
        var match = labels.FirstOrDefault(l => l.Equals(label.Trim(), StringComparison.OrdinalIgnoreCase));
        return match is null
            ? throw new UsageException(string.Concat("--reading '", label, "' is not a rendering of the statement (",
                labels.IsEmpty ? "it has no renderings" : "its renderings: " + string.Join(", ", labels.Select(l => "'" + l + "'")), ")."))
            : statement.WithReading(match);
    }

    private static int? Width(ParseResult result, Option<int?> width, CliContext context) => result.GetValue(width) ?? context.TerminalWidth;

    private static LocalDate Today(Statement statement, CliContext context) => statement.Today(context.Clock);

    // ---- report ----------------------------------------------------------------------------------------------------------

    private static Command ReportCommand(CliContext context, string name, string description)
    {
        var command = new Command(name, description);
        var inputs = new InputOptions();
        var asOf = DateOption("--as-of", "Evaluate at the end of that day in the statement's zone (Moscow time for the built-in statement); default: today.");
        var format = Choice("--format", "-f", "text (default), md, csv, html, json or svg.", "text", "text", "md", "csv", "html", "json", "svg");
        var perspective = PerspectiveOption();
        var details = new Option<bool>("--details") { Description = "Text format: every obligation's full explanation, with the claims used." };
        var output = OutOption();
        var width = WidthOption();
        var reading = ReadingOption();
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.Options.Add(perspective);
        command.Options.Add(reading);
        command.Options.Add(details);
        command.Options.Add(output);
        command.Options.Add(width);
        command.SetAction(result =>
        {
            var data = inputs.Load(result);
            var statement = WithReading(data.Statement, result.GetValue(reading));
            var asOfDate = result.GetValue(asOf) ?? Today(statement, context);
            var instant = statement.EndOfDay(asOfDate);
            var fmt = result.GetValue(format)!.ToLowerInvariant();
            var perspectives = Perspectives(statement, result.GetValue(perspective), defaultAll: true);
            var evaluator = Evaluator.Create(statement, data.Timeline);
            if (fmt == "svg" && instant <= statement.EffectiveFrom)
            {
                throw new UsageException(string.Concat("the chart runs from the effective date (", statement.EffectiveFrom.ToString(), ") to --as-of: give an --as-of after it."));
            }

            string text;
            using (new Progress(context, "evaluating"))
            {
                var reports = Array.ConvertAll(perspectives, p => evaluator.Evaluate(instant, p));
                text = fmt switch
                {
                    "text" => Output.Wrap(TextReport.Render(statement, data.Timeline, asOfDate, reports, result.GetValue(details), data.DataVersion,
                        data.BuiltInStatement ? LinkedSections.Text(data.Statement, data.Timeline, instant, perspectives[0]) : string.Empty), Width(result, width, context)) is var plain
                        && context.Colour && result.GetValue(output) is null ? Colour.Apply(plain) : plain,
                    "md" => MarkdownReport.Render(reports)
                        + (data.BuiltInStatement ? LinkedSections.Markdown(data.Statement, data.Timeline, instant, perspectives[0]) : string.Empty)
                        + "\nData version: " + data.DataVersion + "\n"
                        + (statement.Reading is { } label ? "\nReading: " + label + " (the deadlines and scope as that rendering words them)\n" : string.Empty),
                    "csv" => CsvReport.Render(reports),
                    "html" => (statement.Reading is null ? evaluator.ToHtml(instant, statement.ReadingLabels, perspectives) : evaluator.ToHtml(instant, perspectives)).Replace("</body>", "<!-- data version: " + data.DataVersion + " -->\n</body>", StringComparison.Ordinal),
                    "json" => CeasefireJson.Serialize(reports[0]),
                    _ => SvgTimelineChart.Render(evaluator.HistoryBetween(statement.EffectiveFrom, instant, perspectives[0])) + "\n<!-- data version: " + data.DataVersion + " -->\n",
                };
            }

            Output.WriteText(context, result.GetValue(output), text, fmt);
            return Ok;
        });
        return command;
    }

    // ---- validate --------------------------------------------------------------------------------------------------------

    private static Command ValidateCommand(CliContext context)
    {
        var command = new Command("validate", "Checks statements, timelines (JSON) and claims CSV files, and reports every problem with its file, line and column "
            + "(CSV: row and column name). Timelines and claims are checked against --statement (default: the built-in statement); claims CSV files "
            + "as --claims uses them: merged into the timeline (built-in, or --timeline), so they may contradict its claims; with --standalone, "
            + "on their own (a whole timeline as a CSV, such as 'export claims' writes). " + ExitCodesShort);
        var files = new Argument<string[]>("FILE") { Description = "The files to check: *.json (a statement or a timeline, told apart by content) or *.csv (claims).", Arity = ArgumentArity.OneOrMore };
        var inputs = new InputOptions();
        var standalone = new Option<bool>("--standalone") { Description = "Check each claims CSV on its own against the statement, not merged into the timeline." };
        NoOptionsAsFiles(files);
        command.Arguments.Add(files);
        command.Options.Add(standalone);
        command.Options.Add(inputs.Statement);
        command.Options.Add(inputs.Timeline);
        command.SetAction(result =>
        {
            var data = Inputs.Load(result.GetValue(inputs.Statement), result.GetValue(inputs.Timeline), []);
            var invalid = 0;
            foreach (var path in result.GetValue(files)!)
            {
                var message = Check(path, data, result.GetValue(standalone));
                if (message is null)
                {
                    context.Out.WriteLine(string.Concat(path, ": valid"));
                }
                else
                {
                    invalid++;
                    context.Out.WriteLine(message);
                }
            }

            context.Out.Flush();
            if (invalid > 0)
            {
                context.Error.WriteLine(string.Concat("ceasefire: ", invalid.ToString(CultureInfo.InvariantCulture), invalid == 1 ? " file is" : " files are", " invalid"));
                return InvalidData;
            }

            return Ok;
        });
        return command;
    }

    /// <summary>Checks one file; null when valid, else the problems (one a line).</summary>
    private static string? Check(string path, Inputs data, bool standalone)
    {
        try
        {
            var bytes = Inputs.ReadBytes(path);
            if (Inputs.IsCsv(path, bytes))
            {
                var claims = ClaimsCsv.Read(new MemoryStream(bytes), path);
                ClaimSet.Merge(data.Statement, standalone ? [claims] : [ClaimSet.FromTimeline(data.Timeline, "the timeline"), claims]);
                return null;
            }

            bool isTimeline;
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(bytes);
                isTimeline = document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && document.RootElement.TryGetProperty("claims", out _);
            }
            catch (System.Text.Json.JsonException e)
            {
                return string.Concat(path, ": not valid JSON (line ", ((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture), "): ", e.Message);
            }

            if (isTimeline)
            {
                CeasefireJson.ReadTimeline(new MemoryStream(bytes), data.Statement);
            }
            else
            {
                CeasefireJson.ReadStatement(new MemoryStream(bytes));
            }

            return null;
        }
        catch (CeasefireValidationException e)
        {
            return Inputs.Describe(path, e);
        }
        catch (DataException e)
        {
            return e.Message;
        }
    }

    // ---- export ----------------------------------------------------------------------------------------------------------

    private static Command ExportCommand(CliContext context)
    {
        var command = new Command("export", "Tidy, long tables for pandas, R, Polars and DuckDB (columns in docs/exports.md): claims (one row per claim), "
            + "statuses (at --as-of), intervals (each obligation's exact status intervals from the effective date, or --from, to --as-of), "
            + "grades (yearly 0-3 grades), panel (obligation x day x perspective, --from to --as-of). Each table carries the data version. " + ExitCodesShort);
        var table = new Argument<string>("TABLE") { Description = "claims, statuses, intervals, grades or panel." };
        table.AcceptOnlyFromAmong("claims", "statuses", "intervals", "grades", "panel");
        var inputs = new InputOptions();
        var format = Choice("--format", "-f", "csv (default), json or parquet.", "csv", "csv", "json", "parquet");
        var output = OutOption();
        var asOf = DateOption("--as-of", "The instant (end of that day in the statement's zone) for statuses, and the end of intervals, grades and panel; default: today.");
        var from = DateOption("--from", "The first day of intervals and panel; default: the effective date.");
        var perspective = PerspectiveOption();
        var reading = ReadingOption();
        inputs.AddTo(command);
        command.Arguments.Add(table);
        command.Options.Add(reading);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(asOf);
        command.Options.Add(from);
        command.Options.Add(perspective);
        command.SetAction(async (result, cancellationToken) =>
        {
            var data = inputs.Load(result);
            var statement = WithReading(data.Statement, result.GetValue(reading));
            var name = result.GetValue(table)!.ToLowerInvariant();
            var fmt = Enum.Parse<TidyFormat>(result.GetValue(format)!, ignoreCase: true);
            var outPath = result.GetValue(output);
            if (fmt == TidyFormat.Parquet && outPath is null)
            {
                throw new UsageException("--format parquet writes a binary file: give --out FILE.");
            }

            var last = result.GetValue(asOf) ?? Today(statement, context);
            var effectiveDay = statement.EffectiveFrom.InZone(statement.TimeZone).Date;
            var first = result.GetValue(from) ?? effectiveDay;
            if (first > last)
            {
                throw new UsageException(string.Concat("--from ", first.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), " is after --as-of ", last.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), "."));
            }

            var perspectives = Perspectives(statement, result.GetValue(perspective), defaultAll: true);
            var evaluator = Evaluator.Create(statement, data.Timeline);
            TidyTable tidy;
            using (new Progress(context, "computing the " + name + " table"))
            {
                var end = statement.EndOfDay(last);
                var start = Instant.Max(statement.EffectiveFrom, statement.EndOfDay(first.PlusDays(-1)));
                tidy = name switch
                {
                    "claims" => TidyExports.Claims(data.Timeline, data.DataVersion),
                    "statuses" => TidyExports.Statuses(evaluator, end, perspectives, data.DataVersion),
                    "intervals" => start < end ? TidyExports.Intervals(evaluator, start, end, perspectives, data.DataVersion) : throw new UsageException("--as-of must be after the effective date for intervals."),
                    "grades" => TidyExports.Grades(evaluator, effectiveDay.Year, last.Year, perspectives, data.DataVersion),
                    _ => TidyExports.Panel(evaluator, first, last, perspectives, data.DataVersion),
                };
            }

            await Output.WriteAsync(context, outPath, string.Concat(tidy.RowCount.ToString(CultureInfo.InvariantCulture), " rows of ", name, " as ", fmt.ToString().ToLowerInvariant()),
                stream => TidyWriter.WriteAsync(tidy, fmt, stream, cancellationToken)).ConfigureAwait(false);
            return Ok;
        });
        return command;
    }

    // ---- diff ------------------------------------------------------------------------------------------------------------

    private static Command DiffCommand(CliContext context)
    {
        var command = new Command("diff", "Where two views differ (ComplianceReport.Compare): two perspectives at one instant "
            + "(--perspective A --perspective B [--as-of D]), one perspective at two instants (--as-of D1 --as-of D2 [--perspective P]), "
            + "or two renderings of the text (--reading A --reading B, or one --reading against the primary text [--as-of D] [--perspective P]). " + ExitCodesShort);
        var inputs = new InputOptions();
        var asOf = new Option<string[]>("--as-of") { Description = "Once (both views at that day's end) or twice (two instants); default: today.", HelpName = "YYYY-MM-DD", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var perspective = PerspectiveOption();
        var reading = new Option<string[]>("--reading", "-r")
        {
            Description = "A rendering (text variant) of the statement, e.g. \"Azerbaijani MFA English\" (case-insensitive): once to compare it with the primary text, "
                + "twice to compare two renderings.",
            HelpName = "LABEL",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var output = OutOption();
        var width = WidthOption();
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(perspective);
        command.Options.Add(reading);
        command.Options.Add(output);
        command.Options.Add(width);
        command.SetAction(result =>
        {
            var data = inputs.Load(result);
            var statement = data.Statement;
            var days = (result.GetValue(asOf) ?? []).Select(text => LocalDatePattern.Iso.Parse(text) is { Success: true } p && p.Value.Year is >= 1 and <= 9000
                ? p.Value
                : throw new UsageException(string.Concat("--as-of expects a date as YYYY-MM-DD, not '", text, "'."))).ToArray();
            var perspectiveValues = result.GetValue(perspective) ?? [];
            var readings = result.GetValue(reading) ?? [];
            if (readings.Length > 0
                ? readings.Length > 2 || days.Length > 1 || perspectiveValues.Length > 1
                : days.Length > 2 || perspectiveValues.Length > 2 || (days.Length == 2 && perspectiveValues.Length > 1) || (days.Length < 2 && perspectiveValues.Length != 2))
            {
                throw new UsageException("diff compares two views: give two --perspective values (and at most one --as-of), two --as-of values (and at most one --perspective), "
                    + "or one or two --reading values (and at most one --as-of and one --perspective).");
            }

            ComplianceReport before, after;
            if (readings.Length > 0)
            {
                var first = readings.Length == 2 ? WithReading(statement, readings[0]) : statement;
                var second = WithReading(statement, readings[^1]);
                var day = days.Length == 1 ? days[0] : Today(statement, context);
                var p = Perspectives(statement, perspectiveValues, defaultAll: false)[0];
                before = Evaluator.Create(first, data.Timeline).Evaluate(statement.EndOfDay(day), p);
                after = Evaluator.Create(second, data.Timeline).Evaluate(statement.EndOfDay(day), p);
            }
            else if (days.Length == 2)
            {
                var evaluator = Evaluator.Create(statement, data.Timeline);
                var p = Perspectives(statement, perspectiveValues, defaultAll: false)[0];
                before = evaluator.Evaluate(statement.EndOfDay(days[0]), p);
                after = evaluator.Evaluate(statement.EndOfDay(days[1]), p);
            }
            else
            {
                var evaluator = Evaluator.Create(statement, data.Timeline);
                var day = days.Length == 1 ? days[0] : Today(statement, context);
                var ps = Perspectives(statement, perspectiveValues, defaultAll: false);
                before = evaluator.Evaluate(statement.EndOfDay(day), ps[0]);
                after = evaluator.Evaluate(statement.EndOfDay(day), ps[1]);
            }

            var differences = before.Compare(after);
            var text = new StringBuilder();
            string View(ComplianceReport r) => string.Concat(r.Perspective.Name, " as of ", r.AsOf.ToString(),
                readings.Length == 0 ? string.Empty : r.Statement.Reading is { } label ? " (reading: " + label + ")" : " (primary text)");
            text.Append("Differences: ").Append(View(before)).Append(" -> ").Append(View(after)).Append('\n');
            text.Append("Data version: ").Append(data.DataVersion).Append('\n');
            if (differences.IsEmpty)
            {
                text.Append("  none: every obligation has the same status\n");
            }

            foreach (var d in differences)
            {
                text.Append("  ").Append(d.ObligationId.PadRight(29)).Append(' ').Append(d.Before.ToString().PadRight(18)).Append(" -> ").Append(d.After.ToString()).Append('\n');
                text.Append("      before: ").Append(d.BeforeReason).Append('\n');
                text.Append("      after:  ").Append(d.AfterReason).Append('\n');
            }

            Output.WriteText(context, result.GetValue(output), Output.Wrap(text.ToString(), Width(result, width, context)), "the differences");
            return Ok;
        });
        return command;
    }

    // ---- import ----------------------------------------------------------------------------------------------------------

    private static Command ImportCommand(CliContext context)
    {
        var command = new Command("import", "Turns a conflict-event dataset export (ACLED or UCDP GED, CSV) into attributed incident claims, as a claims file "
            + "to pass with --claims. A mapping JSON file says which events bear on which obligation and which dataset actors are which statement actors "
            + "(docs/claims-csv.md). " + ExitCodesShort);
        var dataset = new Argument<string>("DATASET") { Description = "acled or ucdp." };
        dataset.AcceptOnlyFromAmong("acled", "ucdp");
        var file = new Argument<string>("FILE") { Description = "The dataset export (CSV, in the dataset's own layout)." };
        var mapping = new Option<string>("--mapping", "-m") { Description = "The mapping JSON file.", HelpName = "MAP.json", Required = true };
        var format = Choice("--format", "-f", "The claims file format: csv (default) or json (a timeline).", "csv", "csv", "json");
        var output = OutOption();
        var statementOption = new InputOptions().Statement;
        command.Arguments.Add(dataset);
        NoOptionsAsFiles(file);
        command.Arguments.Add(file);
        command.Options.Add(mapping);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(statementOption);
        command.SetAction(result =>
        {
            var data = Inputs.Load(result.GetValue(statementOption), null, []);
            var mappingPath = result.GetValue(mapping)!;
            var map = Inputs.Parse(mappingPath, () => EventMapping.Parse(Encoding.UTF8.GetString(Inputs.ReadBytes(mappingPath)), mappingPath));
            var expected = Enum.Parse<EventDataset>(result.GetValue(dataset)!, ignoreCase: true);
            if (map.Dataset != expected)
            {
                throw new UsageException(string.Concat("the mapping ", mappingPath, " is for ", map.Dataset.ToString().ToLowerInvariant(), ", not ", expected.ToString().ToLowerInvariant(), "."));
            }

            var path = result.GetValue(file)!;
            var bytes = Inputs.ReadBytes(path);
            EventImportResult imported;
            Timeline timeline;
            using (new Progress(context, "importing " + path))
            {
                imported = EventImport.Read(new MemoryStream(bytes), path, map);
                timeline = Inputs.Parse("claims", () => ClaimSet.Merge(data.Statement, [imported.Claims]));
            }

            var json = result.GetValue(format)!.Equals("json", StringComparison.OrdinalIgnoreCase);
            Output.WriteText(context, result.GetValue(output), json ? CeasefireJson.Serialize(timeline) : ClaimsCsv.Write(timeline),
                string.Concat(imported.EventsImported.ToString(CultureInfo.InvariantCulture), " claims"));
            context.Error.WriteLine(string.Concat("ceasefire: ", imported.EventsRead.ToString(CultureInfo.InvariantCulture), " events read, ",
                imported.EventsImported.ToString(CultureInfo.InvariantCulture), " imported as incident claims, ",
                (imported.EventsRead - imported.EventsImported).ToString(CultureInfo.InvariantCulture), " matched no rule of the mapping"));
            return Ok;
        });
        return command;
    }
}
