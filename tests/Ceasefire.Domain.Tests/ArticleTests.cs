using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class ArticleTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualArticles_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build().Articles[0];
        var right = Fixtures.Valid().Build().Articles[0];

        left.Should().NotBeSameAs(right);
        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OneQuantityOfAnObligationChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(4, "km wide"));

        b.Build().Articles[0].Should().NotBe(Fixtures.Valid().Build().Articles[0]);
    }

    [Fact]
    public void Equals_OneVariantSourceChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Variants[0].Sources[0] = CitationDto.From(new Citation("https://example.org/variant-c", "point 1"));

        b.Build().Articles[0].Should().NotBe(Fixtures.Valid().Build().Articles[0]);
    }

    [Fact]
    public void Equals_TextChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[1].Text += " It shall stay open.";

        b.Build().Articles[1].Should().NotBe(Fixtures.Valid().Build().Articles[1]);
    }

    [Fact]
    public void ToString_Article_IsNumberAndText()
    {
        Fixtures.Valid().Build().Articles[1].ToString().Should().Be("2. " + Fixtures.ArticleTwoText);
    }
}
