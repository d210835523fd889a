using System;
using System.Collections.Generic;
using System.IO;
using Ceasefire.Domain.Serialization;

namespace Ceasefire.Domain.Catalog;

/// <summary>
/// The built-in subject: the trilateral statement of 9 November 2020 by the leaders of Armenia, Azerbaijan and
/// Russia that ended the 2020 Nagorno-Karabakh war, effective 00:00 Moscow time on 10 November 2020
/// (2020-11-09T21:00:00Z); PA-X agreement 2324, with its built-in timeline of sourced, attributed claims.
/// </summary>
/// <remarks>
/// <para>
/// The statement and the timeline are curated data files in the library's own JSON format
/// (<c>trilateral-statement-2020.statement.json</c> and <c>trilateral-statement-2020.timeline.json</c>), embedded in
/// the package and read on first use with the same public reader users call (<see cref="CeasefireJson.ReadStatement(Stream, CeasefireJsonOptions?)"/>
/// and <see cref="CeasefireJson.ReadTimeline(Stream, Statement, CeasefireJsonOptions?)"/>). The files are also in the
/// package's <c>data/</c> folder and in the repository's <c>src/Ceasefire.Domain/Catalog/Data/</c>; to correct or extend
/// them, open them with <see cref="BuiltInData.Open"/>, change them and read them back with the reader, which validates
/// everything. <c>docs/built-in-statement.md</c> documents the encoding.
/// </para>
/// <para>
/// The primary text is the English text published on the Armenian Prime Minister's website; the renderings of the
/// Azerbaijani and Russian foreign ministries are text variants whose deadline readings can drive an evaluation
/// (see <c>docs/built-in-statement.md</c>). The authoritative Russian text is not included.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class TrilateralStatement2020
{
    private static readonly Lazy<Statement> LazyStatement = new(() => BuiltInData.ReadStatement(StatementFile));

    private static readonly Lazy<Timeline> LazyTimeline = new(() => BuiltInData.ReadTimeline(TimelineFile, Statement));

    /// <summary>The data-file stems of the linked instruments, in date order (each has a statement and a timeline file).</summary>
    private static readonly string[] LinkedInstrumentFiles =
    [
        "trilateral-2021-01-11",
        "sochi-2021-11-26",
        "local-arrangement-2023-09-20",
        "washington-2025-08-08",
    ];

    private static readonly Lazy<InstrumentSet> LazyInstruments = new(ReadInstruments);

    /// <summary>The name of the statement's data file.</summary>
    public const string StatementFile = "trilateral-statement-2020.statement.json";

    /// <summary>The name of the timeline's data file.</summary>
    public const string TimelineFile = "trilateral-statement-2020.timeline.json";

    /// <summary>
    /// The version of the built-in data (statement, timeline and linked instruments): the date of its last curated
    /// change, then a revision number. Reports and exports that use the built-in data can carry it.
    /// </summary>
    public const string DataVersion = "2026-11-30.2";

    /// <summary>The built-in statement (read once, on first use; thread-safe).</summary>
    public static Statement Statement => LazyStatement.Value;

    /// <summary>
    /// The built-in timeline (read once, on first use; thread-safe): every dated implementation event found in the five
    /// seed documents and in the research notes, each as a <see cref="Claim"/> attributed to whoever asserts it, with
    /// its sources, the date it became known, and links between claims that contradict each other.
    /// </summary>
    public static Timeline Timeline => LazyTimeline.Value;

    /// <summary>
    /// The built-in statement and the instruments linked to it (read once, on first use; thread-safe): the statement of
    /// 9 November 2020 first, with <see cref="Timeline"/>, then in date order the trilateral statement of 11 January 2021
    /// on the working group for point 9 (<c>trilateral-2021-01-11</c>), the Sochi statement of 26 November 2021
    /// (<c>sochi-2021-11-26</c>), the local ceasefire arrangement of 20 September 2023 (<c>local-arrangement-2023-09-20</c>)
    /// and the Washington joint declaration of 8 August 2025 (<c>washington-2025-08-08</c>), each with its own timeline.
    /// </summary>
    /// <remarks>
    /// <para>Each linked instrument carries typed <see cref="Statement.Links"/> (implements, elaborates, reaffirms, bears on)
    /// to the articles of the 2020 statement (and, for the Sochi statement, to the statement of 11 January 2021), each with
    /// a note and its sources: <c>Instruments.LinksTo("trilateral-2020-11-09", 9)</c> lists every instrument that
    /// concerns point 9. Supersession is never a link: that an instrument replaced another is a claimant's position,
    /// recorded in a timeline as an attributed claim.</para>
    /// <para>Only the statement of 11 January 2021 and the Sochi statement are modelled from their published texts, and
    /// even these as paraphrases (the texts are not reproduced); the local arrangement and the Washington declaration are
    /// modelled only as far as the sources describe them. The data files are
    /// <c>&lt;id&gt;.statement.json</c> and <c>&lt;id&gt;.timeline.json</c> (see <see cref="BuiltInData.FileNames"/>);
    /// <c>docs/built-in-statement.md</c> ("Linked instruments") says what each models and what it leaves out.</para>
    /// </remarks>
    public static InstrumentSet Instruments => LazyInstruments.Value;

    private static InstrumentSet ReadInstruments()
    {
        var instruments = new List<Instrument>(LinkedInstrumentFiles.Length + 1) { new(Statement, Timeline) };
        foreach (var stem in LinkedInstrumentFiles)
        {
            var statement = BuiltInData.ReadStatement(stem + ".statement.json");
            instruments.Add(new Instrument(statement, BuiltInData.ReadTimeline(stem + ".timeline.json", statement)));
        }

        return InstrumentSet.Create(instruments);
    }
}
