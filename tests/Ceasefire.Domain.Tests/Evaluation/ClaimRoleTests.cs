using System;
using System.Linq;
using System.Text.RegularExpressions;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>Claim roles are an enum whose descriptions are the JSON wire names; built-in rule ids have one home.</summary>
public class ClaimRoleTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    private static Claim AnyClaim => T.Claims[0];

    [Theory]
    [InlineData(ClaimRole.Performance, "performance")]
    [InlineData(ClaimRole.Completion, "completion")]
    [InlineData(ClaimRole.Breach, "breach")]
    [InlineData(ClaimRole.BreachEnded, "breach ended")]
    [InlineData(ClaimRole.Extension, "extension")]
    [InlineData(ClaimRole.ConditionMet, "condition met")]
    [InlineData(ClaimRole.Termination, "termination")]
    [InlineData(ClaimRole.Suspension, "suspension")]
    [InlineData(ClaimRole.NoticeInTime, "notice in time")]
    [InlineData(ClaimRole.Counted, "counted")]
    [InlineData(ClaimRole.StatementEnded, "says the statement ended")]
    [InlineData(ClaimRole.StatementInForce, "says the statement is in force")]
    public void Description_Role_IsTheWireNameAndReadsBack(ClaimRole role, string wire)
    {
        var use = new ClaimUse(AnyClaim, role);

        use.Description.Should().Be(wire);
        ClaimUse.FromDescription(AnyClaim, wire).Should().Be(use);
    }

    [Fact]
    public void Description_DisputeSides_CarryTheSideStatusAndReadBack()
    {
        var one = new ClaimUse(AnyClaim, ClaimRole.DisputeOneSide, ObligationStatus.Fulfilled);
        var other = new ClaimUse(AnyClaim, ClaimRole.DisputeOtherSide, ObligationStatus.Overdue);

        one.Description.Should().Be("one side: Fulfilled");
        other.Description.Should().Be("other side: Overdue");
        ClaimUse.FromDescription(AnyClaim, one.Description).Should().Be(one);
        ClaimUse.FromDescription(AnyClaim, other.Description).Should().Be(other);
        ClaimUse.FromDescription(AnyClaim, "one side: 3").Should().BeNull("a side's status is written by name");
        ClaimUse.FromDescription(AnyClaim, "one side: ").Should().BeNull();
    }

    [Fact]
    public void Description_Progress_CarriesTheClaimsQuantity()
    {
        var measured = T.Claims.First(c => c.Quantity is not null);
        var use = new ClaimUse(measured, ClaimRole.Progress);

        use.Description.Should().Be(string.Concat("progress: ", measured.Quantity!.ToString()));
        ClaimUse.FromDescription(measured, use.Description).Should().Be(use);
        new ClaimUse(T.Claims.First(c => c.Quantity is null), ClaimRole.Progress).Description.Should().Be("progress");
    }

    [Fact]
    public void Descriptions_EveryRole_Distinct()
        => Enum.GetValues<ClaimRole>().Select(r => new ClaimUse(AnyClaim, r, ObligationStatus.Pending).Description).Should().OnlyHaveUniqueItems();

    [Fact]
    public void ReadReport_UnknownRole_Rejected()
    {
        var json = CeasefireJson.Serialize(S.Evaluate(T, Instant.FromUtc(2021, 6, 1, 0, 0)));
        var broken = new Regex("(\"role\":\\s*)\"[^\"]+\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Replace(json, "$1\"nonsense\"", 1);

        broken.Should().NotBe(json);
        FluentActions.Invoking(() => CeasefireJson.ReadReport(broken, S, T)).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().Contain(p => p.Path.EndsWith(".role", StringComparison.Ordinal) && p.Message.Contains("nonsense", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleIds_BuiltIn_AreWhatEvaluationsReportAndOptionsAccept()
    {
        RuleIds.BuiltIn.Should().OnlyHaveUniqueItems().And.NotContain(RuleIds.None).And.HaveCount(12);
        EvaluationOptions.BuiltInRules.Select(r => r.Id).Should().Equal(RuleIds.BuiltIn, "the typed ids name the built-in rules in the order they run");
        foreach (var id in RuleIds.BuiltIn)
        {
            EvaluationOptions.Default.WithoutBuiltInRule(id).DisabledBuiltInRules.Should().Contain(id);
        }

        var decided = new[] { 2020, 2021, 2023, 2026 }
            .SelectMany(y => S.Evaluate(T, Instant.FromUtc(y, 6, 1, 0, 0)).Obligations.Select(a => a.Explanation.RuleId)).ToHashSet();
        decided.Should().BeSubsetOf(RuleIds.BuiltIn).And.Contain([RuleIds.OneOff, RuleIds.Continuous]);
    }
}
