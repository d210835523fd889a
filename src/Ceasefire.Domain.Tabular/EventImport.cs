using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Domain.Tabular;

/// <summary>The conflict-event datasets <see cref="EventImport"/> reads, each in its own export layout.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum EventDataset
{
    /// <summary>ACLED's export layout: event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, source, notes, fatalities.</summary>
    Acled,

    /// <summary>UCDP GED's layout: id, date_start, date_end, date_prec, side_a, side_b, type_of_violence, country, adm_1, latitude, longitude, source_article, best.</summary>
    Ucdp,
}

/// <summary>
/// Says which events of a dataset bear on which obligations and which dataset actor names are which statement actors
/// (a JSON file, documented in docs/claims-csv.md): <c>{"dataset": "acled", "name": "ACLED", "actors": {"Military Forces of
/// Azerbaijan (1993-)": "AZE"}, "rules": [{"obligation": "a1-ceasefire", "eventTypes": ["Battles"], "countries": ["Azerbaijan"]}]}</c>.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class EventMapping
{
    private EventMapping(EventDataset dataset, string name, ImmutableDictionary<string, string> actors, ImmutableArray<EventRule> rules, int knownAfterDays, string? actedBy)
    {
        Dataset = dataset;
        Name = name;
        Actors = actors;
        Rules = rules;
        KnownAfterDays = knownAfterDays;
        ActedBy = actedBy;
    }

    /// <summary>The dataset the mapping is for.</summary>
    public EventDataset Dataset { get; }

    /// <summary>The dataset's name as claimant and source (for example "ACLED").</summary>
    public string Name { get; }

    /// <summary>Dataset actor names (matched ignoring case) to statement actor ids.</summary>
    public ImmutableDictionary<string, string> Actors { get; }

    /// <summary>The rules: an event bears on the obligation of every rule it matches; an event matching none is skipped.</summary>
    public ImmutableArray<EventRule> Rules { get; }

    /// <summary>Days between an event's last possible day and the day its claim counts as known (default 0).</summary>
    public int KnownAfterDays { get; }

    /// <summary>Which event column names the acting actor (actor1, actor2, side_a, side_b), or null for none; default actor1 for ACLED, none for UCDP (GED does not say who initiated).</summary>
    public string? ActedBy { get; }

    /// <summary>Reads a mapping file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="origin">The file name, for problem locations.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="CeasefireValidationException">Every problem, with its JSON path.</exception>
    public static EventMapping Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        var problems = new List<ValidationProblem>();
        void Problem(string path, string code, string message) => problems.Add(new ValidationProblem(string.Concat(origin, ": ", path), code, message));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new CeasefireValidationException("mapping", [new ValidationProblem(origin, ValidationCodes.InvalidJson, e.Message) { Line = e.LineNumber + 1 }]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CeasefireValidationException("mapping", [new ValidationProblem(origin + ": $", ValidationCodes.WrongType, "a mapping is a JSON object")]);
            }

            string[] known = ["dataset", "name", "actors", "rules", "knownAfterDays", "actedBy", "$comment"];
            foreach (var p in root.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
            {
                Problem("$." + p.Name, ValidationCodes.UnknownField, string.Concat("unknown field '", p.Name, "'; the fields are ", string.Join(", ", known.SkipLast(1))));
            }

            EventDataset dataset = default;
            if (!root.TryGetProperty("dataset", out var d) || d.ValueKind != JsonValueKind.String || !Enum.TryParse(d.GetString(), ignoreCase: true, out dataset) || !Enum.IsDefined(dataset))
            {
                Problem("$.dataset", ValidationCodes.Required, "dataset must be \"acled\" or \"ucdp\"");
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : dataset == EventDataset.Ucdp ? "UCDP GED" : "ACLED";
            var actors = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("actors", out var a))
            {
                if (a.ValueKind != JsonValueKind.Object)
                {
                    Problem("$.actors", ValidationCodes.WrongType, "actors maps dataset actor names to statement actor ids: {\"name\": \"ARM\"}");
                }
                else
                {
                    foreach (var p in a.EnumerateObject())
                    {
                        if (p.Value.ValueKind == JsonValueKind.String)
                        {
                            actors[p.Name] = p.Value.GetString()!;
                        }
                        else
                        {
                            Problem("$.actors['" + p.Name + "']", ValidationCodes.WrongType, "an actor id is a string");
                        }
                    }
                }
            }

            var rules = ImmutableArray.CreateBuilder<EventRule>();
            if (!root.TryGetProperty("rules", out var r) || r.ValueKind != JsonValueKind.Array || r.GetArrayLength() == 0)
            {
                Problem("$.rules", ValidationCodes.Required, "rules is a non-empty array of {\"obligation\": ..., \"eventTypes\": [...]}");
            }
            else
            {
                var i = 0;
                foreach (var rule in r.EnumerateArray())
                {
                    var path = string.Concat("$.rules[", i++.ToString(CultureInfo.InvariantCulture), "]");
                    if (rule.ValueKind != JsonValueKind.Object)
                    {
                        Problem(path, ValidationCodes.WrongType, "a rule is an object");
                        continue;
                    }

                    string[] ruleFields = ["obligation", "eventTypes", "subEventTypes", "countries", "requireActor"];
                    foreach (var p in rule.EnumerateObject().Where(p => !ruleFields.Contains(p.Name, StringComparer.Ordinal)))
                    {
                        Problem(path + "." + p.Name, ValidationCodes.UnknownField, string.Concat("unknown field '", p.Name, "'; the fields are ", string.Join(", ", ruleFields)));
                    }

                    var obligation = rule.TryGetProperty("obligation", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : null;
                    if (obligation is null)
                    {
                        Problem(path + ".obligation", ValidationCodes.Required, "a rule names the obligation its events bear on");
                    }

                    ImmutableArray<string> List(string field)
                    {
                        if (!rule.TryGetProperty(field, out var v))
                        {
                            return [];
                        }

                        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)))
                        {
                            Problem(path + "." + field, ValidationCodes.WrongType, field + " is an array of strings");
                            return [];
                        }

                        return [.. v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString()!)];
                    }

                    var requireActor = !rule.TryGetProperty("requireActor", out var ra) || ra.ValueKind != JsonValueKind.False;
                    rules.Add(new EventRule(obligation ?? string.Empty, List("eventTypes"), List("subEventTypes"), List("countries"), requireActor));
                }
            }

            var knownAfter = 0;
            if (root.TryGetProperty("knownAfterDays", out var k) && (!k.TryGetInt32(out knownAfter) || knownAfter is < 0 or > 3660))
            {
                Problem("$.knownAfterDays", ValidationCodes.OutOfRange, "knownAfterDays is a whole number of days, 0 to 3660");
            }

            string? actedBy = dataset == EventDataset.Acled ? "actor1" : null;
            if (root.TryGetProperty("actedBy", out var ab))
            {
                actedBy = ab.ValueKind == JsonValueKind.Null ? null : ab.GetString();
                string[] allowed = dataset == EventDataset.Acled ? ["actor1", "actor2"] : ["side_a", "side_b"];
                if (actedBy is not null && !allowed.Contains(actedBy, StringComparer.Ordinal))
                {
                    Problem("$.actedBy", ValidationCodes.UnknownValue, string.Concat("actedBy is ", string.Join(" or ", allowed), " or null"));
                }
            }

            if (problems.Count > 0)
            {
                throw new CeasefireValidationException("mapping", problems);
            }

            return new EventMapping(dataset, name, actors.ToImmutable(), rules.ToImmutable(), knownAfter, actedBy);
        }
    }
}

/// <summary>One rule of an <see cref="EventMapping"/>: the events that bear on an obligation.</summary>
/// <param name="Obligation">The obligation id.</param>
/// <param name="EventTypes">The event types that match (ACLED event_type, or UCDP type_of_violence codes 1, 2, 3); empty for any.</param>
/// <param name="SubEventTypes">ACLED sub_event_type values that match; empty for any.</param>
/// <param name="Countries">The countries that match; empty for any.</param>
/// <param name="RequireActor">Whether at least one of the event's two actors must map to a statement actor (default true).</param>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record EventRule(string Obligation, ImmutableArray<string> EventTypes, ImmutableArray<string> SubEventTypes, ImmutableArray<string> Countries, bool RequireActor);

/// <summary>What <see cref="EventImport.Read"/> gives: the claims, and how many events were read and imported.</summary>
/// <param name="Claims">The incident claims (validate and build them with <see cref="ClaimSet.Merge"/>).</param>
/// <param name="EventsRead">The number of events read.</param>
/// <param name="EventsImported">The number that matched a rule and became claims.</param>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record EventImportResult(ClaimSet Claims, int EventsRead, int EventsImported);

/// <summary>
/// Turns a conflict-event dataset export (ACLED or UCDP GED, CSV) into attributed breach-incident claims: one
/// <see cref="ClaimKind.Incident"/> claim per event that matches a rule of the mapping, asserted by the dataset, citing
/// the dataset (the event id and place as locator) and the event's own source, with the dataset's date precision.
/// </summary>
/// <threadsafety>Stateless and thread-safe: its static members may be called from any thread.</threadsafety>
public static class EventImport
{
    private static readonly string[] AcledColumns = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities"];
    private static readonly string[] UcdpColumns = ["id", "date_start", "date_end", "date_prec", "side_a", "side_b", "type_of_violence", "country", "adm_1", "latitude", "longitude", "source_article", "best"];

    /// <summary>The columns a dataset's layout must have (others are ignored).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The column names.</returns>
    public static ImmutableArray<string> ColumnsOf(EventDataset dataset) => [.. dataset == EventDataset.Ucdp ? UcdpColumns : AcledColumns];

    /// <summary>Reads a dataset export and makes a claim of each event that matches the mapping.</summary>
    /// <param name="utf8Csv">The CSV export (UTF-8); read to its end, not disposed.</param>
    /// <param name="origin">The file name, for problem locations.</param>
    /// <param name="mapping">The mapping; its dataset says the layout.</param>
    /// <returns>The claims with every problem found (by row and column), and the counts.</returns>
    public static EventImportResult Read(Stream utf8Csv, string origin, EventMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<ValidationProblem>();
        var claims = ImmutableArray.CreateBuilder<PendingClaim>();
        var read = 0;
        var columns = mapping.Dataset == EventDataset.Ucdp ? UcdpColumns : AcledColumns;
        try
        {
            using var reader = CsvReader.Create(utf8Csv, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Allow }, leaveOpen: true);
            var headers = reader.Headers.Select(h => h.Trim()).ToArray();
            var missing = columns.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new ValidationProblem(origin + ": row 1", ValidationCodes.Required,
                    string.Concat("not a ", mapping.Dataset == EventDataset.Ucdp ? "UCDP GED" : "ACLED", " export: missing the column(s) ", string.Join(", ", missing))) { Line = 1 });
                return new EventImportResult(new ClaimSet(origin, [], [.. problems]), 0, 0);
            }

            var index = columns.ToDictionary(c => c, c => Array.FindIndex(headers, h => h.Equals(c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
            while (reader.Read())
            {
                read++;
                var row = checked((int)reader.RowNumber + 1);
                var line = reader.LineNumber;
                var cells = index.ToDictionary(p => p.Key, p => p.Value < reader.FieldCount && !reader.IsEmpty(p.Value) ? reader.GetString(p.Value).Trim() : null, StringComparer.Ordinal);
                var rowProblems = new RowProblems(origin, row, line, problems);
                var e = mapping.Dataset == EventDataset.Ucdp ? Ucdp(cells, rowProblems) : Acled(cells, rowProblems);
                if (e is null)
                {
                    continue;
                }

                var obligations = mapping.Rules.Where(r => Matches(r, e, mapping)).Select(r => r.Obligation).Distinct(StringComparer.Ordinal).ToArray();
                if (obligations.Length == 0)
                {
                    continue;
                }

                var actedBy = mapping.ActedBy switch
                {
                    "actor1" or "side_a" => MapActor(mapping, e.Actor1),
                    "actor2" or "side_b" => MapActor(mapping, e.Actor2),
                    _ => null,
                };
                var id = string.Concat(mapping.Dataset == EventDataset.Ucdp ? "ucdp-" : "acled-", e.Id);
                var place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => !string.IsNullOrEmpty(s)));
                var coordinates = e.Latitude is not null && e.Longitude is not null ? string.Concat(" (", e.Latitude, ", ", e.Longitude, ")") : string.Empty;
                var idColumn = mapping.Dataset == EventDataset.Ucdp ? "id" : "event_id_cnty";
                var locator = string.Concat(idColumn, " ", e.Id, "; ", place, coordinates, e.Fatalities is null ? string.Empty : string.Concat("; fatalities ", e.Fatalities));
                var summary = string.Concat(mapping.Name, " records ", e.Type, e.SubType is null ? string.Empty : " (" + e.SubType + ")",
                    " involving ", e.Actor1 ?? "an unnamed actor", e.Actor2 is null ? string.Empty : " and " + e.Actor2, " at ", place.Length == 0 ? "an unnamed place" : place, coordinates, ".");
                var knownOn = e.Date.Last.PlusDays(mapping.KnownAfterDays);
                var name = mapping.Name;
                claims.Add(new PendingClaim(id, b =>
                {
                    b.Incident(obligations).When(e.Date).AssertedBy(name).Source(name, locator).KnownOn(knownOn).Saying(summary);
                    if (e.Source is { } source)
                    {
                        b.Source(source, e.Notes ?? string.Concat("as cited by ", name, " for event ", e.Id));
                    }

                    if (actedBy is not null)
                    {
                        b.ActedBy(actedBy);
                    }
                }, string.Concat(origin, ": row ", row.ToString(CultureInfo.InvariantCulture)), row) { Line = line });
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new ValidationProblem(string.Concat(origin, ": line ", e.LineNumber.ToString(CultureInfo.InvariantCulture)), ValidationCodes.Invalid, "malformed CSV: " + e.Message));
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new ValidationProblem(origin, ValidationCodes.Invalid, "the file is not UTF-8 text: " + e.Message));
        }

        var set = new ClaimSet(origin, claims.ToImmutable(), [.. problems]);
        return new EventImportResult(set, read, set.Count);
    }

    private static string? MapActor(EventMapping mapping, string? name) => name is not null && mapping.Actors.TryGetValue(name, out var id) ? id : null;

    private static bool Matches(EventRule rule, Event e, EventMapping mapping)
        => (rule.EventTypes.IsEmpty || rule.EventTypes.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
           && (rule.SubEventTypes.IsEmpty || (e.SubType is not null && rule.SubEventTypes.Contains(e.SubType, StringComparer.OrdinalIgnoreCase)))
           && (rule.Countries.IsEmpty || (e.Country is not null && rule.Countries.Contains(e.Country, StringComparer.OrdinalIgnoreCase)))
           && (!rule.RequireActor || MapActor(mapping, e.Actor1) is not null || MapActor(mapping, e.Actor2) is not null);

    private sealed record Event(string Id, ClaimDate Date, string Type, string? SubType, string? Actor1, string? Actor2, string? Country, string? Admin1,
        string? Location, string? Latitude, string? Longitude, string? Source, string? Notes, string? Fatalities);

    private static Event? Acled(Dictionary<string, string?> c, RowProblems problems)
    {
        var start = problems.Count;
        var id = Required(c, "event_id_cnty", problems);
        var day = Day(c, "event_date", problems);
        var type = Required(c, "event_type", problems);
        ClaimDate? date = null;
        var precision = c["time_precision"];
        if (day is { } d)
        {
            // ACLED's codebook: 1 = the day is known; 2 = only the week (the date given falls in it); 3 = only the month.
            date = precision switch
            {
                "1" or null => ClaimDate.On(d),
                "2" => ClaimDate.Between(d.PlusDays(-3), d.PlusDays(3)),
                "3" => ClaimDate.InMonth(d.Year, d.Month),
                _ => null,
            };
            if (date is null)
            {
                problems.Add("time_precision", ValidationCodes.UnknownValue, string.Concat("'", precision, "' is not an ACLED time precision: 1 (day), 2 (week) or 3 (month)"));
            }
        }

        Number(c, "latitude", problems);
        Number(c, "longitude", problems);
        Number(c, "fatalities", problems);
        return problems.Count > start || date is null
            ? null
            : new Event(id!, date, type!, c["sub_event_type"], c["actor1"], c["actor2"], c["country"], c["admin1"], c["location"], c["latitude"], c["longitude"], c["source"], c["notes"], c["fatalities"]);
    }

    private static Event? Ucdp(Dictionary<string, string?> c, RowProblems problems)
    {
        var start = problems.Count;
        var id = Required(c, "id", problems);
        var first = Day(c, "date_start", problems);
        var last = Day(c, "date_end", problems);
        var type = Required(c, "type_of_violence", problems);
        if (type is not null && type is not ("1" or "2" or "3"))
        {
            problems.Add("type_of_violence", ValidationCodes.UnknownValue, string.Concat("'", type, "' is not a UCDP type of violence: 1 (state-based), 2 (non-state) or 3 (one-sided)"));
        }

        var precision = Required(c, "date_prec", problems);
        if (precision is not null && precision is not ("1" or "2" or "3" or "4" or "5"))
        {
            problems.Add("date_prec", ValidationCodes.UnknownValue, string.Concat("'", precision, "' is not a UCDP date precision: 1 to 5"));
        }

        ClaimDate? date = null;
        if (first is { } f && last is { } l)
        {
            if (l < f)
            {
                problems.Add("date_end", ValidationCodes.OutOfRange, "date_end is before date_start");
            }
            else
            {
                // GED's date_start and date_end bound the event whatever date_prec says (1: the exact day; 2-5: a wider span):
                // the claim keeps that span, so no precision is invented.
                date = f == l ? ClaimDate.On(f) : ClaimDate.Between(f, l);
            }
        }

        Number(c, "latitude", problems);
        Number(c, "longitude", problems);
        Number(c, "best", problems);
        return problems.Count > start || date is null
            ? null
            : new Event(id!, date, type!, null, c["side_a"], c["side_b"], c["country"], c["adm_1"], null, c["latitude"], c["longitude"], c["source_article"], null, c["best"]);
    }

    private static string? Required(Dictionary<string, string?> c, string column, RowProblems problems)
    {
        if (c[column] is { } value)
        {
            return value;
        }

        problems.Add(column, ValidationCodes.Required, string.Concat("the ", column, " is empty"));
        return null;
    }

    private static LocalDate? Day(Dictionary<string, string?> c, string column, RowProblems problems)
    {
        var text = Required(c, column, problems);
        if (text is null)
        {
            return null;
        }

        // Exports carry ISO dates (2021-05-12); ACLED's web export also writes "12 May 2021".
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            parsed = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu").Parse(text);
        }

        if (!parsed.Success)
        {
            problems.Add(column, ValidationCodes.InvalidValue, string.Concat("'", text, "' is not a date: use YYYY-MM-DD"));
            return null;
        }

        return parsed.Value;
    }

    private static void Number(Dictionary<string, string?> c, string column, RowProblems problems)
    {
        if (c[column] is { } text && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            problems.Add(column, ValidationCodes.InvalidValue, string.Concat("'", text, "' is not a number"));
        }
    }
}
