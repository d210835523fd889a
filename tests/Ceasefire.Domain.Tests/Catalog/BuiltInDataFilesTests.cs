using System;
using System.IO;
using System.Linq;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Catalog;

/// <summary>The built-in data are data files a user can open, change and re-validate with the public reader.</summary>
public sealed class BuiltInDataFilesTests
{
    [Fact]
    public void FileNames_ListTheStatementAndTimelineFiles()
    {
        BuiltInData.FileNames.Should().Contain([TrilateralStatement2020.StatementFile, TrilateralStatement2020.TimelineFile]);
        BuiltInData.FileNames.Should().OnlyContain(n => n.EndsWith(".json", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_ReadWithThePublicReader_GivesTheBuiltInStatementAndTimeline()
    {
        using var statementStream = BuiltInData.Open(TrilateralStatement2020.StatementFile);
        var statement = CeasefireJson.ReadStatement(statementStream);
        using var timelineStream = BuiltInData.Open(TrilateralStatement2020.TimelineFile);
        var timeline = CeasefireJson.ReadTimeline(timelineStream, statement);

        statement.Should().Be(TrilateralStatement2020.Statement);
        timeline.Claims.Should().Equal(TrilateralStatement2020.Timeline.Claims);
    }

    [Fact]
    public void Open_ChangedAndReRead_IsValidatedLikeAnyUserFile()
    {
        using var reader = new StreamReader(BuiltInData.Open(TrilateralStatement2020.TimelineFile));
        var json = reader.ReadToEnd();
        var broken = json.Replace("\"knownOn\": \"2020-11-11\"", "\"knownOn\": \"2020-13-11\"", StringComparison.Ordinal);
        broken.Should().NotBe(json);

        var act = () => CeasefireJson.ReadTimeline(broken, TrilateralStatement2020.Statement);

        act.Should().Throw<CeasefireValidationException>().Which.Problems.Should().Contain(p => p.Path.Contains("knownOn", StringComparison.Ordinal));
    }

    [Fact]
    public void Statement_CorrectedThroughItsBuilder_RoundTrips()
    {
        var corrected = TrilateralStatement2020.Statement.ToBuilder()
            .Source("https://example.org/correction", "a curator's correction")
            .Build();

        CeasefireJson.ReadStatement(CeasefireJson.Serialize(corrected)).Should().Be(corrected);
        corrected.Sources.Length.Should().Be(TrilateralStatement2020.Statement.Sources.Length + 1);
    }

    [Fact]
    public void Open_UnknownFile_NamesTheFilesThereAre()
    {
        var act = () => BuiltInData.Open("nope.json");

        act.Should().Throw<ArgumentException>().WithMessage("*nope.json*" + TrilateralStatement2020.StatementFile + "*");
    }

    [Fact]
    public void DataVersion_IsADateAndRevision()
    {
        TrilateralStatement2020.DataVersion.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}\.\d+$");
        var date = LocalDate.FromDateTime(DateTime.ParseExact(TrilateralStatement2020.DataVersion[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        date.Year.Should().BeGreaterThanOrEqualTo(2026);
        BuiltInData.FileNames.Count(n => n.StartsWith("trilateral-statement-2020", StringComparison.Ordinal)).Should().Be(2);
    }
}
