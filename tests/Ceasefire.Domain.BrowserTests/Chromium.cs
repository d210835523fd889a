using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Ceasefire.Domain.BrowserTests;

/// <summary>
/// One headless Chromium for the whole test class: Debian's <c>/usr/bin/chromium</c> (or <c>CEASEFIRE_CHROMIUM</c>),
/// started by Playwright with its own browser download never used. Without Chromium every test fails with a message
/// saying how to install it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Why Chromium could not start, or null when it did.</summary>
    public string? Problem { get; private set; }

    public IBrowser Browser => browser ?? throw new InvalidOperationException(Problem);

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CEASEFIRE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var candidate in Candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public async Task InitializeAsync()
    {
        var path = Find();
        if (path is null)
        {
            Problem = "Chromium not found (looked at CEASEFIRE_CHROMIUM when set, else " + string.Join(", ", Candidates) + "). These browser tests need a real Chromium: "
                + "on Debian run `apt-get update && apt-get install -y chromium` (or `bash .ci/run-browser`, which installs it and runs them), "
                + "or set CEASEFIRE_CHROMIUM to a Chromium or Chrome executable.";
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                // The machine's network is closed: without these Chromium's own background connections fail noisily.
                Args = new List<string>
                {
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                },
            });
        }
        catch (PlaywrightException e)
        {
            Problem = string.Concat("Chromium at ", path, " did not start under Playwright: ", e.Message);
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
