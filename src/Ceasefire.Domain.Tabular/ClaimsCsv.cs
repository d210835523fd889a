using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ceasefire.Domain.Deadlines;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Domain.Tabular;

/// <summary>
/// The tidy claims CSV format (documented in docs/claims-csv.md): one row per claim, a header row with named columns
/// in any order, UTF-8, RFC 4180 quoting. Read with <see cref="Read(string, string)"/> (every problem of every row is
/// collected, by row and column, not just the first) and written with <see cref="Write(Timeline)"/>; writing a
/// timeline and reading it back gives an equal timeline.
/// </summary>
/// <threadsafety>Stateless and thread-safe: its static members may be called from any thread.</threadsafety>
public static class ClaimsCsv
{
    /// <summary>The columns written, in order (sources beyond the first add source_2, locator_2, ... after locator).</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "id", "kind", "obligations", "date", "precision", "quantifier", "end", "acted_by",
        "claimant", "claimant_actor", "claimant_side", "known_on", "summary", "source", "locator",
        "contradicts", "quantity", "quantity_unit", "new_deadline", "requested_by", "agreed_by", "reason", "places",
    ];

    private static readonly string[] Required = ["id", "kind", "date", "claimant", "known_on", "summary", "source", "locator"];

    private static readonly Dictionary<string, string> MemberColumns = new(StringComparer.Ordinal)
    {
        ["id"] = "id", ["kind"] = "kind", ["obligationIds"] = "obligations", ["date"] = "date", ["end"] = "end",
        ["actorId"] = "acted_by", ["claimant"] = "claimant", ["sources"] = "source", ["knownOn"] = "known_on",
        ["summary"] = "summary", ["quantity"] = "quantity", ["newDeadline"] = "new_deadline",
        ["requestedBy"] = "requested_by", ["agreedBy"] = "agreed_by", ["reason"] = "reason", ["contradicts"] = "contradicts", ["placeIds"] = "places",
    };

    /// <summary>The CSV column for a member of a claim's JSON shape (for problem locations).</summary>
    internal static string ColumnOf(string member) => MemberColumns.TryGetValue(member, out var column) ? column : member;

    /// <summary>Reads claims from CSV text.</summary>
    /// <param name="csv">The CSV text, with a header row.</param>
    /// <param name="origin">The file name, for problem locations.</param>
    /// <returns>The claims with the problems found while reading; validate and build them with <see cref="ClaimSet.Merge"/>.</returns>
    public static ClaimSet Read(string csv, string origin)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(origin);
        return Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), origin);
    }

    /// <summary>Reads claims from a UTF-8 CSV stream (a byte order mark is allowed).</summary>
    /// <param name="utf8Csv">The stream; read to its end, not disposed.</param>
    /// <param name="origin">The file name, for problem locations.</param>
    /// <returns>The claims with the problems found while reading; validate and build them with <see cref="ClaimSet.Merge"/>.</returns>
    public static ClaimSet Read(Stream utf8Csv, string origin)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        ArgumentNullException.ThrowIfNull(origin);
        var problems = new List<ValidationProblem>();
        var claims = ImmutableArray.CreateBuilder<PendingClaim>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        try
        {
            using var reader = CsvReader.Create(utf8Csv, options, leaveOpen: true);
            var headers = reader.Headers.ToArray();
            if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                problems.Add(new ValidationProblem(origin, ValidationCodes.Required, "the file is empty: a claims CSV starts with a header row (id,kind,obligations,date,...)") { Line = 1 });
                return new ClaimSet(origin, [], [.. problems]);
            }

            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++)
            {
                var name = headers[i].Trim();
                if (!IsKnownColumn(name))
                {
                    problems.Add(new ValidationProblem(string.Concat(origin, ": row 1, column ", name), ValidationCodes.UnknownField,
                        string.Concat("unknown column '", name, "'; the columns are ", string.Join(", ", Columns), " (and source_N, locator_N)")) { Line = 1 });
                }
                else if (!index.TryAdd(name, i))
                {
                    problems.Add(new ValidationProblem(string.Concat(origin, ": row 1, column ", name), ValidationCodes.Duplicate, string.Concat("the column '", name, "' appears twice")) { Line = 1 });
                }
            }

            foreach (var column in Required.Where(c => !index.ContainsKey(c)))
            {
                problems.Add(new ValidationProblem(string.Concat(origin, ": row 1"), ValidationCodes.Required, string.Concat("the required column '", column, "' is missing")) { Line = 1 });
            }

            if (problems.Count > 0)
            {
                return new ClaimSet(origin, [], [.. problems]);
            }

            while (reader.Read())
            {
                var row = checked((int)reader.RowNumber + 1);
                var line = reader.LineNumber;
                string? Get(string column) => index.TryGetValue(column, out var i) && i < reader.FieldCount && !reader.IsEmpty(i) ? reader.GetString(i).Trim() : null;
                var cells = index.Keys.ToDictionary(k => k, k => Get(k), StringComparer.OrdinalIgnoreCase);
                if (cells.Values.All(v => v is null))
                {
                    continue;
                }

                var rowProblems = new RowProblems(origin, row, line, problems);
                if (reader.FieldCount > headers.Length)
                {
                    rowProblems.Add("id", ValidationCodes.Invalid, string.Concat("the row has ", reader.FieldCount.ToString(CultureInfo.InvariantCulture), " fields but the header has ", headers.Length.ToString(CultureInfo.InvariantCulture)));
                }

                var configure = ParseRow(cells, rowProblems, out var id);
                claims.Add(new PendingClaim(id, configure, string.Concat(origin, ": row ", row.ToString(CultureInfo.InvariantCulture)), row) { Line = line });
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new ValidationProblem(string.Concat(origin, ": line ", e.LineNumber.ToString(CultureInfo.InvariantCulture)), ValidationCodes.Invalid,
                string.Concat("malformed CSV: ", e.Message)) { Line = e.LineNumber > 0 ? e.LineNumber : null });
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new ValidationProblem(origin, ValidationCodes.Invalid, string.Concat("the file is not UTF-8 text: ", e.Message)));
        }

        return new ClaimSet(origin, claims.ToImmutable(), [.. problems]);
    }

    /// <summary>Reads a claims CSV and builds its timeline (a shortcut for <see cref="Read(string, string)"/> and <see cref="ClaimSet.Merge"/>).</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="origin">The file name, for problem locations.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">Every problem, by row and column.</exception>
    public static Timeline ReadTimeline(string csv, Statement statement, string origin = "claims.csv")
        => ClaimSet.Merge(statement, [Read(csv, origin)]);

    /// <summary>Writes every claim of a timeline as claims CSV (UTF-8 text, CRLF line ends, a header row).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(Timeline timeline)
    {
        using var stream = new MemoryStream();
        Write(timeline, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes every claim of a timeline as claims CSV to a stream, UTF-8 without a byte order mark.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="destination">The stream; not disposed.</param>
    public static void Write(Timeline timeline, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(destination);
        var header = Header(timeline, out var extraSources);
        using var writer = CsvWriter.Create(destination, new CsvWriterOptions { Injection = CsvInjection.None }, leaveOpen: true);
        writer.WriteHeader(header.ToArray());
        foreach (var c in timeline.Claims)
        {
            writer.WriteRecord(Fields(c, extraSources));
        }

        writer.Flush();
    }

    /// <summary>The header for a timeline: <see cref="Columns"/>, with source_N and locator_N after locator for claims with several sources.</summary>
    internal static List<string> Header(Timeline timeline, out int extraSources)
    {
        extraSources = timeline.Claims.IsEmpty ? 0 : timeline.Claims.Max(c => c.Sources.Length) - 1;
        var header = new List<string>(Columns);
        var after = header.IndexOf("locator") + 1;
        for (var n = 2; n <= extraSources + 1; n++)
        {
            header.Insert(after++, "source_" + n.ToString(CultureInfo.InvariantCulture));
            header.Insert(after++, "locator_" + n.ToString(CultureInfo.InvariantCulture));
        }

        return header;
    }

    /// <summary>A claim's fields, in the order of <see cref="Header"/>.</summary>
    internal static string?[] Fields(Claim c, int extraSources)
    {
        var fields = new List<string?>
        {
            c.Id, c.Kind.ToString(), string.Join(";", c.ObligationIds), FormatDate(c.Date), c.Date.Precision.ToString(),
            c.Date.Precision == DatePrecision.Range ? c.Date.Quantifier.ToString() : null,
            c.End is { } end ? FormatDate(end) : null, c.ActorId,
            c.Claimant.Name, c.Claimant.ActorId, c.Claimant.Side, LocalDatePattern.Iso.Format(c.KnownOn), c.Summary,
            c.Sources.Length > 0 ? c.Sources[0].Source : null, c.Sources.Length > 0 ? c.Sources[0].Locator : null,
        };
        for (var n = 1; n <= extraSources; n++)
        {
            fields.Add(n < c.Sources.Length ? c.Sources[n].Source : null);
            fields.Add(n < c.Sources.Length ? c.Sources[n].Locator : null);
        }

        fields.Add(c.Contradicts.IsEmpty ? null : string.Join(";", c.Contradicts));
        fields.Add(c.Quantity?.Value.ToString(CultureInfo.InvariantCulture));
        fields.Add(c.Quantity?.Unit);
        fields.Add(c.NewDeadline is { } deadline ? FormatDeadline(deadline) : null);
        fields.Add(c.RequestedBy);
        fields.Add(c.AgreedBy.IsEmpty ? null : string.Join(";", c.AgreedBy));
        fields.Add(c.Reason?.ToString());
        fields.Add(c.PlaceIds.IsEmpty ? null : string.Join(";", c.PlaceIds));
        return [.. fields.Select(f => string.IsNullOrEmpty(f) ? null : f)];
    }

    /// <summary>Columns of the tidy claims export (<see cref="TidyExports.Claims"/>) that reading ignores: they are derived from the others.</summary>
    internal static readonly string[] DerivedColumns = ["date_first", "date_last", "date_instant", "data_version"];

    private static bool IsKnownColumn(string name)
        => Columns.Contains(name, StringComparer.OrdinalIgnoreCase) || DerivedColumns.Contains(name, StringComparer.OrdinalIgnoreCase)
           || ((name.StartsWith("source_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("locator_", StringComparison.OrdinalIgnoreCase))
               && int.TryParse(name.AsSpan(name.IndexOf('_', StringComparison.Ordinal) + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2);

    private static Action<ClaimBuilder> ParseRow(Dictionary<string, string?> cells, RowProblems problems, out string id)
    {
        string? Cell(string column) => cells.TryGetValue(column, out var value) ? value : null;
        string Need(string column)
        {
            var value = Cell(column);
            if (value is null)
            {
                problems.Add(column, ValidationCodes.Required, string.Concat("the ", column, " is empty"));
            }

            return value ?? string.Empty;
        }

        id = Need("id");
        var kindText = Need("kind");
        ClaimKind? kind = null;
        if (kindText.Length > 0)
        {
            if (Enum.TryParse<ClaimKind>(kindText, ignoreCase: true, out var k) && Enum.IsDefined(k) && !char.IsDigit(kindText[0]))
            {
                kind = k;
            }
            else
            {
                problems.Add("kind", ValidationCodes.UnknownValue, string.Concat("unknown kind '", kindText, "'; expected one of ", string.Join(", ", Enum.GetNames<ClaimKind>())));
            }
        }

        var obligations = Split(Cell("obligations"));
        var quantifier = DateQuantifier.Within;
        if (Cell("quantifier") is { } q && !Enum.TryParse(q, ignoreCase: true, out quantifier))
        {
            problems.Add("quantifier", ValidationCodes.UnknownValue, string.Concat("unknown quantifier '", q, "'; expected Within or Throughout"));
        }

        var date = ParseDate(Need("date"), "date", quantifier, problems);
        if (date is not null && Cell("precision") is { } p)
        {
            if (!Enum.TryParse<DatePrecision>(p, ignoreCase: true, out var precision) || char.IsDigit(p[0]))
            {
                problems.Add("precision", ValidationCodes.UnknownValue, string.Concat("unknown precision '", p, "'; expected Instant, Day, Month, Year or Range"));
            }
            else if (precision != date.Precision)
            {
                problems.Add("precision", ValidationCodes.Inconsistent, string.Concat("the precision says ", precision.ToString(), " but the date '", Cell("date"), "' is a ", date.Precision.ToString()));
            }
        }

        var end = Cell("end") is { } endText ? ParseDate(endText, "end", DateQuantifier.Within, problems) : null;
        var knownOn = ParseDay(Need("known_on"), "known_on", problems);
        Quantity? quantity = null;
        if (Cell("quantity") is { } qv)
        {
            if (!decimal.TryParse(qv, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add("quantity", ValidationCodes.InvalidValue, string.Concat("'", qv, "' is not a number (use a dot for decimals)"));
            }
            else if (Cell("quantity_unit") is not { } unit)
            {
                problems.Add("quantity_unit", ValidationCodes.Required, "a quantity needs its unit");
            }
            else
            {
                quantity = new Quantity(value, unit);
            }
        }

        var deadline = Cell("new_deadline") is { } dl ? ParseDeadline(dl, problems) : null;
        TerminationReason? reason = null;
        if (Cell("reason") is { } r)
        {
            if (Enum.TryParse<TerminationReason>(r, ignoreCase: true, out var parsed) && !char.IsDigit(r[0]))
            {
                reason = parsed;
            }
            else
            {
                problems.Add("reason", ValidationCodes.UnknownValue, string.Concat("unknown reason '", r, "'; expected one of ", string.Join(", ", Enum.GetNames<TerminationReason>())));
            }
        }

        var sources = new List<(string Source, string Locator)>();
        if (Need("source") is { Length: > 0 } first)
        {
            sources.Add((first, Need("locator")));
        }

        foreach (var n in cells.Keys.Where(k => k.StartsWith("source_", StringComparison.OrdinalIgnoreCase))
                     .Select(k => int.Parse(k.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture)).Order())
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var source = Cell("source" + suffix);
            var locator = Cell("locator" + suffix);
            if (source is not null)
            {
                sources.Add((source, locator ?? string.Empty));
                if (locator is null)
                {
                    problems.Add("locator" + suffix, ValidationCodes.Required, string.Concat("source", suffix, " needs its locator", suffix, " (a short quotation or paraphrase)"));
                }
            }
            else if (locator is not null)
            {
                problems.Add("source" + suffix, ValidationCodes.Required, string.Concat("locator", suffix, " has no source", suffix));
            }
        }

        var actedBy = Cell("acted_by");
        var claimant = Cell("claimant");
        var claimantActor = Cell("claimant_actor");
        var claimantSide = Cell("claimant_side");
        var summary = Need("summary");
        var requestedBy = Cell("requested_by");
        var agreedBy = Split(Cell("agreed_by"));
        var contradicts = Split(Cell("contradicts"));
        var places = Split(Cell("places"));
        if (problems.Count > 0)
        {
            // The row's own problems are reported; its claim still goes to the builder (with what did parse) so that
            // the statement-level checks report the rest of it too.
        }

        return b =>
        {
            switch (kind)
            {
                case ClaimKind.PartlyPerformed:
                    b.PartlyPerformed(obligations.FirstOrDefault() ?? string.Empty, quantity);
                    break;
                case ClaimKind.DeadlineExtended when deadline is not null:
                    b.DeadlineExtended(obligations.FirstOrDefault() ?? string.Empty, deadline);
                    break;
                case ClaimKind.NoticeGiven:
                    b.NoticeGiven(obligations.FirstOrDefault() ?? string.Empty);
                    break;
                case ClaimKind.Terminated:
                    b.Terminated(reason ?? TerminationReason.Agreement, [.. obligations]);
                    break;
                case { } other:
                    Describe(b, other, obligations);
                    break;
            }

            if (obligations.Count > 1 && kind is ClaimKind.PartlyPerformed or ClaimKind.DeadlineExtended or ClaimKind.NoticeGiven)
            {
                b.ConditionMet([.. obligations.Skip(1)]); // reported by the builder as a contradiction: one obligation only
            }

            if (date is not null)
            {
                b.When(date);
            }

            if (end is not null)
            {
                b.Until(end);
            }

            if (actedBy is not null)
            {
                b.ActedBy(actedBy);
            }

            if (claimant is not null)
            {
                b.AssertedBy(claimant, claimantActor, claimantSide);
            }

            foreach (var (source, locator) in sources)
            {
                b.Source(source, locator);
            }

            if (knownOn is { } day)
            {
                b.KnownOn(day);
            }

            if (summary.Length > 0)
            {
                b.Saying(summary);
            }

            if (requestedBy is not null)
            {
                b.RequestedBy(requestedBy);
            }

            if (agreedBy.Count > 0)
            {
                b.AgreedBy([.. agreedBy]);
            }

            if (contradicts.Count > 0)
            {
                b.Contradicts([.. contradicts]);
            }

            if (places.Count > 0)
            {
                b.Concerning([.. places]);
            }
        };
    }

    private static void Describe(ClaimBuilder b, ClaimKind kind, List<string> obligations)
    {
        string[] ids = [.. obligations];
        _ = kind switch
        {
            ClaimKind.Performed => b.Performed(ids),
            ClaimKind.Breached => b.Breached(ids),
            ClaimKind.BreachEnded => b.BreachEnded(ids),
            ClaimKind.ConditionMet => b.ConditionMet(ids),
            ClaimKind.InForceAffirmed => b.StatementInForceAffirmed(),
            ClaimKind.Suspended => b.Suspended(ids),
            ClaimKind.Denied => b.Denied(ids),
            ClaimKind.Incident => b.Incident(ids),
            ClaimKind.ComplianceAttested => b.ComplianceAttested(ids),
            ClaimKind.ObsoleteAsserted => b.ObsoleteAsserted(),
            _ => b, // DeadlineExtended without a parsable new deadline: its problem is already reported
        };
    }

    private static List<string> Split(string? cell)
        => cell is null ? [] : [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Formats a claim date in the claims CSV syntax.</summary>
    internal static string FormatDate(ClaimDate date) => date.Precision switch
    {
        DatePrecision.Instant => InstantPattern.ExtendedIso.Format(date.Instant!.Value),
        DatePrecision.Day => LocalDatePattern.Iso.Format(date.First),
        DatePrecision.Month => date.First.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.First.ToString("uuuu", CultureInfo.InvariantCulture),
        _ => string.Concat(LocalDatePattern.Iso.Format(date.First), "/", LocalDatePattern.Iso.Format(date.Last)),
    };

    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM");
    private static readonly LocalDatePattern YearPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    /// <summary>Parses a claim date in the claims CSV syntax, reporting a problem (and giving null) when it does not parse.</summary>
    internal static ClaimDate? ParseDate(string text, string column, DateQuantifier quantifier, RowProblems problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        ClaimDate? date = null;
        try
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                var first = LocalDatePattern.Iso.Parse(text[..slash].Trim());
                var last = LocalDatePattern.Iso.Parse(text[(slash + 1)..].Trim());
                if (first.Success && last.Success)
                {
                    date = first.Value <= last.Value ? ClaimDate.Range(first.Value, last.Value, quantifier) : null;
                    if (date is null)
                    {
                        problems.Add(column, ValidationCodes.OutOfRange, string.Concat("the range '", text, "' ends before it starts"));
                        return null;
                    }
                }
            }
            else if (text.Contains('T', StringComparison.Ordinal))
            {
                var instant = InstantPattern.ExtendedIso.Parse(text);
                date = instant.Success ? ClaimDate.At(instant.Value) : null;
            }
            else if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
            {
                date = ClaimDate.On(day.Value);
            }
            else if (text.Length == 7 && MonthPattern.Parse(text) is { Success: true } month)
            {
                date = ClaimDate.InMonth(month.Value.Year, month.Value.Month);
            }
            else if (text.Length == 4 && YearPattern.Parse(text) is { Success: true } year)
            {
                date = ClaimDate.InYear(year.Value.Year);
            }
        }
        catch (ArgumentException e)
        {
            problems.Add(column, ValidationCodes.OutOfRange, string.Concat("'", text, "': ", e.Message));
            return null;
        }

        if (date is null)
        {
            problems.Add(column, ValidationCodes.InvalidValue,
                string.Concat("'", text, "' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DD/YYYY-MM-DD or an instant such as 2020-11-09T21:00:00Z"));
        }
        else if (quantifier == DateQuantifier.Throughout && date.Precision != DatePrecision.Range)
        {
            problems.Add("quantifier", ValidationCodes.NotAllowed, "Throughout applies to a range of days (YYYY-MM-DD/YYYY-MM-DD) only");
        }

        return date;
    }

    private static LocalDate? ParseDay(string text, string column, RowProblems problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            problems.Add(column, ValidationCodes.InvalidValue, string.Concat("'", text, "' is not a day: use YYYY-MM-DD"));
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Formats a deadline in the claims CSV syntax: <c>by D</c>, <c>before D</c>, <c>at INSTANT</c>, <c>at LOCAL</c>, <c>within PERIOD from ANCHOR</c>, <c>renewable TERM RENEWAL NOTICE</c>, <c>none</c>.</summary>
    internal static string FormatDeadline(Deadline deadline) => deadline switch
    {
        DateDeadline d => string.Concat(d.Interpretation == DateInterpretation.By ? "by " : "before ", LocalDatePattern.Iso.Format(d.Date)),
        InstantDeadline i => "at " + InstantPattern.ExtendedIso.Format(i.Instant),
        LocalDeadline l => "at " + LocalDateTimePattern.ExtendedIso.Format(l.Local),
        RelativeDeadline r => string.Concat("within ", PeriodPattern.Roundtrip.Format(r.Period), " from ", r.Anchor.ToString()),
        RenewableTerm t => string.Join(" ", "renewable", PeriodPattern.Roundtrip.Format(t.Term), PeriodPattern.Roundtrip.Format(t.Renewal), PeriodPattern.Roundtrip.Format(t.Notice)),
        _ => "none",
    };

    private static Deadline? ParseDeadline(string text, RowProblems problems)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Deadline? result = null;
        switch (parts.Length > 0 ? parts[0].ToUpperInvariant() : string.Empty)
        {
            case "NONE" when parts.Length == 1:
                result = Deadline.None;
                break;
            case "BY" or "BEFORE" when parts.Length == 2 && LocalDatePattern.Iso.Parse(parts[1]) is { Success: true } day:
                result = parts[0].Equals("by", StringComparison.OrdinalIgnoreCase) ? Deadline.By(day.Value) : Deadline.Before(day.Value);
                break;
            case "AT" when parts.Length == 2 && InstantPattern.ExtendedIso.Parse(parts[1]) is { Success: true } instant:
                result = Deadline.At(instant.Value);
                break;
            case "AT" when parts.Length == 2 && LocalDateTimePattern.ExtendedIso.Parse(parts[1]) is { Success: true } local:
                result = Deadline.At(local.Value);
                break;
            case "WITHIN" when parts.Length is 2 or 4 && PeriodPattern.Roundtrip.Parse(parts[1]) is { Success: true } period:
                var anchor = DeadlineAnchor.EffectiveFrom;
                if (parts.Length == 4 && (!parts[2].Equals("from", StringComparison.OrdinalIgnoreCase) || !Enum.TryParse(parts[3], ignoreCase: true, out anchor)))
                {
                    break;
                }

                result = Deadline.Within(period.Value, anchor);
                break;
            case "RENEWABLE" when parts.Length == 4:
                var periods = parts.Skip(1).Select(p => PeriodPattern.Roundtrip.Parse(p)).ToArray();
                if (periods.All(p => p.Success))
                {
                    result = Deadline.Renewable(periods[0].Value, periods[1].Value, periods[2].Value);
                }

                break;
        }

        if (result is null)
        {
            problems.Add("new_deadline", ValidationCodes.InvalidValue,
                string.Concat("'", text, "' is not a deadline: use 'by YYYY-MM-DD', 'before YYYY-MM-DD', 'at 2020-11-10T00:00:00Z', 'at 2020-11-10T00:00', 'within P30D from EffectiveFrom', 'renewable P5Y P5Y P6M' or 'none'"));
        }

        return result;
    }
}

/// <summary>Collects the problems of one CSV row, each located by row and column.</summary>
internal sealed class RowProblems(string origin, int row, long line, List<ValidationProblem> sink)
{
    public int Count { get; private set; }

    public void Add(string column, string code, string message)
    {
        sink.Add(new ValidationProblem(string.Concat(origin, ": row ", row.ToString(CultureInfo.InvariantCulture), ", column ", column), code, message) { Line = line });
        Count++;
    }
}
