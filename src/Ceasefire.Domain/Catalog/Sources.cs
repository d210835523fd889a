namespace Ceasefire.Domain.Catalog;

/// <summary>The documents the built-in data cites, by the names used in <see cref="Citation.Source"/>.</summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class Sources
{
    /// <summary>Armenian outlet's article-by-article analysis (late 2024) with the English text of the statement from the Armenian Prime Minister's website.</summary>
    public const string Seed000 = "000_3fdbbacc57461726.txt";

    /// <summary>AVIM (Ankara) analysis "One year after the liberation of Karabakh" (November 2021).</summary>
    public const string Seed001 = "001_c37d971bb9393cab.txt";

    /// <summary>Web mirror of the encyclopedia article "2020 Nagorno-Karabakh ceasefire agreement" (about late 2021).</summary>
    public const string Seed002 = "002_abd292481f5c1753.txt";

    /// <summary>Later revision of the same encyclopedia article, with infobox (about 2023).</summary>
    public const string Seed003 = "003_972e9ba7447b0314.txt";

    /// <summary>Compiled article with commentary on the legal status of the statement (about 2021).</summary>
    public const string Seed004 = "004_ae735be57041eb1b.txt";

    /// <summary>The project's research note on translations, follow-up statements and events after the seeds (docs/sources/timeline-after-2024.md).</summary>
    public const string ResearchNote = "timeline-after-2024.md";

    /// <summary>The English text on the Armenian Prime Minister's website (10 November 2020).</summary>
    public const string ArmenianPrimeMinister = "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement";

    /// <summary>The Azerbaijani foreign ministry's English/Russian page (Belgrade embassy).</summary>
    public const string AzerbaijaniForeignMinistry = "https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru";

    /// <summary>The Russian foreign ministry's English rendering, as republished.</summary>
    public const string RussianForeignMinistry = "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/";

    /// <summary>The PA-X Peace Agreements Database entry (agreement 2324).</summary>
    public const string PeaceAgreementsDatabase = "https://pax.peaceagreements.org/agreements/2324";
}
