using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Claims;

public sealed class ClaimPlaceTests
{
    private static readonly LocalDate Day = new(2020, 11, 20);

    private static Statement S => Fixtures.Valid().Build();

    [Fact]
    public void Concerning_KnownPlace_IsKeptOnTheClaim()
    {
        var timeline = Timeline.CreateBuilder(S)
            .Claim("c1", c => c.Incident("o2").On(Day).Concerning("corridor").AssertedBy("Outlet").Source("r.txt", "x").KnownOn(Day).Saying("An incident."))
            .Build();

        timeline.GetClaim("c1").PlaceIds.Should().Equal("corridor");
    }

    [Fact]
    public void Concerning_UnknownAndDuplicatePlaces_AreReportedWithTheirPaths()
    {
        var build = () => Timeline.CreateBuilder(S)
            .Claim("c1", c => c.Incident("o2").On(Day).Concerning("nowhere", "corridor", "corridor").AssertedBy("Outlet").Source("r.txt", "x").KnownOn(Day).Saying("An incident."))
            .Build();

        var problems = build.Should().Throw<CeasefireValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().Contain(["$.claims[0].placeIds[0]", "$.claims[0].placeIds[2]"]);
        problems.Should().Contain(p => p.Message.Contains("unknown place 'nowhere'"));
    }
}
