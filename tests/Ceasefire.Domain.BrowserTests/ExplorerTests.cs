using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using Deque.AxeCore.Playwright;
using FluentAssertions;
using Microsoft.Playwright;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.BrowserTests;

/// <summary>
/// The HTML explorer (what <c>evaluator.ToHtml</c> and <see cref="HtmlReport"/> produce) opened from a file in headless
/// Chromium: no console error and no request but the file itself; the statuses shown at several slider positions and
/// under each perspective are the evaluator's; keyboard reaches every obligation and Enter opens its explanation; hostile
/// text runs no script; axe-core finds no violation; printing hides the controls. A screenshot is saved.
/// </summary>
public sealed class ExplorerTests : IClassFixture<Chromium>, IDisposable
{
    private static readonly LocalDate Day = new(2023, 6, 1);
    private static readonly Lazy<Subject> BuiltIn = new(CreateBuiltIn);
    private readonly Chromium chromium;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ceasefire-explorer-" + Guid.NewGuid().ToString("N"));

    public ExplorerTests(Chromium chromium)
    {
        this.chromium = chromium;
        Directory.CreateDirectory(directory);
    }

    /// <summary>The built-in statement's page as of the end of 1 June 2023 under four perspectives: all claims, one source's, each party's.</summary>
    private sealed record Subject(Evaluator Evaluator, Perspective[] Perspectives, Instant AsOf, string Html);

    private static Subject CreateBuiltIn()
    {
        var evaluator = Evaluator.Create(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);
        var mostCited = TrilateralStatement2020.Timeline.Claims.SelectMany(c => c.Sources).GroupBy(s => s.Source).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        Perspective[] perspectives = [Perspective.AllClaims, Perspective.FromSources(mostCited), Perspective.SidingWith("ARM"), Perspective.SidingWith("AZE")];
        var asOf = TrilateralStatement2020.Statement.EndOfDay(Day);
        return new Subject(evaluator, perspectives, asOf, evaluator.ToHtml(asOf, perspectives));
    }

    private sealed record Loaded(IBrowserContext Context, IPage Page, List<string> Requests, List<string> Errors, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(Context.CloseAsync());
    }

    private async Task<Loaded> Open(string html, string name = "report.html")
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, html, new UTF8Encoding(false));
        var url = new Uri(path).AbsoluteUri;
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(string.Concat(message.Type, ": ", message.Text));
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new Loaded(context, page, requests, errors, url);
    }

    private static Task<string[]> ShownStatuses(IPage page)
        => page.EvalOnSelectorAllAsync<string[]>("#cf-table tbody td.status", "cells => cells.map(c => c.getAttribute('data-status'))");

    private static async Task SetSlider(IPage page, int position)
        => await page.EvalOnSelectorAsync("#cf-day", "(e, v) => { e.value = String(v); e.dispatchEvent(new Event('input', { bubbles: true })); }", position);

    private static long[] Instants(string html)
    {
        const string Start = "<script type=\"application/json\" id=\"cf-data\">";
        var from = html.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        using var data = JsonDocument.Parse(html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)]);
        return data.RootElement.GetProperty("instants").EnumerateArray().Select(x => x.GetInt64()).ToArray();
    }

    private static string[] Expected(Subject subject, Perspective perspective, long unixMilliseconds)
        => subject.Evaluator.Evaluate(Instant.FromUnixTimeMilliseconds(unixMilliseconds), perspective).Obligations.Select(a => a.Status.ToString()).ToArray();

    [Fact]
    public async Task ToolReportHtml_OpenedFromItsOutFile_WorksOfflineAndShowsTheLibrarysStatuses()
    {
        // What a user gets from `ceasefire report --format html --out x.html`, opened as a file.
        var file = Path.Combine(directory, "from-the-tool.html");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Ceasefire.Tool.Cli.Run(["report", "--format", "html", "--as-of", "2026-11-22", "--out", file], new Ceasefire.Tool.CliContext { Out = output, Error = error });
        code.Should().Be(0, error.ToString());
        var html = await File.ReadAllTextAsync(file);

        await using var loaded = await Open(html, "from-the-tool.html");
        var last = await loaded.Page.EvalOnSelectorAsync<int>("#cf-day", "e => Number(e.max)");
        await SetSlider(loaded.Page, last);

        var statement = TrilateralStatement2020.Statement;
        var expected = statement.Evaluate(TrilateralStatement2020.Timeline, statement.EndOfDay(new LocalDate(2026, 11, 22)))
            .Obligations.Select(a => a.Status.ToString()).ToArray();
        (await ShownStatuses(loaded.Page)).Should().Equal(expected);
        loaded.Errors.Should().BeEmpty();
        loaded.Requests.Should().Equal([loaded.Url], "the tool's page loads nothing from anywhere");
    }

    [Fact]
    public async Task Open_BuiltInPage_NoConsoleErrorNoRequestButTheFileAndAScreenshot()
    {
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);

        (await loaded.Page.IsVisibleAsync("#cf-controls")).Should().BeTrue("the script ran (the page's policy admits it) and showed the controls");
        (await loaded.Page.EvaluateAsync<bool>("document.documentElement.classList.contains('js')")).Should().BeTrue();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "explorer.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await SetSlider(loaded.Page, 400);
        await loaded.Page.Locator("section.explorer").ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
        Console.WriteLine("explorer screenshot: " + screenshot);

        loaded.Errors.Should().BeEmpty();
        loaded.Requests.Should().Equal([loaded.Url], "the page loads nothing: no script, style, font or image from anywhere");
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public async Task Slider_SeveralDays_StatusesShownAreTheEvaluators()
    {
        var subject = BuiltIn.Value;
        var instants = Instants(subject.Html);
        await using var loaded = await Open(subject.Html);
        var ids = subject.Evaluator.Statement.Obligations.Select(o => o.Id).ToList();

        var atEnd = await ShownStatuses(loaded.Page);
        atEnd.Should().Equal(Expected(subject, Perspective.AllClaims, instants[^1]));
        await SetSlider(loaded.Page, 0);
        var firstDay = await ShownStatuses(loaded.Page);
        firstDay.Should().Equal(Expected(subject, Perspective.AllClaims, instants[0]));
        (await loaded.Page.TextContentAsync("#cf-day-text")).Should().Be("2020-11-10");
        var cursor = await loaded.Page.EvalOnSelectorAsync<double[]>("figure.chart[data-view='0'] line.cursor",
            "l => [+l.getAttribute('x1'), +l.getAttribute('data-left'), +l.getAttribute('data-right')]");
        cursor[0].Should().BeApproximately(cursor[1], 2, "on the first day the chart's day cursor is at the chart's start");
        firstDay[ids.IndexOf("a2-aghdam-return")].Should().NotBe(atEnd[ids.IndexOf("a2-aghdam-return")], "Aghdam was returned on 20 November 2020, after the first day");
        foreach (var position in new[] { 5, 10, 11, 37, 120, 365, 500, instants.Length / 2, instants.Length - 2 })
        {
            await SetSlider(loaded.Page, position);
            (await ShownStatuses(loaded.Page)).Should().Equal(Expected(subject, Perspective.AllClaims, instants[position]), "at position {0}", position);
        }

        await SetSlider(loaded.Page, instants.Length - 1);
        (await loaded.Page.EvalOnSelectorAsync<double>("figure.chart[data-view='0'] line.cursor", "l => +l.getAttribute('x1')")).Should().BeApproximately(cursor[2], 0.01);
        loaded.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Slider_Keyboard_HomeThenArrowsMoveByDays()
    {
        var subject = BuiltIn.Value;
        var instants = Instants(subject.Html);
        await using var loaded = await Open(subject.Html);

        await loaded.Page.FocusAsync("#cf-day");
        await loaded.Page.Keyboard.PressAsync("Home");
        await loaded.Page.Keyboard.PressAsync("ArrowRight");
        await loaded.Page.Keyboard.PressAsync("ArrowRight");

        (await loaded.Page.InputValueAsync("#cf-day")).Should().Be("2");
        (await loaded.Page.TextContentAsync("#cf-day-text")).Should().Be("2020-11-12");
        (await loaded.Page.GetAttributeAsync("#cf-day", "aria-valuetext")).Should().Be("2020-11-12");
        (await ShownStatuses(loaded.Page)).Should().Equal(Expected(subject, Perspective.AllClaims, instants[2]));
    }

    [Fact]
    public async Task Perspective_Switched_ChangesExactlyTheCellsTheLibrarySays()
    {
        var subject = BuiltIn.Value;
        var instants = Instants(subject.Html);
        await using var loaded = await Open(subject.Html);
        var position = 400;
        await SetSlider(loaded.Page, position);
        var before = await ShownStatuses(loaded.Page);
        var changedSomewhere = false;

        for (var v = 1; v < subject.Perspectives.Length; v++)
        {
            await loaded.Page.SelectOptionAsync("#cf-axis-perspective", v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var after = await ShownStatuses(loaded.Page);
            var expected = Expected(subject, subject.Perspectives[v], instants[position]);
            after.Should().Equal(expected, "under {0}", subject.Perspectives[v].Name);
            var libraryChanged = Enumerable.Range(0, expected.Length).Where(i => expected[i] != Expected(subject, Perspective.AllClaims, instants[position])[i]);
            Enumerable.Range(0, after.Length).Where(i => after[i] != before[i]).Should().Equal(libraryChanged);
            changedSomewhere |= libraryChanged.Any();
            (await loaded.Page.TextContentAsync("#cf-caption-view")).Should().Be(subject.Perspectives[v].Name);
            (await loaded.Page.IsVisibleAsync($"figure.chart[data-view=\"{v}\"]")).Should().BeTrue();
            (await loaded.Page.IsVisibleAsync("figure.chart[data-view=\"0\"]")).Should().BeFalse();
        }

        changedSomewhere.Should().BeTrue("some perspective must differ from all claims on that day, or the check proves nothing");
        loaded.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Rendering_Switched_AghdamChangesOn1December2020AsTheLibrarySays()
    {
        const string Label = "Azerbaijani MFA English";
        var statement = TrilateralStatement2020.Statement;
        var timeline = TrilateralStatement2020.Timeline;
        var evaluator = Evaluator.Create(statement, timeline);
        var html = evaluator.ToHtml(statement.EndOfDay(new LocalDate(2021, 1, 31)), statement.ReadingLabels, Perspective.AllClaims);
        var instants = Instants(html);
        var day = statement.EndOfDay(new LocalDate(2020, 12, 1));
        var position = Array.IndexOf(instants, day.ToUnixTimeMilliseconds());
        position.Should().BePositive("the slider has a position for the end of 1 December 2020");
        string[] Library(Statement s) => Evaluator.Create(s, timeline).Evaluate(day).Obligations.Select(a => a.Status.ToString()).ToArray();
        var primary = Library(statement);
        var reading = Library(statement.WithReading(Label));
        var aghdam = evaluator.Evaluate(day).Obligations.Select(a => a.ObligationId).ToList().IndexOf("a2-aghdam-return");
        reading[aghdam].Should().NotBe(primary[aghdam], "the rendering must change Aghdam's status that day, or the check proves nothing");

        await using var loaded = await Open(html, "readings.html");
        await SetSlider(loaded.Page, position);
        var before = await ShownStatuses(loaded.Page);
        before.Should().Equal(primary);
        var option = (statement.ReadingLabels.IndexOf(Label) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await loaded.Page.SelectOptionAsync("#cf-axis-reading", option);
        var after = await ShownStatuses(loaded.Page);
        after.Should().Equal(reading);
        after[aghdam].Should().NotBe(before[aghdam]);
        Enumerable.Range(0, after.Length).Where(i => after[i] != before[i])
            .Should().Equal(Enumerable.Range(0, reading.Length).Where(i => reading[i] != primary[i]));
        (await loaded.Page.TextContentAsync("#cf-caption-view")).Should().Be(Perspective.AllClaims.Name + ", " + Label);
        (await loaded.Page.IsVisibleAsync($"p.note[data-view=\"{option}\"]")).Should().BeTrue("a note says the matrix and charts show the primary text");
        (await loaded.Page.IsVisibleAsync("figure.chart[data-view=\"0\"]")).Should().BeFalse();

        await loaded.Page.SelectOptionAsync("#cf-axis-reading", "0");
        (await ShownStatuses(loaded.Page)).Should().Equal(primary);
        loaded.Errors.Should().BeEmpty();
        loaded.Requests.Should().Equal([loaded.Url]);
    }

    [Fact]
    public async Task Keyboard_TabReachesEveryObligationAndEnterOpensItsExplanation()
    {
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);
        var page = loaded.Page;
        var reached = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < 400 && reached.Count < subject.Evaluator.Statement.Obligations.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("document.activeElement && document.activeElement.matches('a.ob') ? document.activeElement.getAttribute('href') : null");
            if (href is not null)
            {
                reached.Add(href);
            }
        }

        reached.Should().BeEquivalentTo(subject.Evaluator.Statement.Obligations.Select(o => "#ob-" + o.Id));
        await page.FocusAsync("a.ob[href='#ob-a2-aghdam-return']");
        (await page.EvaluateAsync<bool>("document.getElementById('ob-a2-aghdam-return').open")).Should().BeFalse();
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<bool>("document.getElementById('ob-a2-aghdam-return').open")).Should().BeTrue();
        (await page.EvaluateAsync<bool>("document.activeElement === document.querySelector('#ob-a2-aghdam-return > summary')")).Should().BeTrue("focus moves to the opened explanation");
        var section = await page.TextContentAsync("#ob-a2-aghdam-return");
        section.Should().Contain("Claims used").And.Contain("all claims");
        (await page.EvalOnSelectorAllAsync<string[]>("details a[href]", "links => links.map(a => a.rel)")).Should().NotBeEmpty()
            .And.OnlyContain(rel => rel.Contains("noopener", StringComparison.Ordinal) && rel.Contains("noreferrer", StringComparison.Ordinal), "source links pass no opener and no referrer");
        await page.ClickAsync("a.ob[href='#ob-a6-kelbajar-return']");
        (await page.EvaluateAsync<bool>("document.getElementById('ob-a6-kelbajar-return').open")).Should().BeTrue("a click opens it too");
        loaded.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task HostileText_InEveryField_NoScriptRunsAndTheTextIsShown()
    {
        var html = Hostile.Page();
        await using var loaded = await Open(html, "hostile.html");
        var page = loaded.Page;

        for (var position = 0; position < 40; position += 3)
        {
            await SetSlider(page, position);
        }

        await page.SelectOptionAsync("#cf-axis-perspective", "1");
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        foreach (var link in await page.QuerySelectorAllAsync("a.ob"))
        {
            await link.ClickAsync();
        }

        (await page.EvaluateAsync<bool>("typeof window.cfPwned === 'undefined'")).Should().BeTrue("no payload ran");
        (await page.EvaluateAsync<int>("Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length")).Should().Be(0);
        (await page.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed, script[src]').length")).Should().Be(0);
        (await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))"))
            .Should().OnlyContain(h => h.StartsWith('#') || h.StartsWith("http://", StringComparison.Ordinal) || h.StartsWith("https://", StringComparison.Ordinal));
        var text = await page.InnerTextAsync("body");
        text.Should().Contain(Hostile.Script).And.Contain(Hostile.Handler).And.Contain(Hostile.JavaScriptUrl);
        loaded.Requests.Should().Equal([loaded.Url]);
        loaded.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Axe_BuiltInPageEverySectionOpen_NoViolations()
    {
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);
        var page = loaded.Page;
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");

        foreach (var view in new[] { "0", "3" })
        {
            await page.SelectOptionAsync("#cf-axis-perspective", view);
            await SetSlider(page, 300);
            var result = await page.RunAxe();

            result.Violations.Should().BeEmpty("axe-core {0} found: {1}", result.TestEngine.Version,
                string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")));
            result.Passes.Should().Contain(p => p.Id == "color-contrast", "contrast was checked, not skipped");
        }
    }

    [Fact]
    public async Task AxeCoreFromTheNpmRegistry_BuiltInPage_NoSeriousOrCriticalViolation()
    {
        // .ci/run-browser fetches axe-core with `npm pack axe-core` and points CEASEFIRE_AXE_CORE at its axe.min.js.
        var axe = Environment.GetEnvironmentVariable("CEASEFIRE_AXE_CORE");
        axe.Should().NotBeNullOrEmpty("this test runs axe-core as published on the npm registry: run .ci/run-browser, or `npm pack axe-core`, unpack it and set CEASEFIRE_AXE_CORE to package/axe.min.js");
        File.Exists(axe).Should().BeTrue("CEASEFIRE_AXE_CORE names {0}", axe);
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);
        var page = loaded.Page;
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe!));

        var version = await page.EvaluateAsync<string>("() => axe.version");
        var serious = await page.EvaluateAsync<string[]>(
            "async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.html).join(' | '))");

        version.Should().NotBeNullOrEmpty();
        serious.Should().BeEmpty("axe-core {0} from the npm registry found serious or critical violations", version);
        loaded.Requests.Should().Equal([loaded.Url]);
    }

    [Fact]
    public async Task Contrast_EveryStatusBadgeAndCell_AtLeastWcagAa()
    {
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);
        var page = loaded.Page;
        await SetSlider(page, 0);

        // Every text colour against each of its background's colours (both stripes of a hatched status).
        const string Script = """
            () => {
              const parse = s => (s.match(/rgba?\([^)]*\)/g) || []).map(c => c.match(/[\d.]+/g).map(Number));
              const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              return Array.from(document.querySelectorAll('.status')).map(e => {
                const style = getComputedStyle(e);
                const backgrounds = parse(style.backgroundImage).concat(style.backgroundImage === 'none' ? parse(style.backgroundColor) : []);
                const ink = parse(style.color)[0];
                return [e.textContent, Math.min(...backgrounds.map(b => ratio(ink, b)))];
              });
            }
            """;
        var ratios = await page.EvaluateAsync<JsonElement>(Script);

        var list = ratios.EnumerateArray().Select(x => (Text: x[0].GetString()!, Ratio: x[1].GetDouble())).ToList();
        list.Should().HaveCountGreaterThan(50);
        list.Select(x => x.Text).Should().Contain(t => t.Contains("Fulfilled", StringComparison.Ordinal)).And.Contain(t => t.Contains("Disputed", StringComparison.Ordinal), "a hatched status is checked against both its stripes");
        list.Where(x => x.Ratio < 4.5).Should().BeEmpty("every status text meets WCAG AA (4.5:1)");
    }

    [Fact]
    public async Task Print_ControlsHiddenStatusesKeepTheirNames()
    {
        var subject = BuiltIn.Value;
        await using var loaded = await Open(subject.Html);
        var page = loaded.Page;

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.IsVisibleAsync("#cf-controls")).Should().BeFalse();
        (await page.IsVisibleAsync("#cf-table")).Should().BeTrue();
        (await page.InnerTextAsync("#cf-table")).Should().Contain("Fulfilled");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        pdf.Length.Should().BeGreaterThan(10_000);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }
}
