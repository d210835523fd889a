using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class StatementTests
{
    [Fact]
    public void Equals_IndependentlyBuiltEqualStatements_EqualWithEqualHashCodes()
    {
        var left = Fixtures.Valid().Build();
        var right = Fixtures.Valid().Build();

        left.Should().NotBeSameAs(right);
        left.Equals(right).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_UsableAsDictionaryKey_FindsEqualStatement()
    {
        var map = new Dictionary<Statement, string> { [Fixtures.Valid().Build()] = "found" };

        map[Fixtures.Valid().Build()].Should().Be("found");
    }

    [Fact]
    public void Equals_OneAliasChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Actors[1].Aliases[0] = "Beta";

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_OneQuantityChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(5.5m, "km wide"));

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_OneVariantSourceChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Variants[0].Sources[0] = CitationDto.From(new Citation("https://example.org/variant-b", "point one"));

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_OnePlaceAliasChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.Places[0].Aliases[0] = PlaceNameDto.From(new PlaceName("Le couloir", "French usage"));

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_SourceChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.Source("https://example.org/another", "another copy");

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_CrossReferenceChanged_NotEqual()
    {
        var b = Fixtures.Valid();
        b.State.CrossReferences[0] = CrossReferenceDto.From(new CrossReference("PA-X", "9998"));

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_ZoneChangedWithSameEffectiveInstant_NotEqual()
    {
        var b = Fixtures.WithoutEffective("Europe/Istanbul").EffectiveFrom(Fixtures.Effective2020);

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_EffectiveChanged_NotEqual()
    {
        var b = Fixtures.WithoutEffective().EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 1));

        b.Build().Should().NotBe(Fixtures.Valid().Build());
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Fixtures.Valid().Build().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void EffectiveAt_LocalTimeInZone_IsTheZonesInstant()
    {
        var statement = Fixtures.Valid().Build();

        statement.EffectiveFrom.Should().Be(Instant.FromUtc(2020, 11, 9, 21, 0));
        statement.DeadlineContext.Zone.Id.Should().Be("Europe/Moscow");
        statement.DeadlineContext.EffectiveFrom.Should().Be(statement.EffectiveFrom);
        statement.DeadlineContext.ConditionMetAt.Should().BeNull();
    }

    [Fact]
    public void PartiesAndSignatories_Built_FollowRoles()
    {
        var statement = Fixtures.Valid().Build();

        statement.Parties.Should().Equal(statement.GetActor("A"), statement.GetActor("B"));
        statement.Signatories.Should().Equal(statement.GetActor("A"), statement.GetActor("B"), statement.GetActor("G"));
    }

    [Fact]
    public void ToString_Statement_IsTitleAndSigningDate()
    {
        Fixtures.Valid().Build().ToString().Should().Be("Test statement (signed 2020-11-09)");
    }
}
