using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class InstantDeadlineTests
{
    private static readonly Instant Due = Instant.FromUtc(2020, 11, 20, 9, 30);

    [Fact]
    public void DueInstant_AnyZone_IsTheInstant()
    {
        var deadline = Deadline.At(Due);

        deadline.DueInstant(Fixtures.MoscowContext).Should().Be(Due);
        deadline.DueInstant(new DeadlineContext(Fixtures.Berlin, Fixtures.Effective2020)).Should().Be(Due);
    }

    [Fact]
    public void Explain_Moscow_MentionsUtcInstantAndZone()
    {
        var text = Deadline.At(Due).Explain(Fixtures.MoscowContext);

        text.Should().Contain("2020-11-20T09:30:00Z").And.Contain("Europe/Moscow").And.Contain("2020-11-20 12:30");
    }

    [Fact]
    public void Equals_SameInstant_EqualWithEqualHashCodes()
    {
        var left = Deadline.At(Due);
        var right = Deadline.At(Instant.FromUtc(2020, 11, 20, 9, 30));

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(Deadline.At(Due + Duration.Epsilon));
    }

    [Fact]
    public void ToString_Instant_IsAtIsoInstant()
    {
        Deadline.At(Due).ToString().Should().Be("at 2020-11-20T09:30:00Z");
    }
}
