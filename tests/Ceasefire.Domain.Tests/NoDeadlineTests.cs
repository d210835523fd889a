using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class NoDeadlineTests
{
    [Fact]
    public void DueInstant_Any_IsNull() => Deadline.None.DueInstant(Fixtures.MoscowContext).Should().BeNull();

    [Fact]
    public void Explain_Any_SaysNoDeadline() => Deadline.None.Explain(Fixtures.MoscowContext).Should().Be("The text sets no deadline.");

    [Fact]
    public void Equals_None_EqualWithEqualHashCodes()
    {
        Deadline.None.Should().Be(Deadline.None);
        Deadline.None.GetHashCode().Should().Be(Deadline.None.GetHashCode());
        Deadline.None.Should().NotBe(Deadline.By(new NodaTime.LocalDate(2020, 11, 20)));
    }

    [Fact]
    public void ToString_None_IsNone() => Deadline.None.ToString().Should().Be("none");
}
