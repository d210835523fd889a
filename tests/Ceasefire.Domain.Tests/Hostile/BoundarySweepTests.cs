using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using Ceasefire.Domain.Tests.Evaluation;
using FluentAssertions;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Ceasefire.Domain.Tests.Hostile;

/// <summary>
/// The boundary sweep (issue 14): every field of each JSON format, taken from the format's own JSON Schema
/// (<see cref="CeasefireJson.Schema"/>) walked together with a valid document, so that a new field is swept without
/// touching this test, times every hostile value of its kind (empty and blank text, 100 KB text, control characters,
/// lone surrogates, huge and tiny numbers, dates and instants at the calendar's ends and beyond, unknown zone ids and
/// enum names, wrong JSON types, null, a missing field, a duplicated field). Each document either loads or throws
/// <see cref="CeasefireValidationException"/>; each one that loads evaluates, renders (text, Markdown, HTML, CSV, SVG)
/// and round-trips through JSON to an equal value, without any other exception.
/// </summary>
public class BoundarySweepTests(ITestOutputHelper output)
{
    private const int MaxArrayElementsSwept = 3;

    private static readonly string LongText = new('x', 100 * 1024);

    /// <summary>Hostile strings for any text field (JSON literals).</summary>
    private static readonly string[] Strings =
    [
        "\"\"", "\" \"", "\"\\t\\n\"", Quote(LongText), "\"a\\u0000b\\u001b[2Jc\\r\\nd\\u0085e\\u2028f\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\u202eevil\"", "\"<script>alert(1)</script>&amp;\"", "\"=cmd|' /C calc'!A0,\\\"x\\\"\"", "\"A\"", "\"A-PKF\"", "\"Mars/Olympus\"",
        "\"Etc/GMT+12\"", "\"Pacific/Kiritimati\"", "\"UTC\"", "\"../../etc/passwd\"", "\"http://example.org/x\"",
    ];

    /// <summary>Hostile dates (<c>format: date</c>).</summary>
    private static readonly string[] Dates =
    [
        "\"0000-01-01\"", "\"0001-01-01\"", "\"0001-01-02\"", "\"8999-12-31\"", "\"9000-01-01\"", "\"9999-12-31\"", "\"10000-01-01\"",
        "\"-9998-01-01\"", "\"2020-02-30\"", "\"2020-13-01\"", "\"2020-11-09\"", "\"2020-11-10\"", "\"2021-06-01\"", "\"20201110\"",
    ];

    /// <summary>Hostile instants (<c>format: date-time</c>) and local date-times.</summary>
    private static readonly string[] Instants =
    [
        "\"0001-01-01T00:00:00Z\"", "\"0001-01-02T00:00:00Z\"", "\"8999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59Z\"", "\"10000-01-01T00:00:00Z\"",
        "\"-9998-01-01T00:00:00Z\"", "\"2020-11-10T00:00:00+14:00\"", "\"2020-11-09T21:00:00Z\"", "\"2021-06-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59\"", "\"0001-01-01T00:00:00\"", "\"2020-11-10T00:00:00\"", "\"2020-11-10T25:00:00Z\"",
    ];

    /// <summary>Hostile periods (ISO 8601).</summary>
    private static readonly string[] Periods = ["\"P10000Y\"", "\"P7990Y\"", "\"P-1D\"", "\"PT0S\"", "\"P2147483647D\"", "\"P1D\"", "\"PT1H\"", "\"P1Y2M3W4DT5H6M7S\"", "\"P\""];

    /// <summary>Hostile numbers.</summary>
    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9007199254740993", "1.5", "1e308", "-1e308", "1e-320",
        "79228162514264337593543950336", "-0",
    ];

    /// <summary>Values of the wrong JSON type (or null) for any field.</summary>
    private static readonly string[] WrongTypes = ["null", "true", "0", "\"\"", "[]", "{}", "[null]", "{\"x\":1}"];

    private static string Quote(string s) => JsonSerializer.Serialize(s);

    /// <summary>The documents swept: each valid, with its format, its reader and what to do with a loaded value.</summary>
    private static IEnumerable<(string Name, CeasefireJsonFormat Format, string Json, Func<string, object> Read)> Documents()
    {
        var statement = Fixtures.Valid().Build();
        yield return ("statement", CeasefireJsonFormat.Statement, CeasefireJson.Serialize(statement), json => CeasefireJson.ReadStatement(json));

        var s = Fixture.Subject;
        var timeline = SweptTimeline;
        yield return ("timeline", CeasefireJsonFormat.Timeline, CeasefireJson.Serialize(timeline), json => CeasefireJson.ReadTimeline(json, s));

        var report = s.Evaluate(timeline, Instant.FromUtc(2021, 6, 1, 0, 0), Perspective.OnlyAssertedBy("A").AsKnownOn(new LocalDate(2021, 3, 1)));
        yield return ("report", CeasefireJsonFormat.Report, CeasefireJson.Serialize(report), json => CeasefireJson.ReadReport(json, s, timeline));
    }

    /// <summary>A timeline with one claim of most kinds, swept itself and the timeline the swept report is of.</summary>
    private static readonly Timeline SweptTimeline = Fixture.Timeline()
            .Claim("p1", c => c.Performed("return").On(new LocalDate(2020, 11, 19)).Std())
            .Claim("x1", c => c.DeadlineExtended("report", Deadline.By(new LocalDate(2020, 12, 15))).On(new LocalDate(2020, 11, 25)).RequestedBy("B").AgreedBy("A", "B").Std())
            .Claim("b1", c => c.Breached("ceasefire").Between(new LocalDate(2020, 12, 1), new LocalDate(2020, 12, 3)).Until(ClaimDate.On(new LocalDate(2021, 1, 5))).ActedBy("B").Std())
            .Claim("d1", c => c.Denied("ceasefire").On(new LocalDate(2020, 12, 4)).Contradicts("b1").Std("B"))
            .Claim("n1", c => c.NoticeGiven("stay").InMonth(2025, 3).ActedBy("A").Std())
            .Claim("m1", c => c.ConditionMet("plan").At(Instant.FromUtc(2021, 2, 1, 10, 0)).Std())
            .Claim("q1", c => c.PartlyPerformed("exchange", new Quantity(15, "prisoners")).InYear(2021).Std())
            .Claim("t1", c => c.Terminated(TerminationReason.Superseded).On(new LocalDate(2026, 1, 1)).Std("B"))
            .Build();

    /// <summary>A field to sweep: the object that holds it (by its path from the root), its name and its schema.</summary>
    private sealed record Field(string[] ObjectPath, string Name, JsonObject Schema);

    [Fact]
    public void Sweep_EveryFieldTimesEveryHostileValue_LoadsOrRejectsThenEvaluatesRendersAndRoundTrips()
    {
        var failures = new List<string>();
        var documents = 0;
        var loaded = 0;
        var fieldsSwept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, format, json, read) in Documents())
        {
            var schemaRoot = JsonNode.Parse(CeasefireJson.Schema(format))!.AsObject();
            var root = JsonNode.Parse(json)!;
            var fields = new List<Field>();
            Walk(root, schemaRoot, schemaRoot, [], fields);
            fields.Should().NotBeEmpty();
            foreach (var field in fields)
            {
                fieldsSwept.Add(string.Concat(name, ":", string.Join(".", field.ObjectPath.Select(p => int.TryParse(p, out _) ? "[]" : p)), ".", field.Name));
                foreach (var (what, document) in Mutations(root, field))
                {
                    documents++;
                    var where = string.Concat(name, " $.", string.Join(".", field.ObjectPath), field.ObjectPath.Length > 0 ? "." : string.Empty, field.Name, " = ", what.Length > 80 ? what[..80] + "..." : what);
                    object value;
                    try
                    {
                        value = read(document);
                    }
                    catch (CeasefireValidationException e)
                    {
                        if (e.Problems.IsEmpty)
                        {
                            failures.Add(where + ": rejected without problems");
                        }

                        continue;
                    }
#pragma warning disable CA1031 // Any other exception is the finding this test reports.
                    catch (Exception e)
                    {
                        failures.Add(string.Concat(where, ": read threw ", e.GetType().Name, ": ", e.Message));
                        continue;
                    }

                    loaded++;
                    try
                    {
                        Exercise(value);
                    }
                    catch (Exception e)
                    {
                        failures.Add(string.Concat(where, ": loaded, then ", e.GetType().Name, ": ", e.Message, "\n", string.Join("\n", (e.StackTrace ?? string.Empty).Split('\n').Take(4))));
                    }
#pragma warning restore CA1031
                }
            }
        }

        output.WriteLine(string.Concat(documents.ToString(CultureInfo.InvariantCulture), " documents over ", fieldsSwept.Count.ToString(CultureInfo.InvariantCulture),
            " fields: ", loaded.ToString(CultureInfo.InvariantCulture), " loaded (then evaluated, rendered and round-tripped), the rest rejected; ",
            failures.Count.ToString(CultureInfo.InvariantCulture), " failures"));
        failures.Should().BeEmpty("every input must load or throw CeasefireValidationException, and every loaded one must evaluate, render and round-trip; {0} of {1} failed, first: {2}",
            failures.Count, documents, string.Join("\n\n", failures.Take(8)));
        documents.Should().BeGreaterThan(3000, "thousands of documents are swept");
        loaded.Should().BeGreaterThan(100, "many hostile values are valid input and must then work end to end");
        fieldsSwept.Should().Contain(["statement:.title", "statement:actors.[].parentId", "timeline:claims.[].newDeadline", "timeline:claims.[].agreedBy", "report:obligations.[].term"]);
    }

    /// <summary>Collects the fields of every object in the document, as the schema lists them (present or not).</summary>
    private static void Walk(JsonNode? node, JsonObject schema, JsonObject schemaRoot, string[] path, List<Field> fields)
    {
        schema = Resolve(schema, schemaRoot);
        switch (node)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var (name, propertySchema) in properties)
                {
                    var resolved = Resolve(propertySchema!.AsObject(), schemaRoot);
                    fields.Add(new Field(path, name, resolved));
                    if (obj[name] is { } child)
                    {
                        Walk(child, resolved, schemaRoot, [.. path, name], fields);
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                for (var i = 0; i < array.Count && i < MaxArrayElementsSwept; i++)
                {
                    Walk(array[i], items, schemaRoot, [.. path, i.ToString(CultureInfo.InvariantCulture)], fields);
                }

                // The last element too (the timeline's claims differ by kind).
                if (array.Count > MaxArrayElementsSwept)
                {
                    var last = array.Count - 1;
                    Walk(array[last], items, schemaRoot, [.. path, last.ToString(CultureInfo.InvariantCulture)], fields);
                }

                break;
        }
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject schemaRoot)
    {
        if (schema["$ref"] is not JsonValue reference)
        {
            return schema;
        }

        JsonNode target = schemaRoot;
        foreach (var part in ((string)reference!).TrimStart('#', '/').Split('/'))
        {
            target = target[part]!;
        }

        return target.AsObject();
    }

    /// <summary>The hostile documents for one field: every value of its kind, wrong types, removed, duplicated, and one unknown sibling.</summary>
    private static IEnumerable<(string What, string Json)> Mutations(JsonNode root, Field field)
    {
        var values = new List<string>(WrongTypes);
        var types = Types(field.Schema);
        if (field.Schema["enum"] is JsonArray names)
        {
            values.AddRange(names.Select(n => n?.ToJsonString() ?? "null"));
            values.AddRange(["\"Bogus\"", "\"performed\"", "\"1\"", "99"]);
        }

        if (types.Contains("string"))
        {
            values.AddRange(Strings);
            var format = (string?)field.Schema["format"];
            values.AddRange(format == "date" ? Dates : format == "date-time" ? Instants : [.. Dates.Take(4), .. Instants.Take(6), .. Periods]);
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            values.AddRange(Numbers);
        }

        if (types.Contains("array") && field.Schema["items"] is JsonObject)
        {
            values.AddRange(["[\"\"]", "[\"A\",\"A\"]", "[\"A\",\"B\",\"G\"]", string.Concat("[", string.Join(",", Enumerable.Repeat("\"A\"", 200)), "]")]);
        }

        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            // Written as raw text through a marker: JsonNode cannot hold a lone surrogate.
            yield return (value, WithRaw(root, field, value));
        }

        var holder = Holder(root, field.ObjectPath);
        if (holder.ContainsKey(field.Name))
        {
            var removed = root.DeepClone();
            Holder(removed, field.ObjectPath).Remove(field.Name);
            yield return ("(removed)", removed.ToJsonString());

            // JsonNode cannot hold a duplicate either.
            var original = holder[field.Name]?.ToJsonString() ?? "null";
            yield return ("(duplicated)", WithRaw(root, field, string.Concat(original, ",", Quote(field.Name), ":", original)));
        }

        var unknown = root.DeepClone();
        Holder(unknown, field.ObjectPath)[field.Name + "Extra"] = 1;
        yield return ("(unknown sibling)", unknown.ToJsonString());
    }

    private const string Marker = "__boundary_sweep_marker__";

    /// <summary>The document with the field's value replaced by raw JSON text.</summary>
    private static string WithRaw(JsonNode root, Field field, string raw)
    {
        var copy = root.DeepClone();
        Holder(copy, field.ObjectPath)[field.Name] = Marker;
        return copy.ToJsonString().Replace(Quote(Marker), raw, StringComparison.Ordinal);
    }

    private static HashSet<string> Types(JsonObject schema)
        => schema["type"] switch
        {
            JsonArray list => [.. list.Select(t => (string)t!)],
            JsonValue one => [(string)one!],
            _ => [],
        };

    private static JsonObject Holder(JsonNode root, string[] path)
    {
        var node = root;
        foreach (var part in path)
        {
            node = node is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)]! : node[part]!;
        }

        return node.AsObject();
    }

    /// <summary>Evaluates, renders and round-trips a loaded value.</summary>
    private static void Exercise(object value)
    {
        switch (value)
        {
            case Statement statement:
            {
                var again = CeasefireJson.ReadStatement(CeasefireJson.Serialize(statement));
                again.Should().Be(statement, "a statement round-trips");
                _ = statement.ToMarkdown();
                _ = statement.ToHtml();
                _ = statement.ToString();
                var timeline = Timeline.CreateBuilder(statement).Build();
                ExerciseEvaluation(statement, timeline);
                break;
            }

            case Timeline timeline:
            {
                var again = CeasefireJson.ReadTimeline(CeasefireJson.Serialize(timeline), Fixture.Subject);
                again.Should().Be(timeline, "a timeline round-trips");
                _ = timeline.ToMarkdown();
                ExerciseEvaluation(Fixture.Subject, timeline);
                break;
            }

            case ComplianceReport report:
            {
                var again = CeasefireJson.ReadReport(CeasefireJson.Serialize(report), report.Statement, SweptTimeline);
                again.Should().Be(report, "a report round-trips");
                Render(report);
                break;
            }

            default:
                throw new InvalidOperationException(value.GetType().Name);
        }
    }

    private static void ExerciseEvaluation(Statement statement, Timeline timeline)
    {
        var evaluator = Evaluator.Create(statement, timeline);
        foreach (var at in new[] { statement.EffectiveFrom, statement.EffectiveFrom + Duration.FromDays(400), Instant.MaxValue })
        {
            Render(evaluator.Evaluate(at));
        }

        var to = statement.EffectiveFrom + Duration.FromDays(800);
        _ = evaluator.ToSvg(statement.EffectiveFrom, to);
        _ = evaluator.ToHtml(to);
    }

    private static void Render(ComplianceReport report)
    {
        var text = new StringBuilder(report.ToString());
        foreach (var a in report.Obligations)
        {
            text.Append(a.Explanation.ToString()).Append(a.ToString());
        }

        _ = report.ToMarkdown();
        _ = report.ToHtml();
        _ = report.ToCsv();
    }
}
