using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Ceasefire.Domain.Tests.Reports;

/// <summary>A small statement (three obligations, Moscow time) whose user text can be made hostile, and culture helpers.</summary>
internal static class ReportFixture
{
    public const string Script = "<script>alert(1)</script>";
    public const string ScriptEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    public const string Img = "\"><img src=x onerror=alert(1)>";
    public const string ImgEscaped = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    // Effective 00:00 Moscow on 10 Nov 2020.
    public static readonly Instant Effective = Instant.FromUtc(2020, 11, 9, 21, 0);

    public static readonly Instant AsOf = Instant.FromUtc(2021, 6, 1, 0, 0);

    public static readonly string[] Cultures = ["tr-TR", "ar-SA", "hy-AM", "az-Latn-AZ", "ru-RU"];

    public static readonly string[] ObligationIds = ["ceasefire", "return", "report"];

    /// <summary>The hostile text used in one statement and timeline.</summary>
    public sealed record Texts(
        string Title = "Small statement",
        string Description = "Return of the region.",
        string ClaimantName = "Government of A",
        string Summary = "The region was returned.",
        string Source = "doc.txt",
        string Locator = "p. 1");

    public static Statement Statement(Texts? texts = null)
    {
        texts ??= new Texts();
        return Domain.Statement.CreateBuilder(texts.Title)
            .SignedOn(new LocalDate(2020, 11, 9))
            .InTimeZone(Moscow)
            .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
            .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Actor("B", "State B", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, "The Parties shall cease fire. " + texts.Description, a => a
                .Obligation("ceasefire", o => o.OwedBy("A", "B").MustNot().Continuous().Described("Ceasefire.").Quoting("The Parties shall cease fire")))
            .Article(2, "A shall return the region by 20 November 2020. B shall report before 1 December 2020.", a => a
                .Obligation("return", o => o.OwedBy("A").OwedTo("B").Must().OneOff().DueBy(new LocalDate(2020, 11, 20))
                    .Described(texts.Description).Quoting("A shall return the region by 20 November 2020"))
                .Obligation("report", o => o.OwedBy("B").Must().OneOff().DueBefore(new LocalDate(2020, 12, 1))
                    .Described("Report.").Quoting("B shall report before 1 December 2020")))
            .Build();
    }

    /// <summary>A performance of "return" on 19 Nov 2020 (per A) and a breach of "ceasefire" by B on 12 Dec 2020 (per A).</summary>
    public static Timeline Timeline(Statement statement, Texts? texts = null)
    {
        texts ??= new Texts();
        return Domain.Timeline.CreateBuilder(statement)
            .Claim("p1", c => c.Performed("return").On(new LocalDate(2020, 11, 19)).AssertedBy(texts.ClaimantName, "A")
                .Source(texts.Source, texts.Locator).Saying(texts.Summary).KnownOn(new LocalDate(2020, 11, 19)))
            .Claim("b1", c => c.Breached("ceasefire").On(new LocalDate(2020, 12, 12)).ActedBy("B").AssertedBy("Government of A", "A")
                .Source("https://example.org/news?id=1&lang=en", "headline").Saying("Shelling reported.").KnownOn(new LocalDate(2020, 12, 12)))
            .Build();
    }

    public static Evaluator Evaluator(Texts? texts = null, EvaluationOptions? options = null)
    {
        var statement = Statement(texts);
        return Domain.Evaluator.Create(statement, Timeline(statement, texts), options);
    }

    public static IReadOnlyList<ComplianceReport> Reports(Evaluator evaluator, Instant? asOf = null)
        => [evaluator.Evaluate(asOf ?? AsOf), evaluator.Evaluate(asOf ?? AsOf, Perspective.SidingWith("B"))];

    /// <summary>Runs <paramref name="render"/> with the current culture and UI culture set to <paramref name="culture"/>, restoring both after.</summary>
    public static string UnderCulture(string culture, Func<string> render)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var info = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
