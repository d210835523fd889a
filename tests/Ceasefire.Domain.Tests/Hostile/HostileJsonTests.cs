using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using Ceasefire.Domain.Tests.Evaluation;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Hostile;

/// <summary>
/// Thousands of truncations and mutations (characters, bytes and JSON structure, from a fixed seed) of valid documents:
/// each one either loads or throws <see cref="CeasefireValidationException"/>, never any other exception.
/// </summary>
public class HostileJsonTests
{
    private const int Seed = 20201109;

    private static readonly Statement BuiltIn = TrilateralStatement2020.Statement;

    private static readonly Timeline BuiltInTimeline = TrilateralStatement2020.Timeline;

    private static readonly Statement Small = Fixture.Subject;

    private static readonly Timeline SmallTimeline = Fixture.Timeline()
        .Claim("p1", c => c.Performed("return").On(new LocalDate(2020, 11, 19)).Std())
        .Claim("x1", c => c.DeadlineExtended("report", Deadline.By(new LocalDate(2020, 12, 15))).On(new LocalDate(2020, 11, 25)).RequestedBy("B").AgreedBy("A", "B").Std())
        .Claim("b1", c => c.Breached("ceasefire").Between(new LocalDate(2020, 12, 1), new LocalDate(2020, 12, 3)).Until(ClaimDate.On(new LocalDate(2021, 1, 5))).ActedBy("B").Std())
        .Claim("d1", c => c.Denied("ceasefire").On(new LocalDate(2020, 12, 4)).Contradicts("b1").Std("B"))
        .Claim("n1", c => c.NoticeGiven("stay").InMonth(2025, 3).ActedBy("A").Std())
        .Claim("m1", c => c.ConditionMet("plan").At(Instant.FromUtc(2021, 2, 1, 10, 0)).Std())
        .Claim("q1", c => c.PartlyPerformed("exchange", new Quantity(15, "prisoners")).InYear(2021).Std())
        .Claim("t1", c => c.Terminated(TerminationReason.Superseded).On(new LocalDate(2026, 1, 1)).Std("B"))
        .Build();

    /// <summary>The readers under test, each with a valid document.</summary>
    private static IEnumerable<(string Name, string Json, Func<string, object> Read)> Documents()
    {
        yield return ("small statement", CeasefireJson.Serialize(Small), json => CeasefireJson.ReadStatement(json));
        yield return ("small timeline", CeasefireJson.Serialize(SmallTimeline), json => CeasefireJson.ReadTimeline(json, Small));
        var report = Small.Evaluate(SmallTimeline, Instant.FromUtc(2021, 6, 1, 0, 0), Perspective.OnlyAssertedBy("A").AsKnownOn(new LocalDate(2021, 3, 1)));
        yield return ("small report", CeasefireJson.Serialize(report), json => CeasefireJson.ReadReport(json, Small, SmallTimeline));
        yield return ("built-in statement", CeasefireJson.Serialize(BuiltIn), json => CeasefireJson.ReadStatement(json));
        yield return ("built-in timeline", CeasefireJson.Serialize(BuiltInTimeline), json => CeasefireJson.ReadTimeline(json, BuiltIn));
    }

    private sealed class Outcomes
    {
        public int Loaded { get; set; }

        public int Rejected { get; set; }

        public List<string> Escaped { get; } = [];

        public void Try(string document, string what, Func<object> read)
        {
            try
            {
                read();
                Loaded++;
            }
            catch (CeasefireValidationException e)
            {
                e.Problems.Should().NotBeEmpty("a rejection lists its problems ({0}, {1})", document, what);
                Rejected++;
            }
#pragma warning disable CA1031 // Any other exception is the finding this test reports.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Escaped.Add(string.Concat(document, ", ", what, ": ", e.GetType().FullName, ": ", e.Message, "\n", string.Join("\n", (e.StackTrace ?? string.Empty).Split('\n').Take(8))));
            }
        }

        public void ShouldOnlyHaveRejected(int atLeast)
        {
            Escaped.Should().BeEmpty("every bad input must throw CeasefireValidationException; {0} inputs escaped, first: {1}", Escaped.Count, string.Join("\n\n", Escaped.Take(5)));
            (Loaded + Rejected).Should().BeGreaterThanOrEqualTo(atLeast);
        }
    }

    [Fact]
    public void Read_EveryTruncation_LoadsOrThrowsValidationException()
    {
        var outcomes = new Outcomes();
        foreach (var (name, json, read) in Documents())
        {
            // Every prefix near both ends, and about 400 evenly spaced ones in between.
            var step = Math.Max(1, json.Length / 400);
            var lengths = Enumerable.Range(0, Math.Min(64, json.Length))
                .Concat(Enumerable.Range(0, (json.Length / step) + 1).Select(i => i * step))
                .Concat(Enumerable.Range(Math.Max(0, json.Length - 64), Math.Min(64, json.Length)))
                .Where(n => n < json.Length)
                .Distinct();
            foreach (var length in lengths)
            {
                var prefix = json[..length];
                outcomes.Try(name, string.Concat("prefix of ", length.ToString(System.Globalization.CultureInfo.InvariantCulture)), () => read(prefix));
            }
        }

        outcomes.Loaded.Should().Be(0, "no proper prefix of a document is a valid document");
        outcomes.ShouldOnlyHaveRejected(2000);
    }

    [Fact]
    public void Read_RandomCharacterMutations_LoadsOrThrowsValidationException()
    {
        // JSON punctuation, literals' letters, digits, escapes, a NUL, a lone surrogate, a line separator, a non-ASCII letter.
        const string Alphabet = "{}[]\",:\\ 0123456789-+.eEtrufalsnT:Z/u\u0000\uD800\u2028\u00e9";
        var random = new Random(Seed);
        var outcomes = new Outcomes();
        foreach (var (name, json, read) in Documents())
        {
            for (var i = 0; i < 600; i++)
            {
                var sb = new StringBuilder(json);
                var edits = 1 + random.Next(3);
                var what = new StringBuilder();
                for (var e = 0; e < edits && sb.Length > 1; e++)
                {
                    var at = random.Next(sb.Length);
                    var c = Alphabet[random.Next(Alphabet.Length)];
                    switch (random.Next(5))
                    {
                        case 0:
                            sb[at] = c;
                            what.Append("replace@").Append(at).Append(' ');
                            break;
                        case 1:
                            sb.Remove(at, 1);
                            what.Append("delete@").Append(at).Append(' ');
                            break;
                        case 2:
                            sb.Insert(at, c);
                            what.Append("insert@").Append(at).Append(' ');
                            break;
                        case 3:
                            var length = Math.Min(sb.Length - at, 1 + random.Next(40));
                            sb.Insert(at, sb.ToString(at, length));
                            what.Append("repeat@").Append(at).Append(' ');
                            break;
                        default:
                            var other = random.Next(sb.Length);
                            (sb[at], sb[other]) = (sb[other], sb[at]);
                            what.Append("swap@").Append(at).Append(' ');
                            break;
                    }
                }

                var mutated = sb.ToString();
                outcomes.Try(name, what.ToString(), () => read(mutated));
            }
        }

        outcomes.ShouldOnlyHaveRejected(3000);
    }

    [Fact]
    public void ReadStream_RandomByteMutations_LoadsOrThrowsValidationException()
    {
        var random = new Random(Seed + 1);
        var outcomes = new Outcomes();
        var statementBytes = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(Small));
        var timelineBytes = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(SmallTimeline));
        for (var i = 0; i < 800; i++)
        {
            var statement = Mutate(statementBytes, random);
            var timeline = Mutate(timelineBytes, random);
            outcomes.Try("statement bytes", i.ToString(System.Globalization.CultureInfo.InvariantCulture), () => CeasefireJson.ReadStatement(new MemoryStream(statement)));
            outcomes.Try("timeline bytes", i.ToString(System.Globalization.CultureInfo.InvariantCulture), () => CeasefireJson.ReadTimeline(new MemoryStream(timeline), Small));
        }

        outcomes.ShouldOnlyHaveRejected(1600);

        static byte[] Mutate(byte[] source, Random random)
        {
            var bytes = (byte[])source.Clone();
            for (var e = 0; e < 1 + random.Next(4); e++)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = random.Next(3) switch
                {
                    0 => (byte)random.Next(256),
                    1 => (byte)(bytes[at] ^ (1 << random.Next(8))),
                    _ => (byte)(0x80 + random.Next(0x80)),
                };
            }

            return bytes;
        }
    }

    /// <summary>
    /// Values that are wrong in type, range or format for some field (every field gets some of each). Escaped lone
    /// surrogates ("\ud800") are left out: see <see cref="Read_EscapedLoneSurrogateInString_ThrowsValidationException"/>.
    /// </summary>
    private static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "2147483648", "-9223372036854775809", "1e308", "1e400", "-0",
        "\"\"", "\" \"", "\"x\"", "\"<script>alert(1)</script>\"", "\"\\u0000\"",
        "\"2020-13-45\"", "\"2020-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"-0001-01-01\"",
        "\"2020-11-10T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"2020-11-10T25:00:00Z\"", "\"2020-11-10T00:00:00+25:00\"",
        "\"2021-03-28T02:30:00\"", "\"P1Y\"", "\"P-1Y\"", "\"PT\"", "\"P\"", "\"P99999Y\"", "\"P2147483647D\"", "\"PT-1S\"",
        "\"Europe/Nowhere\"", "\"Europe/Moscow\"", "\"UTC\"", "\"OneOff\"", "\"Nonsense\"", "\"oneoff\"", "\"7\"", "7", "-7", "64", "1000000",
        "[]", "{}", "[null]", "[1,2]", "[\"a\",\"a\"]", "{\"x\":1}", "[[[[[]]]]]",
    ];

    [Fact]
    public void Read_RandomStructuralMutations_LoadsOrThrowsValidationException()
    {
        var random = new Random(Seed + 2);
        var outcomes = new Outcomes();
        foreach (var (name, json, read) in Documents())
        {
            var count = name.StartsWith("built-in", StringComparison.Ordinal) ? 150 : 700;
            for (var i = 0; i < count; i++)
            {
                var root = JsonNode.Parse(json)!;
                var nodes = new List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)>();
                Collect(root, null, null, -1, nodes);
                var what = new StringBuilder();
                for (var e = 0; e < 1 + random.Next(2); e++)
                {
                    var (parent, key, index, node) = nodes[1 + random.Next(nodes.Count - 1)];
                    var replacement = JsonNode.Parse(HostileValues[random.Next(HostileValues.Length)]);
                    var op = random.Next(6);
                    what.Append(op).Append('@').Append(node?.GetPath() ?? key ?? "?").Append(' ');
                    switch (op, parent)
                    {
                        case (0 or 1 or 2, JsonObject o):
                            o[key!] = replacement;
                            break;
                        case (0 or 1 or 2, JsonArray a):
                            a[index] = replacement;
                            break;
                        case (3, JsonObject o):
                            o.Remove(key!);
                            break;
                        case (3, JsonArray a):
                            a.RemoveAt(index);
                            break;
                        case (4, JsonObject o):
                            o["unexpected" + key] = replacement;
                            break;
                        case (4, JsonArray a):
                            a.Add(a[index]?.DeepClone()); // a duplicate item: duplicate ids, repeated references
                            break;
                        case (_, JsonObject o):
                            // Another field's value of the same document, often of the wrong type or meaning.
                            var donor = nodes[1 + random.Next(nodes.Count - 1)].Node;
                            o[key!] = donor?.DeepClone();

                            break;
                        default:
                            break;
                    }

                    nodes.Clear();
                    Collect(root, null, null, -1, nodes);
                    if (nodes.Count < 2)
                    {
                        break;
                    }
                }

                var mutated = root.ToJsonString();
                outcomes.Try(name, what.ToString(), () => read(mutated));
            }
        }

        outcomes.ShouldOnlyHaveRejected(2400);
    }

    /// <summary>
    /// Formerly a library bug (fixed): a number that is not a defined value in a deadline's
    /// "interpretation" or "anchor" passes the shape check (System.Text.Json reads enums from integers) and escapes as
    /// ArgumentOutOfRangeException from the DateDeadline / RelativeDeadline constructor called when converting the written deadline
    /// (now Validation/WireValues.ToDeadline).
    /// </summary>
    [Theory]
    [InlineData("\"interpretation\": \"By\"", "\"interpretation\": 7")]
    [InlineData("\"anchor\": \"EffectiveFrom\"", "\"anchor\": 7")]
    public void Read_UndefinedNumericEnumInDeadline_ThrowsValidationException(string field, string hostile)
    {
        var json = CeasefireJson.Serialize(Small).Replace(field, hostile, StringComparison.Ordinal);

        FluentActions.Invoking(() => CeasefireJson.ReadStatement(json)).Should().Throw<CeasefireValidationException>();
    }

    /// <summary>
    /// Formerly a library bug (fixed: claim dates are limited to years 1 to 8999, and resolving the calendar's last day no longer overflows): a claim date whose last day is 9999-12-31 (the end of NodaTime's
    /// calendar) overflows in ClaimDate.Resolve (Last.PlusDays(1)): TimelineBuilder.Build throws OverflowException when it
    /// is a breach's end, and evaluation throws OverflowException when it is the claim's date.
    /// </summary>
    [Fact]
    public void Build_ClaimDateAtEndOfCalendar_ThrowsValidationException()
    {
        var end = new LocalDate(9999, 12, 31);
        FluentActions.Invoking(() => Fixture.Timeline()
                .Claim("b", c => c.Breached("ceasefire").On(new LocalDate(2020, 12, 1)).Until(ClaimDate.On(end)).Std()).Build())
            .Should().Throw<CeasefireValidationException>();
        FluentActions.Invoking(() => Fixture.Timeline().Claim("p", c => c.Performed("return").On(end).Std()).Build())
            .Should().Throw<CeasefireValidationException>().Which.Problems.Should().Contain(p => p.Path == "$.claims[0].date");
        ClaimDate.On(end).Resolve(Fixture.Moscow).End.Should().Be(Instant.MaxValue);
        ClaimDate.At(Instant.MaxValue).Resolve(Fixture.Moscow).End.Should().Be(Instant.MaxValue);
    }

    /// <summary>
    /// Formerly a library bug (fixed): a JSON string holding an escaped lone surrogate ("\ud800") in a
    /// field of the wrong type (or one System.Text.Json cannot turn into a .NET string) escapes as
    /// InvalidOperationException from JsonShapeValidator.Describe, which calls JsonElement.GetString() while describing
    /// the bad value.
    /// </summary>
    [Theory]
    [InlineData("\"title\": \"Test statement\"", "\"title\": \"\\ud800\"")]
    [InlineData("\"timeZone\": \"Europe/Moscow\"", "\"timeZone\": \"\\udc00\"")]
    public void Read_EscapedLoneSurrogateInString_ThrowsValidationException(string field, string hostile)
    {
        var json = CeasefireJson.Serialize(Small).Replace(field, hostile, StringComparison.Ordinal);

        FluentActions.Invoking(() => CeasefireJson.ReadStatement(json)).Should().Throw<CeasefireValidationException>();
    }

    [Fact]
    public void Read_NullAndEmptyDocuments_ThrowValidationException()
    {
        foreach (var text in new[] { "", " ", "null", "[]", "{}", "0", "\"statement\"", "{\"schemaVersion\":1}", "{\"schemaVersion\":2}", "\uFEFF{}" })
        {
            FluentActions.Invoking(() => CeasefireJson.ReadStatement(text)).Should().Throw<CeasefireValidationException>("for {0}", text);
            FluentActions.Invoking(() => CeasefireJson.ReadTimeline(text, Small)).Should().Throw<CeasefireValidationException>("for {0}", text);
            FluentActions.Invoking(() => CeasefireJson.ReadReport(text, Small, SmallTimeline)).Should().Throw<CeasefireValidationException>("for {0}", text);
        }
    }

    [Fact]
    public void Read_DeeplyNestedDocument_ThrowsValidationException()
    {
        var deep = string.Concat("{\"schemaVersion\":1,\"title\":", new string('[', 100_000), new string(']', 100_000), "}");

        FluentActions.Invoking(() => CeasefireJson.ReadStatement(deep)).Should().Throw<CeasefireValidationException>();
        FluentActions.Invoking(() => CeasefireJson.ReadTimeline(deep, Small)).Should().Throw<CeasefireValidationException>();
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? key, int index, List<(JsonNode?, string?, int, JsonNode?)> into)
    {
        into.Add((parent, key, index, node));
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    Collect(v, o, k, -1, into);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], a, null, i, into);
                }

                break;
            default:
                break;
        }
    }
}
