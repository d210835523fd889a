using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>
/// Daily status series: the status of an obligation at the end of each day (the start of the next day in the
/// statement's zone). The indexed path takes the exact history once and samples it in one pass; the naive path
/// (<see cref="NaiveEvaluator.Series"/>) evaluates every day by re-scanning every claim.
/// </summary>
public static class DailySeries
{
    /// <summary>The first day of the six-year series: 10 November 2020, the day the built-in statement took effect.</summary>
    public static LocalDate SixYearsFirstDay { get; } = new(2020, 11, 10);

    /// <summary>The number of days in six years from <see cref="SixYearsFirstDay"/> (2020-11-10 to 2026-11-09).</summary>
    public static int SixYearsDays { get; } = Period.Between(new LocalDate(2020, 11, 10), new LocalDate(2026, 11, 10), PeriodUnits.Days).Days;

    /// <summary>The end of each of <paramref name="days"/> days from <paramref name="first"/>, in the zone.</summary>
    /// <param name="zone">The statement's zone.</param>
    /// <param name="first">The first day.</param>
    /// <param name="days">How many days.</param>
    /// <returns>The instants, one per day, increasing.</returns>
    public static Instant[] EndsOfDays(DateTimeZone zone, LocalDate first, int days)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var result = new Instant[days];
        for (var i = 0; i < days; i++)
        {
            result[i] = zone.AtStartOfDay(first.PlusDays(i + 1)).ToInstant();
        }

        return result;
    }

    /// <summary>Samples a history (intervals that tile a range, in order) at increasing instants, in one pass.</summary>
    /// <param name="history">The intervals, in order, covering every instant.</param>
    /// <param name="instants">Increasing instants inside the history's range.</param>
    /// <returns>One status per instant.</returns>
    /// <exception cref="ArgumentException">An instant lies outside the history.</exception>
    public static ObligationStatus[] Sample(IReadOnlyList<StatusInterval> history, IReadOnlyList<Instant> instants)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(instants);
        var result = new ObligationStatus[instants.Count];
        var k = 0;
        for (var i = 0; i < instants.Count; i++)
        {
            var instant = instants[i];
            while (k < history.Count && history[k].End <= instant)
            {
                k++;
            }

            if (k == history.Count || history[k].Start > instant)
            {
                throw new ArgumentException("An instant lies outside the history.", nameof(instants));
            }

            result[i] = history[k].Status;
        }

        return result;
    }

    /// <summary>The indexed series: one exact history of the obligation over the days, sampled in one pass.</summary>
    /// <param name="evaluator">A compiled evaluator.</param>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="instants">Increasing instants, for example from <see cref="EndsOfDays"/>.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>One status per instant.</returns>
    public static ObligationStatus[] FromEvaluator(Evaluator evaluator, string obligationId, IReadOnlyList<Instant> instants, Perspective? perspective = null)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(instants);
        var history = evaluator.History(obligationId, instants[0], instants[^1].PlusTicks(1), perspective);
        return Sample(history, instants);
    }
}
