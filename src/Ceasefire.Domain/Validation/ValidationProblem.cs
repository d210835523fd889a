namespace Ceasefire.Domain;

/// <summary>
/// One problem found while validating input (a builder, a claim or a JSON document): where it is and what is wrong.
/// Equality is by value.
/// </summary>
/// <param name="Path">
/// Where the problem is, as a JSON-path-like location from the root of the input, for example
/// <c>$.articles[1].obligations[0].deadline</c>. Indexes are zero-based positions in the order items were added.
/// </param>
/// <param name="Code">
/// What kind of mistake it is: one of the stable, machine-readable <see cref="ValidationCodes"/> (for example
/// <see cref="ValidationCodes.Required"/>). Match on the code and the path, not on the message.
/// </param>
/// <param name="Message">A plain English sentence saying what is wrong, naming the offending value where useful.</param>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ValidationProblem(string Path, string Code, string Message)
{
    /// <summary>The line in the input document, where the input is text (JSON); otherwise <see langword="null"/>.</summary>
    public long? Line { get; init; }

    /// <summary>
    /// The zero-based offset, in UTF-8 bytes from the start of the input document, where the value (or the token) at
    /// fault starts, where the input is text (JSON); otherwise <see langword="null"/>.
    /// </summary>
    public long? ByteOffset { get; init; }

    /// <summary>Formats the problem as <c>path: message</c>, with the line and the byte offset when known.</summary>
    /// <returns>The problem as one line of text.</returns>
    public override string ToString()
        => (Line, ByteOffset) switch
        {
            ({ } line, { } offset) => string.Concat(Path, " (line ", Number(line), ", byte ", Number(offset), "): ", Message),
            ({ } line, null) => string.Concat(Path, " (line ", Number(line), "): ", Message),
            (null, { } offset) => string.Concat(Path, " (byte ", Number(offset), "): ", Message),
            _ => string.Concat(Path, ": ", Message),
        };

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
