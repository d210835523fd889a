using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Catalog;

/// <summary>The built-in renderings drive evaluation: statuses differ exactly where a rendering reads a deadline differently.</summary>
public sealed class BuiltInReadingTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    [Fact]
    public void Aghdam_ReturnedOn20November_IsOnTimeByThePrimaryTextAndLateByTheAzerbaijaniMfaEnglish()
    {
        var asOf = S.EndOfDay(new LocalDate(2020, 12, 31));

        var primary = S.Evaluate(T, asOf)["a2-aghdam-return"];
        var azerbaijani = S.WithReading("Azerbaijani MFA English").Evaluate(T, asOf)["a2-aghdam-return"];

        primary.Status.Should().Be(ObligationStatus.Fulfilled);
        azerbaijani.Status.Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void CompareReadings_Today_DiffersOnlyWhereTheRenderingReadsTheDeadlineOrScopeDifferently()
    {
        var asOf = S.EndOfDay(new LocalDate(2026, 11, 30));

        var differences = S.CompareReadings(T, asOf);

        differences.Should().Contain(d => d.Reading == "Azerbaijani MFA English" && d.ObligationId == "a2-aghdam-return");
        foreach (var d in differences)
        {
            var variants = S.GetArticle(S.GetObligation(d.ObligationId).ArticleNumber).Variants.Where(v => v.Label == d.Reading).ToList();
            variants.Should().Contain(v => v.DeadlineFor(d.ObligationId) != null || v.ScopeFor(d.ObligationId) != null, "{0} differs only if {1} reads it differently", d.ObligationId, d.Reading);
        }
    }

    [Fact]
    public void EveryReading_EvaluatesWithTheBuiltInTimeline()
    {
        var asOf = S.EndOfDay(new LocalDate(2026, 11, 30));

        foreach (var label in S.ReadingLabels)
        {
            var report = S.WithReading(label).Evaluate(T, asOf);
            report.Obligations.Should().HaveCount(S.Obligations.Length);
            report.Statement.Reading.Should().Be(label);
        }
    }

    [Theory]
    [InlineData("qadin.net English")]
    [InlineData("nouvelhay.com French")]
    public void Point2_TwoRenderingsAddGazakh_ThePrimaryTextDoesNot(string label)
    {
        S.GetObligation("a2-aghdam-return").PlaceIds.Should().Equal("aghdam");
        S.WithReading(label).GetObligation("a2-aghdam-return").PlaceIds.Should().Equal("aghdam", "gazakh");
        S.WithReading("Azerbaijani MFA English").GetObligation("a2-aghdam-return").PlaceIds.Should().Equal("aghdam");
    }
}
