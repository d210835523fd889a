using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class TermPeriodTests
{
    private static readonly Instant Start = Instant.FromUtc(2020, 11, 9, 21, 0);

    private static readonly Instant End = Instant.FromUtc(2025, 11, 9, 21, 0);

    private static readonly Instant Cutoff = Instant.FromUtc(2025, 5, 9, 21, 0);

    private static readonly TermPeriod Term = new(1, Start, End, Cutoff);

    [Fact]
    public void Contains_Start_IsTrue() => Term.Contains(Start).Should().BeTrue();

    [Fact]
    public void Contains_JustBeforeEnd_IsTrue() => Term.Contains(End - Duration.Epsilon).Should().BeTrue();

    [Fact]
    public void Contains_End_IsFalse() => Term.Contains(End).Should().BeFalse();

    [Fact]
    public void Contains_BeforeStart_IsFalse() => Term.Contains(Start - Duration.Epsilon).Should().BeFalse();

    [Fact]
    public void Equals_SameValues_EqualWithEqualHashCodes()
    {
        var other = new TermPeriod(1, Start, End, Cutoff);

        other.Should().Be(Term);
        other.GetHashCode().Should().Be(Term.GetHashCode());
        new TermPeriod(2, Start, End, Cutoff).Should().NotBe(Term);
    }

    [Fact]
    public void ToString_Term_ListsNumberStartEndAndCutoffInUtc()
    {
        Term.ToString().Should().Be("term 1: 2020-11-09T21:00:00Z to 2025-11-09T21:00:00Z, notice by 2025-05-09T21:00:00Z");
    }
}
