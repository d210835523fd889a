using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class TextVariantTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualVariants_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build().Articles[0].Variants[0];
        var right = Fixtures.Valid().Build().Articles[0].Variants[0];

        left.Should().NotBeSameAs(right);
        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OneSourceChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Variants[0].Sources[0] = CitationDto.From(new Citation("https://example.org/variant-b", "point 1, second paragraph"));

        b.Build().Articles[0].Variants[0].Should().NotBe(Fixtures.Valid().Build().Articles[0].Variants[0]);
    }

    [Fact]
    public void Equals_ReadingChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Variants[0].DeadlineReadings[0] = DeadlineReadingDto.From(new DeadlineReading("o1", Deadline.By(new LocalDate(2020, 11, 19))));

        b.Build().Articles[0].Variants[0].Should().NotBe(Fixtures.Valid().Build().Articles[0].Variants[0]);
    }

    [Fact]
    public void DeadlineFor_ReadObligation_IsTheReading()
    {
        var variant = Fixtures.Valid().Build().Articles[0].Variants[0];

        variant.DeadlineFor("o1").Should().Be(Deadline.Before(new LocalDate(2020, 11, 20)));
        variant.DeadlineFor("o2").Should().BeNull();
    }

    [Fact]
    public void ToString_Variant_IsLabelAndText()
    {
        Fixtures.Valid().Build().Articles[0].Variants[0].ToString().Should().Be("Variant B: before 20 November");
    }
}
