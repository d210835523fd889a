using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.Fixture;

namespace Ceasefire.Domain.Tests.Evaluation;

public class StatusHistoryTests
{
    private static readonly Instant From = Instant.FromUtc(2020, 11, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2021, 1, 1, 0, 0);

    private static Evaluator ExtendedThenPerformed() => Evaluator.Create(Subject, Timeline()
        .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("A").AgreedBy("B").Std("B"))
        .Claim("p", c => c.Performed("return").On(D(2020, 11, 25)).Std("A"))
        .Build());

    [Fact]
    public void HistoryBetween_EveryObligation_SameIntervalsAsHistoryAndReportAtTheEnd()
    {
        var evaluator = ExtendedThenPerformed();
        var perspective = Perspective.OnlyAssertedBy("A");

        var history = evaluator.HistoryBetween(From, To, perspective);

        history.Statement.Should().BeSameAs(Subject);
        history.Timeline.Should().BeSameAs(evaluator.Timeline);
        (history.From, history.To, history.Perspective).Should().Be((From, To, perspective));
        history.Intervals.Should().HaveCount(Subject.Obligations.Length);
        for (var i = 0; i < Subject.Obligations.Length; i++)
        {
            var id = Subject.Obligations[i].Id;
            history.Intervals[i].Should().Equal(evaluator.History(id, From, To, perspective));
            history[id].Should().Equal(history.Intervals[i]);
        }

        history.AtEnd.Should().Be(evaluator.Evaluate(To, perspective));
        history["return"].Select(i => i.Status).Should().Equal(
            [ObligationStatus.NotYetInForce, ObligationStatus.Pending, ObligationStatus.NoInformation, ObligationStatus.FulfilledLate], "the extension B asserts is set aside under A's perspective, and after the due instant no counted claim says whether it was performed");
    }

    [Fact]
    public void HistoryBetween_NoPerspective_AllClaims()
        => ExtendedThenPerformed().HistoryBetween(From, To).Perspective.Should().Be(Perspective.AllClaims);

    [Fact]
    public void HistoryBetween_BadArguments_Throw()
    {
        var evaluator = ExtendedThenPerformed();

        FluentActions.Invoking(() => evaluator.HistoryBetween(To, To)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => evaluator.HistoryBetween(To, From)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => evaluator.HistoryBetween(From, To, Perspective.OnlyAssertedBy("nobody"))).Should().Throw<ArgumentException>().WithMessage("*nobody*");
        FluentActions.Invoking(() => evaluator.HistoryBetween(From, To)["missing"]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Equality_ByValue()
    {
        var history = ExtendedThenPerformed().HistoryBetween(From, To);

        var same = ExtendedThenPerformed().HistoryBetween(From, To);
        var shorter = ExtendedThenPerformed().HistoryBetween(From, To.PlusTicks(-1));
        var otherPerspective = ExtendedThenPerformed().HistoryBetween(From, To, Perspective.OnlyAssertedBy("A"));

        same.Should().NotBeSameAs(history);
        same.Should().Be(history);
        same.GetHashCode().Should().Be(history.GetHashCode());
        shorter.Should().NotBe(history);
        otherPerspective.Should().NotBe(history);
        history.ToString().Should().Be("Status history [2020-11-01T00:00:00Z, 2021-01-01T00:00:00Z) under all claims: " + Subject.Obligations.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " obligations");
        history.Equals((object?)"history").Should().BeFalse();
        history.Equals((StatusHistory?)null).Should().BeFalse();
    }
}
