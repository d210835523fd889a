using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class ActorTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualActors_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build().Actors[0];
        var right = Fixtures.Valid().Build().Actors[0];

        left.Should().NotBeSameAs(right);
        left.Aliases.Should().NotBeSameAs(right.Aliases);
        left.Equals(right).Should().BeTrue();
        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OneAliasChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Actors[0].Aliases[0] = "Alfa";

        b.Build().Actors[0].Should().NotBe(Fixtures.Valid().Build().Actors[0]);
    }

    [Fact]
    public void Equals_AliasAdded_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Actors[0].Revise().AlsoKnownAs("First party");

        b.Build().Actors[0].Should().NotBe(Fixtures.Valid().Build().Actors[0]);
    }

    [Fact]
    public void Equals_RolesChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Actors[0].Revise().As(ActorRoles.Guarantor);

        b.Build().Actors[0].Should().NotBe(Fixtures.Valid().Build().Actors[0]);
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        var actor = Fixtures.Valid().Build().Actors[0];

        actor.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Has_CombinedRoles_RequiresEveryRole()
    {
        var guarantor = Fixtures.Valid().Build().GetActor("G");

        guarantor.Has(ActorRoles.Signatory).Should().BeTrue();
        guarantor.Has(ActorRoles.Signatory | ActorRoles.Guarantor).Should().BeTrue();
        guarantor.Has(ActorRoles.Signatory | ActorRoles.Party).Should().BeFalse();
        guarantor.Has(ActorRoles.None).Should().BeFalse();
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("party a", true)]
    [InlineData("ALPHA", true)]
    [InlineData("Bravo", false)]
    public void IsKnownAs_IdNameOrAlias_IgnoresCase(string name, bool expected)
    {
        Fixtures.Valid().Build().GetActor("A").IsKnownAs(name).Should().Be(expected);
    }

    [Fact]
    public void ToString_Actor_IsIdAndName()
    {
        Fixtures.Valid().Build().GetActor("G-PKF").ToString().Should().Be("G-PKF (Guarantor's contingent)");
    }
}
