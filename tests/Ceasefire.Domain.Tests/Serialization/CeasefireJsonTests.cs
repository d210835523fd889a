using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Serialization;

public class CeasefireJsonTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    private static readonly Instant AsOf = Instant.FromUtc(2023, 6, 1, 0, 0);

    private static CeasefireValidationException ReadFails(Func<object> read)
        => FluentActions.Invoking(read).Should().Throw<CeasefireValidationException>().Which;

    private static string Mutate(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Statement_RoundTrip_EqualStatementAndIdenticalText()
    {
        var json = CeasefireJson.Serialize(S);

        var back = CeasefireJson.ReadStatement(json);

        back.Should().Be(S);
        CeasefireJson.Serialize(back).Should().Be(json);
        json.Should().Contain("\"schemaVersion\": 1");
    }

    [Fact]
    public void Timeline_RoundTrip_EqualTimeline()
    {
        var json = CeasefireJson.Serialize(T);

        var back = CeasefireJson.ReadTimeline(json, S);

        back.Should().Be(T);
        CeasefireJson.Serialize(back).Should().Be(json);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ARM")]
    [InlineData("AZE")]
    public void Report_RoundTrip_EqualReport(string? party)
    {
        var perspective = party is null ? Perspective.AllClaims.AsKnownOn(new LocalDate(2024, 1, 1)) : Perspective.OnlyAssertedBy(party);
        var report = S.Evaluate(T, AsOf, perspective);
        var json = CeasefireJson.Serialize(report);

        var back = CeasefireJson.ReadReport(json, S, T);

        back.Should().Be(report);
        CeasefireJson.Serialize(back).Should().Be(json);
    }

    [Theory]
    [InlineData("siding")]
    [InlineData("trusting")]
    public void Report_SidingAndTrustingPerspectives_RoundTrip(string shape)
    {
        var perspective = shape == "siding" ? Perspective.SidingWith("ARM").AsKnownOn(new LocalDate(2024, 1, 1)) : Perspective.Trusting("RUS", "000_3fdbbacc57461726.txt", "AZE");
        var report = S.Evaluate(T, AsOf, perspective);

        var back = CeasefireJson.ReadReport(CeasefireJson.Serialize(report), S, T);

        back.Should().Be(report);
        back.Perspective.Should().Be(perspective);
    }

    [Fact]
    public void Timeline_NewKindsAndThroughoutDates_RoundTrip()
    {
        var statement = Domain.Tests.Evaluation.EvidenceFixture.Subject;
        var timeline = Timeline.CreateBuilder(statement)
            .Claim("i", c => c.Incident("ceasefire").On(new LocalDate(2020, 12, 12)).ActedBy("AZE").AssertedBy("A", "ARM").Source("doc.txt", "l").KnownOn(new LocalDate(2020, 12, 13)).Saying("s"))
            .Claim("a", c => c.ComplianceAttested("ceasefire").InMonth(2021, 1).Until(ClaimDate.On(new LocalDate(2021, 3, 1))).AssertedBy("R", "RUS").Source("doc.txt", "l").KnownOn(new LocalDate(2021, 3, 2)).Saying("s"))
            .Claim("o", c => c.ObsoleteAsserted().On(new LocalDate(2023, 9, 20)).AssertedBy("Z", "AZE").Source("doc.txt", "l").KnownOn(new LocalDate(2023, 9, 20)).Saying("s"))
            .Claim("t", c => c.Breached("guards").Throughout(new LocalDate(2020, 11, 10), new LocalDate(2024, 5, 1)).AssertedBy("A", "ARM").Source("doc.txt", "l").KnownOn(new LocalDate(2024, 5, 2)).Saying("s"))
            .Claim("y", c => c.Breached("guards").When(ClaimDate.InYear(2022).WithQuantifier(DateQuantifier.Throughout)).AssertedBy("A", "ARM").Source("doc.txt", "l").KnownOn(new LocalDate(2023, 1, 2)).Saying("s"))
            .Build();

        var json = CeasefireJson.Serialize(timeline);
        var back = CeasefireJson.ReadTimeline(json, statement);

        back.Should().Be(timeline);
        back.GetClaim("t").Date.Quantifier.Should().Be(DateQuantifier.Throughout);
        back.GetClaim("y").Date.Should().Be(ClaimDate.InYear(2022).WithQuantifier(DateQuantifier.Throughout));
        json.Should().Contain("\"quantifier\": \"Throughout\"").And.Contain("\"Incident\"").And.Contain("\"ComplianceAttested\"").And.Contain("\"ObsoleteAsserted\"");
        CeasefireJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void Report_FromSourcesPerspective_RoundTrips()
    {
        var report = S.Evaluate(T, AsOf, Perspective.FromSources("000_3fdbbacc57461726.txt", "001_c37d971bb9393cab.txt"));

        CeasefireJson.ReadReport(CeasefireJson.Serialize(report), S, T).Should().Be(report);
    }

    [Fact]
    public void Serialize_UnderAnyCulture_ByteIdentical()
    {
        var expected = CeasefireJson.Serialize(S) + CeasefireJson.Serialize(T) + CeasefireJson.Serialize(S.Evaluate(T, AsOf));
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "hy-AM", "az-Latn-AZ", "ru-RU" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                (CeasefireJson.Serialize(S) + CeasefireJson.Serialize(T) + CeasefireJson.Serialize(S.Evaluate(T, AsOf))).Should().Be(expected, name);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void ReadStatement_ManyProblems_AllListedWithPathsAndLines()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"title\": 5,\n  \"signedOn\": \"2020-13-01\",\n  \"timeZone\": \"Europe/Moscow\",\n" +
                   "  \"effectiveFrom\": \"yesterday\",\n  \"articles\": [\n    { \"number\": \"1\", \"text\": \"t\", \"extra\": true,\n" +
                   "      \"obligations\": [ { \"id\": \"a\", \"deonticKind\": \"Nope\", \"performanceKind\": \"OneOff\", \"basis\": \"t\" } ] }\n  ]\n}";

        var problems = ReadFails(() => CeasefireJson.ReadStatement(json)).Problems;

        problems.Should().Contain(p => p.Path == "$.title" && p.Code == ValidationCodes.WrongType && p.Message.Contains("expected a string") && p.Line == 3);
        problems.Should().Contain(p => p.Path == "$.signedOn" && p.Code == ValidationCodes.InvalidValue && p.Message.Contains("2020-13-01") && p.Line == 4);
        problems.Should().Contain(p => p.Path == "$.effectiveFrom" && p.Line == 6);
        problems.Should().Contain(p => p.Path == "$.articles[0].number" && p.Code == ValidationCodes.WrongType && p.Line == 8);
        problems.Should().Contain(p => p.Path == "$.articles[0].extra" && p.Code == ValidationCodes.UnknownField);
        problems.Should().Contain(p => p.Path == "$.articles[0].obligations[0].deonticKind" && p.Code == ValidationCodes.UnknownValue && p.Message.Contains("Prohibition"));
        problems.Should().Contain(p => p.Path == "$.articles[0].obligations[0].description" && p.Code == ValidationCodes.Required);
    }

    [Theory]
    [InlineData("", "$", ValidationCodes.InvalidJson)]
    [InlineData("[]", "$", ValidationCodes.WrongType)]
    [InlineData("{\"a\": [1,2,}", "$", ValidationCodes.InvalidJson)]
    [InlineData("{\"schemaVersion\": 1, \"schemaVersion\": 1}", "$.schemaVersion", ValidationCodes.Duplicate)]
    public void ReadStatement_NotAStatement_Reports(string json, string path, string code)
        => ReadFails(() => CeasefireJson.ReadStatement(json)).Problems.Should().Contain(p => p.Path == path && p.Code == code);

    [Fact]
    public void ReadStatement_CorpusOfMutations_EachReportsItsPath()
    {
        var valid = CeasefireJson.Serialize(S);
        (Action<JsonObject> Change, string Path, string Code)[] corpus =
        [
            (j => j.Remove("title"), "$.title", ValidationCodes.Required),
            (j => j["title"] = null, "$.title", ValidationCodes.Required),
            (j => j["title"] = "  ", "$.title", ValidationCodes.Required),
            (j => j["schemaVersion"] = 2, "$.schemaVersion", ValidationCodes.UnsupportedVersion),
            (j => j["timeZone"] = "Mars/Olympus", "$.timeZone", ValidationCodes.UnknownValue),
            (j => j["effectiveFrom"] = "2020-11-09 21:00", "$.effectiveFrom", ValidationCodes.InvalidValue),
            (j => j["articles"] = new JsonObject(), "$.articles", ValidationCodes.WrongType),
            (j => j["articles"]![1]!["number"] = 1, "$.articles[1].number", ValidationCodes.DuplicateId),
            (j => j["articles"]![1]!["obligations"]![0]!["id"] = "a1-ceasefire", "$.articles[1].obligations[0].id", ValidationCodes.DuplicateId),
            (j => j["articles"]![1]!["obligations"]![0]!["obligors"]![0] = "XX", "$.articles[1].obligations[0].obligors[0]", ValidationCodes.UnknownReference),
            (j => j["articles"]![1]!["obligations"]![0]!["performanceKind"] = "Sometimes", "$.articles[1].obligations[0].performanceKind", ValidationCodes.UnknownValue),
            (j => j["articles"]![1]!["obligations"]![0]!["deadline"]!["date"] = "20 Nov 2020", "$.articles[1].obligations[0].deadline.date", ValidationCodes.InvalidValue),
            (j => j["articles"]![1]!["obligations"]![0]!["deadline"]!.AsObject().Remove("date"), "$.articles[1].obligations[0].deadline.date", ValidationCodes.Required),
            (j => j["articles"]![1]!["obligations"]![0]!["deadline"]!["date"] = "2020-11-01", "$.articles[1].obligations[0].deadline", ValidationCodes.Inconsistent),
            (j => j["actors"]![0]!["roles"]![0] = "boss", "$.actors[0].roles[0]", ValidationCodes.UnknownValue),
            (j => j["actors"]![0]!["aliases"]![0] = null, "$.actors[0].aliases[0]", ValidationCodes.Required),
            (j => j["sources"]![0]!["locator"] = "", "$.sources[0]", ValidationCodes.Required),
            (j => j["articles"]![3]!["obligations"]![1]!["deadline"]!["notice"] = "P6Y", "$.articles[3].obligations[1].deadline.notice", ValidationCodes.Inconsistent),
            (j => j["articles"]![3]!["obligations"]![1]!["deadline"]!["term"] = "five years", "$.articles[3].obligations[1].deadline.term", ValidationCodes.InvalidValue),
        ];

        foreach (var (change, path, code) in corpus)
        {
            var json = Mutate(valid, change);
            var problems = ReadFails(() => CeasefireJson.ReadStatement(json)).Problems;
            problems.Should().Contain(p => p.Path == path && p.Code == code, "mutation at {0} should report {1}; got {2}", path, code, string.Join("; ", problems));
        }
    }

    [Fact]
    public void ReadTimeline_CorpusOfMutations_EachReportsItsPath()
    {
        var valid = CeasefireJson.Serialize(T);
        (Action<JsonObject> Change, string Path, string Code)[] corpus =
        [
            (j => j["claims"]![0]!["obligationIds"]![0] = "a99-nothing", "$.claims[0].obligationIds[0]", ValidationCodes.UnknownReference),
            (j => j["claims"]![1]!["id"] = j["claims"]![0]!["id"]!.GetValue<string>(), "$.claims[1].id", ValidationCodes.DuplicateId),
            (j => j["claims"]![0]!["kind"] = "Rumoured", "$.claims[0].kind", ValidationCodes.UnknownValue),
            (j => j["claims"]![0]!["knownOn"] = "soon", "$.claims[0].knownOn", ValidationCodes.InvalidValue),
            (j => j["claims"]![0]!["date"]!["precision"] = "Range", "$.claims[0].date", ValidationCodes.Required),
            (j => j["claims"]![0]!.AsObject().Remove("summary"), "$.claims[0].summary", ValidationCodes.Required),
            (j => j["claims"]![0]!["sources"] = new JsonArray(), "$.claims[0].sources", ValidationCodes.Required),
            (j => j["claims"]![0]!["claimant"]!["actorId"] = "ZZZ", "$.claims[0].claimant.actorId", ValidationCodes.UnknownReference),
        ];

        foreach (var (change, path, code) in corpus)
        {
            var json = Mutate(valid, change);
            var problems = ReadFails(() => CeasefireJson.ReadTimeline(json, S)).Problems;
            problems.Should().Contain(p => p.Path == path && p.Code == code, "mutation at {0} should report {1}; got {2}", path, code, string.Join("; ", problems));
            problems.Should().OnlyContain(p => p.Line != null);
        }
    }

    [Fact]
    public void ReadReport_UnknownClaimOrObligation_Reported()
    {
        var json = CeasefireJson.Serialize(S.Evaluate(T, AsOf));
        var node = JsonNode.Parse(json)!.AsObject();
        node["obligations"]![0]!["obligationId"] = "nope";
        node["obligations"]![0]!["explanation"]!["claimsUsed"]!.AsArray().Add(new JsonObject { ["claimId"] = "ghost", ["role"] = "x" });

        var problems = ReadFails(() => CeasefireJson.ReadReport(node.ToJsonString(), S, T)).Problems;

        problems.Should().Contain(p => p.Path == "$.obligations[0].obligationId" && p.Code == ValidationCodes.UnknownReference);
        problems.Should().Contain(p => p.Path == "$.obligations" && p.Code == ValidationCodes.Required && p.Message.Contains("a1-ceasefire"));
    }

    [Fact]
    public void ReadStatement_TooDeep_Rejected()
    {
        var json = new string('[', 100) + new string(']', 100);

        ReadFails(() => CeasefireJson.ReadStatement(json)).Problems.Single().Code.Should().Be(ValidationCodes.InvalidJson);
    }

    [Fact]
    public void ReadStatement_TooLarge_Rejected()
    {
        var json = CeasefireJson.Serialize(S);

        ReadFails(() => CeasefireJson.ReadStatement(json, new CeasefireJsonOptions { MaxBytes = 1000 })).Problems.Single().Code.Should().Be(ValidationCodes.TooLarge);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        ReadFails(() => CeasefireJson.ReadStatement(stream, new CeasefireJsonOptions { MaxBytes = 1000 })).Problems.Single().Code.Should().Be(ValidationCodes.TooLarge);
    }

    [Fact]
    public void ReadStatement_Stream_RoundTrips()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(CeasefireJson.Serialize(S)));

        CeasefireJson.ReadStatement(stream).Should().Be(S);
    }

    [Theory]
    [InlineData("\\udc00")]
    [InlineData("\\ud800")]
    public void ReadStatement_EscapedLoneSurrogate_RejectedWithLibraryException(string escape)
    {
        var json = CeasefireJson.Serialize(S).Replace("\"Republic of Armenia\"", "\"" + escape + "\"", StringComparison.Ordinal);

        ReadFails(() => CeasefireJson.ReadStatement(json)).Problems.Single().Code.Should().Be(ValidationCodes.InvalidJson);
    }

    [Fact]
    public void ReadStatement_InvalidUtf8_Rejected()
    {
        using var stream = new MemoryStream([0x7B, 0xFF, 0xFE, 0x7D]);

        ReadFails(() => CeasefireJson.ReadStatement(stream)).Problems.Single().Code.Should().Be(ValidationCodes.InvalidJson);
    }
}
