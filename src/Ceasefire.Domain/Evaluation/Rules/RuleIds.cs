using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The ids of the built-in status rules, as <see cref="Explanation.RuleId"/> shows them and
/// <see cref="EvaluationOptions.WithoutBuiltInRule"/> takes them. <see cref="BuiltIn"/> lists them in the order they
/// run; custom rules (<see cref="IStatusRule"/>) run after <see cref="NotYetInForce"/>.
/// </summary>
public static class RuleIds
{
    /// <summary>Before the statement's effective instant every obligation is not yet in force.</summary>
    public const string NotYetInForce = "not-yet-in-force";

    /// <summary>When the statement itself has ended under the perspective, open obligations end with it.</summary>
    public const string StatementTerminated = "statement-terminated";

    /// <summary>Counted claims contradict each other and the two sides give different statuses.</summary>
    public const string Disputed = "disputed";

    /// <summary>A counted claim records the obligation's termination.</summary>
    public const string Terminated = "terminated";

    /// <summary>A counted claim records a suspension still in effect.</summary>
    public const string Suspended = "suspended";

    /// <summary>The obligation has a condition no counted claim records as met.</summary>
    public const string AwaitingCondition = "awaiting-condition";

    /// <summary>A renewable term: upheld or breached within the current term, or ended by notice.</summary>
    public const string Term = "term";

    /// <summary>A continuous obligation (refrain, maintain): upheld or breached.</summary>
    public const string Continuous = "continuous";

    /// <summary>An open-ended obligation: completed, in progress, breached or pending.</summary>
    public const string OpenEndedProgress = "open-ended-progress";

    /// <summary>A one-off obligation with an optional deadline: fulfilled (on time or late), partly, overdue or pending.</summary>
    public const string OneOff = "one-off";

    /// <summary>Not a rule: the id shown when no rule decided because the rule for the obligation's kind is switched off.</summary>
    public const string None = "none";

    /// <summary>The ids of the built-in rules, in the order they run (<see cref="None"/> is not among them).</summary>
    public static ImmutableArray<string> BuiltIn { get; } =
        [NotYetInForce, StatementTerminated, Disputed, Terminated, Suspended, AwaitingCondition, Term, Continuous, OpenEndedProgress, OneOff];
}
