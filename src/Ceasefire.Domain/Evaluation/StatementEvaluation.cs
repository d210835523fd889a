using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// <c>statement.Evaluate(timeline, asOf)</c>: evaluation as an extension of <see cref="Statement"/>, so that the model
/// does not depend on the evaluator. It lives in the <c>Ceasefire.Domain</c> namespace, next to the statement.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class StatementEvaluation
{
    /// <summary>
    /// Evaluates every obligation against a timeline at an instant under a perspective. The statement and timeline are
    /// compiled once into an <see cref="Evaluator"/> and cached (per timeline and statement instance) for later calls
    /// with default options.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="timeline">Claims about the statement.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for <see cref="Perspective.AllClaims"/>.</param>
    /// <param name="options">Custom rules; <see langword="null"/> for the defaults.</param>
    /// <returns>The compliance report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="statement"/> or <paramref name="timeline"/> is null.</exception>
    /// <exception cref="CeasefireValidationException">The timeline names obligations the statement does not have.</exception>
    public static ComplianceReport Evaluate(this Statement statement, Timeline timeline, Instant asOf, Perspective? perspective = null, EvaluationOptions? options = null)
        => Evaluator.For(statement, timeline, options).Evaluate(asOf, perspective);

    /// <summary>
    /// Where the choice of rendering changes a status: evaluates the statement's primary text and each of its
    /// renderings (<see cref="Statement.ReadingLabels"/>, through <see cref="Statement.WithReading"/>) against the same
    /// timeline at the same instant and perspective, and lists every obligation whose status differs, rendering by
    /// rendering in label order, obligations in statement order.
    /// </summary>
    /// <param name="statement">The statement (its primary text is the baseline, whatever reading it is under).</param>
    /// <param name="timeline">Claims about the statement.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for <see cref="Perspective.AllClaims"/>.</param>
    /// <param name="options">Custom rules; <see langword="null"/> for the defaults.</param>
    /// <returns>The differences; empty when no rendering changes a status.</returns>
    public static ImmutableArray<ReadingDifference> CompareReadings(this Statement statement, Timeline timeline, Instant asOf, Perspective? perspective = null, EvaluationOptions? options = null)
    {
        Guard.Against.Null(statement);
        Guard.Against.Null(timeline);
        var primary = statement.PrimaryText.Evaluate(timeline, asOf, perspective, options);
        var result = ImmutableArray.CreateBuilder<ReadingDifference>();
        foreach (var label in statement.ReadingLabels)
        {
            foreach (var difference in primary.Compare(statement.WithReading(label).Evaluate(timeline, asOf, perspective, options)))
            {
                result.Add(new ReadingDifference(label, difference));
            }
        }

        return result.ToImmutable();
    }
}
