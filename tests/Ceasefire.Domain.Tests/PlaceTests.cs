using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class PlaceTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualPlaces_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build().Places[0];
        var right = Fixtures.Valid().Build().Places[0];

        left.Should().NotBeSameAs(right);
        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OneAliasSpellingChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Aliases[0] = PlaceNameDto.From(new PlaceName("Korridor", "German usage"));

        b.Build().Places[0].Should().NotBe(Fixtures.Valid().Build().Places[0]);
    }

    [Fact]
    public void Equals_OneAliasUsageChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Aliases[0] = PlaceNameDto.From(new PlaceName("Der Korridor", "Austrian usage"));

        b.Build().Places[0].Should().NotBe(Fixtures.Valid().Build().Places[0]);
    }

    [Fact]
    public void Names_Built_PrimaryNameFirstWithItsUsage()
    {
        var place = Fixtures.Valid().Build().Places[0];

        place.Names.Should().Equal(new PlaceName("The corridor", "primary text"), new PlaceName("Der Korridor", "German usage"));
    }

    [Theory]
    [InlineData("the corridor", true)]
    [InlineData("DER KORRIDOR", true)]
    [InlineData("corridor", false)]
    public void IsKnownAs_AnySpelling_IgnoresCase(string name, bool expected)
    {
        Fixtures.Valid().Build().Places[0].IsKnownAs(name).Should().Be(expected);
    }

    [Fact]
    public void ToString_Place_JoinsSpellings()
    {
        Fixtures.Valid().Build().Places[0].ToString().Should().Be("The corridor / Der Korridor");
    }
}
