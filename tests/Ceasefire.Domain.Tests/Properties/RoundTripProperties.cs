using Ceasefire.Domain.Serialization;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace Ceasefire.Domain.Tests.Properties;

/// <summary>Random valid statements and timelines survive the builders and JSON unchanged.</summary>
public class RoundTripProperties
{
    [Fact]
    public void StatementToBuilder_AnyValidStatement_BuildsEqualStatement()
        => PropertyRun.Check(Prop.ForAll(CeasefireGen.StatementArb, s =>
        {
            var back = s.ToBuilder().Build();

            back.Should().Be(s);
            back.GetHashCode().Should().Be(s.GetHashCode());
            CeasefireJson.Serialize(back).Should().Be(CeasefireJson.Serialize(s));
        }), 150);

    [Fact]
    public void StatementJson_AnyValidStatement_ReadsBackEqualAndWritesIdenticalText()
        => PropertyRun.Check(Prop.ForAll(CeasefireGen.StatementArb, s =>
        {
            var json = CeasefireJson.Serialize(s);

            var back = CeasefireJson.ReadStatement(json);

            back.Should().Be(s);
            CeasefireJson.Serialize(back).Should().Be(json);
        }), 150);

    [Fact]
    public void TimelineToBuilder_AnyValidTimeline_BuildsEqualTimeline()
        => PropertyRun.Check(Prop.ForAll(CeasefireGen.CaseArb, c =>
        {
            var back = c.Timeline.ToBuilder(c.Statement).Build();

            back.Should().Be(c.Timeline);
            back.GetHashCode().Should().Be(c.Timeline.GetHashCode());
        }), 150);

    [Fact]
    public void TimelineJson_AnyValidTimeline_ReadsBackEqualAndWritesIdenticalText()
        => PropertyRun.Check(Prop.ForAll(CeasefireGen.CaseArb, c =>
        {
            var json = CeasefireJson.Serialize(c.Timeline);

            var back = CeasefireJson.ReadTimeline(json, CeasefireJson.ReadStatement(CeasefireJson.Serialize(c.Statement)));

            back.Should().Be(c.Timeline);
            CeasefireJson.Serialize(back).Should().Be(json);
        }), 150);

    [Fact]
    public void ReportJson_AnyEvaluation_ReadsBackEqual()
        => PropertyRun.Check(Prop.ForAll(
            CeasefireGen.Case.SelectMany(c => PropertyRun.InstantAround(c.Statement).Zip(PropertyRun.PerspectiveFor(c.Statement)), (c, x) => (c, x.Item1, x.Item2)).ToArbitrary(),
            x =>
            {
                var (c, asOf, perspective) = x;
                var report = c.Statement.Evaluate(c.Timeline, asOf, perspective);
                var json = CeasefireJson.Serialize(report);

                var back = CeasefireJson.ReadReport(json, c.Statement, c.Timeline);

                back.Should().Be(report);
                CeasefireJson.Serialize(back).Should().Be(json);
            }), 100);
}
