namespace Ceasefire.Domain.Evaluation;

/// <summary>Why a claim about an obligation did not count in an evaluation.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum SetAsideReason
{
    /// <summary>Its claimant is outside the perspective.</summary>
    ClaimantOutsidePerspective,

    /// <summary>None of its sources is among the perspective's sources.</summary>
    SourceOutsidePerspective,

    /// <summary>It became known after the perspective's "as known on" date.</summary>
    NotYetKnown,

    /// <summary>What it claims had not (certainly) happened by the evaluation instant.</summary>
    NotYetHappened,

    /// <summary>A deadline extension not agreed by every beneficiary.</summary>
    ExtensionNotAgreed,

    /// <summary>A notice given after the notice cut-off: the term renews.</summary>
    NoticeTooLate,

    /// <summary>A performance claim while the obligation's condition is not recorded as met.</summary>
    ConditionNotMet,

    /// <summary>It is about an event of another term, or otherwise does not bear on the status at that instant.</summary>
    NotRelevant,

    /// <summary>Contradicted by a claim the perspective trusts more (<see cref="Perspective.Trusting"/>).</summary>
    OutweighedInDispute,

    /// <summary>It cannot bear on this kind of obligation (a breach of a permission, a performance of a prohibition).</summary>
    DoesNotApply,

    /// <summary>It claims the exercise of a power by an actor the text does not entitle (a notice by a non-Party, an extension asked by a third party).</summary>
    NotEntitled,
}
