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
}
