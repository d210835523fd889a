using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class LocalDeadlineTests
{
    private static readonly LocalDateTime Noon = new(2020, 11, 20, 12, 0);

    [Fact]
    public void DueInstant_Moscow_IsLocalTimeInMoscow()
    {
        Deadline.At(Noon).DueInstant(Fixtures.MoscowContext).Should().Be(Instant.FromUtc(2020, 11, 20, 9, 0));
    }

    [Fact]
    public void DueInstant_DifferentZone_IsThatZonesLocalTime()
    {
        Deadline.At(Noon).DueInstant(new DeadlineContext(DateTimeZone.Utc, Fixtures.Effective2020)).Should().Be(Instant.FromUtc(2020, 11, 20, 12, 0));
    }

    [Fact]
    public void Explain_Moscow_MentionsLocalTimeZoneAndUtcInstant()
    {
        var text = Deadline.At(Noon).Explain(Fixtures.MoscowContext);

        text.Should().Contain("2020-11-20 12:00").And.Contain("Europe/Moscow").And.Contain("2020-11-20T09:00:00Z");
    }

    [Fact]
    public void Equals_SameLocal_EqualWithEqualHashCodes()
    {
        var left = Deadline.At(Noon);
        var right = Deadline.At(new LocalDateTime(2020, 11, 20, 12, 0));

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(Deadline.At(Noon.PlusMinutes(1)));
    }

    [Fact]
    public void ToString_Local_IsAtLocalTime()
    {
        Deadline.At(Noon).ToString().Should().Be("at 2020-11-20 12:00 local");
    }
}
