namespace Ceasefire.Domain;

/// <summary>
/// The machine-readable codes of <see cref="ValidationProblem.Code"/>. A code names the kind of mistake; the problem's
/// <see cref="ValidationProblem.Path"/> says where it is and its <see cref="ValidationProblem.Message"/> explains it in
/// English. Codes are stable: a code's value never changes and a code is never reused for another kind of mistake
/// (messages may be reworded at any time, so match on the code and the path, never on the message).
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class ValidationCodes
{
    /// <summary>A required value is missing, blank or null (a title, a summary, a JSON field, an item of a list).</summary>
    public const string Required = "required";

    /// <summary>A value is malformed or not usable as given (a period that is not positive, a local time skipped by a clock change).</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An id breaks the id rule: 1-100 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Two items of the same kind share an id (or two articles a number).</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A list names the same thing twice, or a JSON object holds the same field twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>An id refers to nothing known: an actor, obligation, place or claim that does not exist.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A value is not one of the allowed names (an enum value, a role, a TZDB zone id).</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>A date, instant or deadline lies outside the supported calendar range (years 1 to 8999).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A value is given where its kind allows none (an end date on a claim that is not a breach or suspension).</summary>
    public const string NotAllowed = "not-allowed";

    /// <summary>Values do not fit together (effective before signing, an end before its start, a quotation not in the article).</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>A builder was given the same single-valued thing twice (two dates, two descriptions).</summary>
    public const string SetTwice = "set-twice";

    /// <summary>A builder was given contradictory settings of one thing (<c>Must().MustNot()</c>, <c>OneOff().Continuous()</c>).</summary>
    public const string Contradictory = "contradictory";

    /// <summary>The text is not well-formed JSON (or not valid UTF-8 or Unicode).</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The document is larger than the configured limit.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A JSON value has the wrong type (a number where a string is expected, an object where an array is).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A JSON object holds a field the format does not have.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>The document's <c>schemaVersion</c> is not one this library reads.</summary>
    public const string UnsupportedVersion = "unsupported-version";

    /// <summary>The input is invalid in a way no other code describes (used by the exception's general-purpose constructors).</summary>
    public const string Invalid = "invalid";
}
