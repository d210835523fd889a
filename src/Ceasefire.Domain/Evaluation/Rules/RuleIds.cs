using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The ids of the built-in status rules (docs/semantics.md, section 5), as <see cref="Explanation.RuleId"/> shows them
/// and <see cref="EvaluationOptions"/> takes them (<see cref="EvaluationOptions.InsertBefore"/>,
/// <see cref="EvaluationOptions.Replace"/>, <see cref="EvaluationOptions.Without"/>). <see cref="BuiltIn"/> lists them
/// in the order they run.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class RuleIds
{
    /// <summary>Before the statement's effective instant every obligation is not yet in force.</summary>
    public const string NotYetInForce = "not-yet-in-force";

    /// <summary>When the statement itself has been terminated under the perspective, open obligations end with it.</summary>
    public const string StatementTerminated = "statement-terminated";

    /// <summary>Counted claims contradict each other and the two sides give different statuses.</summary>
    public const string Disputed = "disputed";

    /// <summary>A counted claim records the obligation's termination, or a term ended after notice in time.</summary>
    public const string Terminated = "terminated";

    /// <summary>A counted claim records a suspension still in effect.</summary>
    public const string Suspended = "suspended";

    /// <summary>A counted breach episode (an incident or an ongoing state) covers the instant.</summary>
    public const string Breached = "breached";

    /// <summary>The obligation has a condition no counted claim records as met.</summary>
    public const string AwaitingCondition = "awaiting-condition";

    /// <summary>The closed-world reading ("silence means kept"), deciding only when <see cref="EvaluationOptions.ClosedWorld"/> is on.</summary>
    public const string ClosedWorld = "closed-world";

    /// <summary>A permission: exercised, available, or no information; never overdue or breached by omission.</summary>
    public const string Permission = "permission";

    /// <summary>A one-off obligation: fulfilled (on time, late or with uncertain timeliness), partly, overdue, pending or no information.</summary>
    public const string OneOff = "one-off";

    /// <summary>An open-ended obligation: completed, in progress, or no information.</summary>
    public const string OpenEndedProgress = "open-ended-progress";

    /// <summary>A continuous obligation, prohibition or term: upheld (attested), no breach recorded, or no information.</summary>
    public const string Continuous = "continuous";

    /// <summary>Not a rule: the id shown when no rule decided (the status is then <see cref="ObligationStatus.NoInformation"/>).</summary>
    public const string None = "none";

    /// <summary>The ids of the built-in rules, in the order they run (<see cref="None"/> is not among them).</summary>
    public static ImmutableArray<string> BuiltIn { get; } =
        [NotYetInForce, StatementTerminated, Disputed, Terminated, Suspended, Breached, AwaitingCondition, ClosedWorld, Permission, OneOff, OpenEndedProgress, Continuous];
}
