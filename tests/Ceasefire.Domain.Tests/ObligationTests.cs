using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class ObligationTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualObligations_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build().GetObligation("o1");
        var right = Fixtures.Valid().Build().GetObligation("o1");

        left.Should().NotBeSameAs(right);
        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OneQuantityChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(6, "km wide"));

        b.Build().GetObligation("o1").Should().NotBe(Fixtures.Valid().Build().GetObligation("o1"));
    }

    [Fact]
    public void Equals_QuantityUnitChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(5, "km long"));

        b.Build().GetObligation("o1").Should().NotBe(Fixtures.Valid().Build().GetObligation("o1"));
    }

    [Fact]
    public void Equals_BeneficiaryAdded_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().OwedTo("G");

        b.Build().GetObligation("o1").Should().NotBe(Fixtures.Valid().Build().GetObligation("o1"));
    }

    [Fact]
    public void Equals_ConditionAdded_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().Upon(Condition.AgreementBetweenParties);

        b.Build().GetObligation("o1").Should().NotBe(Fixtures.Valid().Build().GetObligation("o1"));
    }

    [Fact]
    public void Equals_DeadlineChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().DueBy(new LocalDate(2020, 11, 21));

        b.Build().GetObligation("o1").Should().NotBe(Fixtures.Valid().Build().GetObligation("o1"));
    }

    [Fact]
    public void IsOwedBy_Obligor_IsTrueOnlyForObligors()
    {
        var obligation = Fixtures.Valid().Build().GetObligation("o1");

        obligation.IsOwedBy("A").Should().BeTrue();
        obligation.IsOwedBy("B").Should().BeFalse();
    }

    [Fact]
    public void ArticleNumber_Built_IsTheArticlesNumber()
    {
        var statement = Fixtures.Valid().Build();

        statement.GetObligation("o1").ArticleNumber.Should().Be(1);
        statement.GetObligation("o2").ArticleNumber.Should().Be(2);
    }

    [Fact]
    public void ToString_Obligation_IsIdAndArticle()
    {
        Fixtures.Valid().Build().GetObligation("o2").ToString().Should().Be("o2 (article 2)");
    }
}
