using System.Linq;
using System.Threading.Tasks;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>An evaluator keeps a bounded number of per-perspective views, and evicting one changes no result.</summary>
public class PerspectiveCacheTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2023, 6, 1, 0, 0);

    /// <summary>A distinct perspective per step: the claims as known one week later each time.</summary>
    private static Perspective KnownOn(int step) => Perspective.AllClaims.AsKnownOn(new LocalDate(2020, 11, 10).PlusDays(step * 7));

    private static Evaluator Create() => Evaluator.Create(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);

    [Fact]
    public void Evaluate_ManyDistinctPerspectives_CacheStaysAtItsBoundAndResultsMatchFreshEvaluators()
    {
        var evaluator = Create();
        const int Perspectives = 300;
        for (var day = 0; day < Perspectives; day++)
        {
            evaluator.Evaluate(AsOf, KnownOn(day));
            evaluator.Perspectives.Count.Should().Be(System.Math.Min(day + 1, BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity));
        }

        evaluator.Perspectives.Count.Should().Be(BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity);
        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (var day in new[] { 0, 1, 20, 100, 200, Perspectives - 1 })
        {
            seen.Add(string.Join(",", evaluator.Evaluate(AsOf, KnownOn(day)).Obligations.Select(a => a.Status)));
            var cached = evaluator.Evaluate(AsOf, KnownOn(day)).Obligations.Select(a => a.Status);
            var fresh = Create().Evaluate(AsOf, KnownOn(day)).Obligations.Select(a => a.Status);
            cached.Should().Equal(fresh, "day {0}, evicted or not", day);
        }

        seen.Should().HaveCountGreaterThan(1, "the perspectives differ in what they count");

        evaluator.Perspectives.Count.Should().Be(BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity);
    }

    [Fact]
    public void ViewFor_RecentlyUsedPerspective_IsKeptWhileOthersAreEvicted()
    {
        var evaluator = Create();
        var first = evaluator.ViewFor(Perspective.AllClaims);
        for (var day = 0; day < 3 * BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity; day++)
        {
            evaluator.ViewFor(KnownOn(day));
            evaluator.ViewFor(Perspective.AllClaims).Should().BeSameAs(first, "the most recently used view is kept");
        }

        var early = evaluator.ViewFor(KnownOn(0));
        evaluator.ViewFor(KnownOn(0)).Should().BeSameAs(early);
        evaluator.Perspectives.Count.Should().Be(BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity);
    }

    [Fact]
    public async Task ViewFor_ConcurrentDistinctPerspectives_StaysBoundedAndConsistent()
    {
        var evaluator = Create();
        var expected = Enumerable.Range(0, 64).Select(d => Create().Evaluate(AsOf, KnownOn(d)).Obligations.Select(a => a.Status).ToList()).ToList();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 64).Select(d => (d, evaluator.Evaluate(AsOf, KnownOn((d + (worker * 7)) % 64)).Obligations.Select(a => a.Status).ToList())).ToList())));

        foreach (var run in results)
        {
            foreach (var (d, statuses) in run)
            {
                statuses.Should().Equal(expected[(d + (System.Array.IndexOf(results, run) * 7)) % 64]);
            }
        }

        evaluator.Perspectives.Count.Should().BeLessThanOrEqualTo(BoundedCache<Perspective, PerspectiveEvidence>.DefaultCapacity);
    }
}
