using NodaTime;

namespace Ceasefire.Domain.BrowserTests;

/// <summary>A statement and timeline with script payloads in every text field, each setting the sentinel <c>window.cfPwned</c> if it ever ran.</summary>
internal static class Hostile
{
    public const string Script = "<script>window.cfPwned=1</script>";
    public const string Handler = "\"><img src=x onerror=\"window.cfPwned=1\"><svg onload=\"window.cfPwned=1\">";
    public const string JavaScriptUrl = "javascript:window.cfPwned=1";
    public const string EndScript = "</script><script>window.cfPwned=1</script>\u2028\u2029<!--";

    private static readonly string[] Payloads = [Script, Handler, JavaScriptUrl, EndScript];
    private static readonly string All = string.Join(" ", Payloads);

    public static string Page()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var statement = Statement.CreateBuilder(All)
            .SignedOn(new LocalDate(2020, 11, 9))
            .InTimeZone(moscow)
            .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
            .Actor("A", Script, a => a.As(ActorRoles.Signatory | ActorRoles.Party).Described(All))
            .Actor("B", Handler, a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .CrossReference(Script, Handler, JavaScriptUrl)
            .Source(JavaScriptUrl, EndScript)
            .Article(1, All + " The Parties shall cease fire. A shall return the region by 20 November 2020.", a => a
                .Obligation("ceasefire", o => o.OwedBy("A", "B").MustNot().Continuous().Described(All).Quoting("The Parties shall cease fire"))
                .Obligation("return", o => o.OwedBy("A").OwedTo("B").Must().OneOff().DueBy(new LocalDate(2020, 11, 20)).Described(Handler).Quoting("A shall return the region by 20 November 2020")))
            .Build();
        var timeline = Timeline.CreateBuilder(statement)
            .Claim("p1", c => c.Performed("return").On(new LocalDate(2020, 11, 19)).AssertedBy(Script, "A").Source(JavaScriptUrl, EndScript)
                .Saying(Handler).KnownOn(new LocalDate(2020, 11, 19)))
            .Claim("b1", c => c.Breached("ceasefire").On(new LocalDate(2020, 12, 12)).ActedBy("B").AssertedBy(EndScript, "A").Source(Handler, Script)
                .Saying(All).KnownOn(new LocalDate(2020, 12, 12)))
            .Claim("d1", c => c.Denied("ceasefire").On(new LocalDate(2020, 12, 12)).Contradicts("b1").AssertedBy(Handler, "B").Source("https://example.org/?q=<script>", JavaScriptUrl)
                .Saying(Script).KnownOn(new LocalDate(2020, 12, 13)))
            .Build();
        var evaluator = Evaluator.Create(statement, timeline);
        return Reports.RenderingExtensions.ToHtml(evaluator, Instant.FromUtc(2021, 6, 1, 0, 0), Perspective.AllClaims, Perspective.SidingWith("B"), Perspective.FromSources(JavaScriptUrl));
    }
}
