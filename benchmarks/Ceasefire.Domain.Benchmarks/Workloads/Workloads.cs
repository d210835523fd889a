using System;
using System.Collections.Generic;
using System.Linq;
using Ceasefire.Domain.Catalog;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>The sizes and instants every benchmark and the quick mode share.</summary>
public static class Workloads
{
    /// <summary>Obligations in the large workload.</summary>
    public const int LargeObligations = 1_000;

    /// <summary>Claims in the large workload.</summary>
    public const int LargeClaims = 1_000_000;

    /// <summary>Obligations in the medium workload (history and series, where the naive path must finish).</summary>
    public const int MediumObligations = 100;

    /// <summary>Claims in the medium workload.</summary>
    public const int MediumClaims = 10_000;

    /// <summary>Claims in the JSON workload (about the large statement).</summary>
    public const int JsonClaims = 100_000;

    /// <summary>Obligations in a daily series: the first ten, one of each shape.</summary>
    public const int SeriesObligations = 10;

    /// <summary>The instant of the one-instant workloads: 1 June 2023, 00:00 UTC.</summary>
    public static Instant AsOf { get; } = Instant.FromUtc(2023, 6, 1, 0, 0);

    /// <summary>The end of the history range: 1 January 2027, 00:00 Moscow time.</summary>
    public static Instant HistoryEnd { get; } = WorkloadGenerator.Zone.AtStartOfDay(new LocalDate(2027, 1, 1)).ToInstant();

    /// <summary>The built-in statement and timeline.</summary>
    public static (Statement Statement, Timeline Timeline) BuiltIn => (TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);

    /// <summary>The large workload: 1,000 obligations, 1,000,000 claims.</summary>
    /// <returns>The statement and timeline.</returns>
    public static (Statement Statement, Timeline Timeline) Large() => WorkloadGenerator.Create(LargeObligations, LargeClaims);

    /// <summary>The medium workload: 100 obligations, 10,000 claims.</summary>
    /// <returns>The statement and timeline.</returns>
    public static (Statement Statement, Timeline Timeline) Medium() => WorkloadGenerator.Create(MediumObligations, MediumClaims);

    /// <summary>The end of each day of the six-year series, in the statement's zone.</summary>
    /// <returns>2,191 instants.</returns>
    public static Instant[] SixYearsOfDays() => DailySeries.EndsOfDays(WorkloadGenerator.Zone, DailySeries.SixYearsFirstDay, DailySeries.SixYearsDays);

    /// <summary>
    /// What a user would write by hand before evaluating (the naive counterpart of compiling): group the claims by
    /// obligation and sort each group by when it applies, with LINQ.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The claims per obligation id, sorted.</returns>
    public static Dictionary<string, List<Claim>> NaiveGroupAndSort(Statement statement, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        var zone = statement.TimeZone;
        return timeline.Claims
            .SelectMany(c => c.ObligationIds, (c, id) => (Id: id, Claim: c))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Claim)
                .OrderBy(c => c.Date.Precision == DatePrecision.Instant ? c.Date.Resolve(zone).Start : c.Date.Resolve(zone).End)
                .ToList(), StringComparer.Ordinal);
    }
}
