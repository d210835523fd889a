using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Ceasefire.Domain.Tests.Properties;

/// <summary>A generated statement with a timeline of valid claims about it.</summary>
internal sealed record Case(Statement Statement, Timeline Timeline)
{
    public override string ToString()
        => string.Concat(Statement.Title, " in ", Statement.TimeZone.Id, ", effective ", Statement.EffectiveFrom.ToString(), ", ",
            Statement.Obligations.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), " obligations: ",
            string.Join(", ", Statement.Obligations.Select(o => string.Concat(o.Id, " ", o.PerformanceKind.ToString(), " ", o.Deadline.ToString()))),
            "; claims: ", string.Join(" | ", Timeline.Claims.Select(c => string.Concat(c.Id, " ", c.ToString()))));
}

/// <summary>
/// FsCheck generators of valid statements (actors, places, articles whose text contains each obligation's basis,
/// obligations of every deontic and performance kind with every deadline shape) and of valid timelines about them.
/// Every generated value is built through the public builders, so a generator bug shows up as a validation failure.
/// </summary>
internal static class CeasefireGen
{
    public static readonly string[] Zones = ["Europe/Moscow", "Europe/Berlin", "America/New_York", "Asia/Baku", "Asia/Yerevan", "Etc/UTC", "Australia/Lord_Howe"];

    /// <summary>User text that exercises escaping and encoding: quotes, markup, scripts of the region, emoji, control characters.</summary>
    public static readonly string[] TextPool =
    [
        "plain words",
        "Kelbajar / Kalbajar / Karvachar",
        "Շուշի / Şuşa / Шуша",
        "\"quoted\" and 'single' and `back`",
        "<b>bold</b> & &amp; entities",
        "emoji \U0001F54A peace",
        "back\\slash and /slash",
        "line one\nline two\ttabbed",
        "  padded  ",
        "zero\u200bwidth and \u00a0nbsp",
        "العربية RTL",
        "=1+2 formula-looking",
        "ctl \u0001 char",
        "50% | pipes | and *stars*",
    ];

    public static readonly string[] SourcePool = ["doc-a.txt", "doc-b.txt", "https://example.org/a?x=1&y=2", "https://example.net/b", "seed 003.txt"];

    private static readonly string[] ActorIds = ["A", "party-b", "C_3", "4.d"];

    private static readonly Period[] Periods =
        [Period.FromDays(1), Period.FromDays(3), Period.FromHours(36), Period.FromMonths(1), Period.FromMonths(2) + Period.FromDays(10), Period.FromYears(1), Period.FromYears(1) + Period.FromMonths(6), Period.FromYears(3)];

    private static readonly Period[] TermPeriods = [Period.FromMonths(6), Period.FromYears(1), Period.FromYears(5)];

    private static readonly Period[] NoticePeriods = [Period.Zero, Period.FromMonths(1), Period.FromMonths(3)];

    public static Gen<string> Text { get; } =
        from n in Gen.Choose(1, 3)
        from parts in Gen.Elements(TextPool).ArrayOf(n)
        select string.Join(" ", parts);

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)));

    public static Gen<Statement> Statement { get; } = StatementGen();

    public static Gen<Case> Case { get; } = from s in Statement from t in TimelineFor(s) select new Case(s, t);

    public static Arbitrary<Case> CaseArb { get; } = Arb.From(Case);

    public static Arbitrary<Statement> StatementArb { get; } = Arb.From(Statement);

    private static Gen<T[]> SubsetOf<T>(T[] items, int min)
        => from mask in Gen.Choose(0, (1 << items.Length) - 1).Where(m => BitCount(m) >= Math.Min(min, items.Length))
           select items.Where((_, i) => (mask & (1 << i)) != 0).ToArray();

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);

    private static Gen<Citation> Citation { get; } = from source in Gen.Elements(SourcePool) from locator in Text select new Citation(source, locator);

    private static Gen<Statement> StatementGen()
        => from zoneId in Gen.Elements(Zones)
           from signed in Gen.Choose(0, 365 * 25).Select(d => new LocalDate(2000, 1, 1).PlusDays(d))
           from effectiveDays in Gen.Choose(0, 3)
           from effectiveMinutes in Gen.Choose(0, (24 * 60) - 1)
           from effectiveLocally in Gen.Elements(true, false)
           from title in Text
           from actorCount in Gen.Choose(1, ActorIds.Length)
           from actors in Gen.CollectToArray(Enumerable.Range(0, actorCount), i => ActorGen(i))
           from placeCount in Gen.Choose(0, 2)
           from places in Gen.CollectToArray(Enumerable.Range(0, placeCount), PlaceGen)
           from articleShape in Gen.Choose(1, 3).SelectMany(n => Gen.Choose(0, 3).ArrayOf(n))
           from numberOffset in Gen.Choose(1, 3)
           from reversed in Gen.Elements(true, false)
           from sources in Citation.ArrayOf().Select(a => a.Take(2).ToArray())
           from crossReferences in CrossReferenceGen.ArrayOf().Select(a => a.Take(2).ToArray())
           let zone = DateTimeZoneProviders.Tzdb[zoneId]
           let effectiveLocal = Unique(zone, signed.PlusDays(effectiveDays).At(LocalTime.Midnight).PlusMinutes(effectiveMinutes))
           let context = new DeadlineContext(zone, zone.AtStrictly(effectiveLocal).ToInstant())
           let shape = Shape(articleShape, numberOffset)
           from articles in Gen.CollectToArray(shape, a => ArticleGen(a, shape, actors.Select(x => x.Id).ToArray(), places.Select(p => p.Id).ToArray(), context))
           select BuildStatement(title, signed, zone, effectiveLocal, effectiveLocally, actors, places, reversed ? articles.Reverse().ToArray() : articles, sources, crossReferences);

    private static Statement BuildStatement(string title, LocalDate signed, DateTimeZone zone, LocalDateTime effective, bool effectiveLocally,
        ActorState[] actors, PlaceState[] places, ArticleState[] articles, Citation[] sources, CrossReference[] crossReferences)
    {
        var b = Domain.Statement.CreateBuilder(title).SignedOn(signed).InTimeZone(zone);
        if (effectiveLocally)
        {
            b.EffectiveAt(effective);
        }
        else
        {
            b.EffectiveFrom(zone.AtStrictly(effective).ToInstant());
        }

        foreach (var a in actors)
        {
            b.State.Actors.Add(a);
        }

        foreach (var p in places)
        {
            b.State.Places.Add(p);
        }

        foreach (var a in articles)
        {
            b.State.Articles.Add(a);
        }

        foreach (var s in sources)
        {
            b.State.Sources.Add(CitationDto.From(s));
        }

        foreach (var c in crossReferences)
        {
            b.State.CrossReferences.Add(CrossReferenceDto.From(c));
        }

        return b.Build();
    }

    /// <summary>The first local date-time at or after <paramref name="local"/> (in 15-minute steps) that exists exactly once in the zone.</summary>
    public static LocalDateTime Unique(DateTimeZone zone, LocalDateTime local)
    {
        while (zone.MapLocal(local).Count != 1)
        {
            local = local.PlusMinutes(15);
        }

        return local;
    }

    private sealed record ArticleShape(int Number, string[] ObligationIds);

    private static ArticleShape[] Shape(int[] counts, int offset)
    {
        var result = new ArticleShape[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var number = (i * 2) + offset;
            var count = i == 0 ? Math.Max(1, counts[i]) : counts[i];
            result[i] = new ArticleShape(number, Enumerable.Range(0, count).Select(j => string.Concat("o", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", j.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        }

        return result;
    }

    private static Gen<ActorState> ActorGen(int index)
        => from name in Text
           from roles in Gen.Choose(0, 63)
           from aliases in Text.ArrayOf().Select(a => a.Take(2).ToArray())
           from parent in index == 0 ? Gen.Constant<string?>(null) : Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Choose(0, index - 1).Select(p => (string?)ActorIds[p])))
           from description in OptionalText
           select Actor(ActorIds[index], name, (ActorRoles)roles, aliases, parent, description);

    private static ActorState Actor(string id, string name, ActorRoles roles, string[] aliases, string? parent, string? description)
    {
        var a = new ActorState { Id = id, Name = name, ParentId = parent, Description = description };
        RoleNames.Add(a.Roles, roles);
        a.Aliases.AddRange(aliases);
        return a;
    }

    private static Gen<PlaceState> PlaceGen(int index)
        => from name in Text
           from usage in Text
           from aliasCount in Gen.Choose(0, 2)
           from aliasUsages in Text.ArrayOf(aliasCount)
           select Place(index, name, usage, aliasUsages);

    private static PlaceState Place(int index, string name, string usage, string[] aliasUsages)
    {
        var p = new PlaceState { Id = string.Concat("place-", index.ToString(System.Globalization.CultureInfo.InvariantCulture)), Name = name, NameUsage = usage };
        for (var i = 0; i < aliasUsages.Length; i++)
        {
            p.Aliases.Add(PlaceNameDto.From(new PlaceName(string.Concat(name, " (", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ")"), aliasUsages[i])));
        }

        return p;
    }

    private static Gen<CrossReference> CrossReferenceGen { get; } =
        from catalogue in Gen.Elements("PA-X", "UCDP", "Peace Accords Matrix")
        from id in Gen.Choose(1, 9999)
        from withUrl in Gen.Elements(true, false)
        select new CrossReference(catalogue, id.ToString(System.Globalization.CultureInfo.InvariantCulture), withUrl ? "https://example.org/agreements/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    private static Gen<ArticleState> ArticleGen(ArticleShape shape, ArticleShape[] all, string[] actorIds, string[] placeIds, DeadlineContext context)
        => from filler in Text
           from obligations in Gen.CollectToArray(shape.ObligationIds, id => ObligationGen(id, all.SelectMany(a => a.ObligationIds).Where(x => x != id).ToArray(), actorIds, placeIds, context))
           from variantCount in Gen.Choose(0, 1)
           from variants in Gen.CollectToArray(Enumerable.Range(0, variantCount), _ => VariantGen(shape.ObligationIds, context))
           select Article(shape.Number, filler, obligations, variants);

    private static ArticleState Article(int number, string filler, ObligationBuilder[] obligations, TextVariantState[] variants)
    {
        var text = string.Concat(filler, " ", string.Join(" ", obligations.Select(o => o.State.Basis + ".")));
        var a = new ArticleState { Number = number, Text = text };
        foreach (var o in obligations)
        {
            a.Obligations.Add(o.State);
        }

        foreach (var v in variants)
        {
            a.Variants.Add(v);
        }

        return a;
    }

    private static Gen<TextVariantState> VariantGen(string[] obligationIds, DeadlineContext context)
        => from label in Text
           from text in Text
           from language in Gen.Elements<string?>(null, "ru", "hy", "az")
           from sources in Citation.NonEmptyListOf().Select(l => l.Take(2).ToArray())
           from readings in SubsetOf(obligationIds, 0)
           from readingDays in Gen.Choose(1, 400)
           select Variant(label, text, language, sources, readings, context.EffectiveFrom.InZone(context.Zone).Date.PlusDays(readingDays));

    private static TextVariantState Variant(string label, string text, string? language, Citation[] sources, string[] readings, LocalDate readingDate)
    {
        var v = new TextVariantState { Label = label, Text = text, Language = language };
        foreach (var s in sources)
        {
            v.Sources.Add(CitationDto.From(s));
        }

        foreach (var id in readings)
        {
            v.DeadlineReadings.Add(DeadlineReadingDto.From(new DeadlineReading(id, Deadline.By(readingDate))));
        }

        return v;
    }

    private static Gen<ObligationBuilder> ObligationGen(string id, string[] otherIds, string[] actorIds, string[] placeIds, DeadlineContext context)
        => from unnamed in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
           from obligors in SubsetOf(actorIds, 1)
           from beneficiaries in SubsetOf(actorIds, 0)
           from deontic in Gen.Elements(DeonticKind.Obligation, DeonticKind.Prohibition, DeonticKind.Permission, DeonticKind.Power)
           from shape in Gen.Choose(0, 7)
           from performance in Gen.Elements(PerformanceKind.OneOff, PerformanceKind.Continuous, PerformanceKind.OpenEndedProgress)
           from days in Gen.Choose(0, 800)
           from hours in Gen.Choose(1, 24 * 400)
           from period in Gen.Elements(Periods)
           from term in Gen.Elements(TermPeriods)
           from renewal in Gen.Elements(TermPeriods)
           from notice in Gen.Elements(NoticePeriods)
           from extraCondition in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
           from otherCondition in Gen.Elements(true, false)
           from description in Text
           from basisText in Text
           from quantities in Gen.Choose(0, 100000).Zip(Text).ArrayOf().Select(a => a.Take(2).ToArray())
           from parallel in SubsetOf(otherIds.Take(4).ToArray(), 0)
           from places in SubsetOf(placeIds, 0)
           select Obligation(id, unnamed, obligors, beneficiaries, deontic, shape, performance, days, hours, period, term, renewal, notice,
               extraCondition, otherCondition, description, basisText, quantities, parallel, places, context);

    private static ObligationBuilder Obligation(string id, bool unnamed, string[] obligors, string[] beneficiaries, DeonticKind deontic, int shape,
        PerformanceKind performance, int days, int hours, Period period, Period term, Period renewal, Period notice, bool extraCondition,
        bool otherCondition, string description, string basisText, (int, string)[] quantities, string[] parallel, string[] places, DeadlineContext context)
    {
        var o = new ObligationBuilder(new ObligationState { Id = id, DeonticKind = deontic, PerformanceKind = performance, Description = description });
        if (unnamed)
        {
            o.OwedByUnnamed();
        }
        else
        {
            o.OwedBy(obligors);
        }

        o.OwedTo(beneficiaries);
        var effective = context.EffectiveFrom.InZone(context.Zone);
        var condition = otherCondition ? new Condition(ConditionKind.Other, "upon a joint decision") : Condition.AgreementBetweenParties;
        switch (shape)
        {
            case 1:
                o.DueBy(effective.Date.PlusDays(days));
                break;
            case 2:
                o.DueBefore(effective.Date.PlusDays(days + 1));
                break;
            case 3:
                o.Due(Deadline.At(context.EffectiveFrom.Plus(Duration.FromHours(hours))));
                break;
            case 4:
                o.Due(Deadline.At(Unique(context.Zone, effective.LocalDateTime.PlusHours(hours))));
                break;
            case 5:
                o.DueWithin(period);
                break;
            case 6:
                o.Upon(condition).DueWithin(period, DeadlineAnchor.ConditionMet);
                break;
            case 7:
                o.RenewableTerm(term, renewal, notice);
                break;
            default:
                break;
        }

        if (extraCondition && o.State.Condition is null)
        {
            o.Upon(condition);
        }

        // The basis is unique to the obligation, so it appears in the article text exactly where the generator put it.
        o.Quoting(string.Concat("[", id, "] shall ", basisText));
        foreach (var (value, unit) in quantities)
        {
            o.Counting(value / 100m, unit);
        }

        o.InParallelWith(parallel);
        o.Concerning(places);
        return o;
    }

    /// <summary>A timeline of valid claims of every kind about the statement.</summary>
    public static Gen<Timeline> TimelineFor(Statement statement)
        => from count in Gen.Choose(0, 10)
           from claims in Gen.CollectToArray(Enumerable.Range(0, count), i => ClaimGen(statement, i))
           select BuildTimeline(statement, claims);

    private static Timeline BuildTimeline(Statement statement, ClaimState[] claims)
    {
        var b = Domain.Timeline.CreateBuilder(statement);
        foreach (var c in claims)
        {
            b.Claims.Add(c);
        }

        return b.Build();
    }

    public static string ClaimId(int index) => string.Concat(index % 2 == 0 ? "c" : "claim-", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The kinds a claim about the statement may have (some need an obligation of a particular shape).</summary>
    private static ClaimKind[] KindsFor(Statement s, int index)
    {
        var kinds = new List<ClaimKind>
        {
            ClaimKind.Performed, ClaimKind.Performed, ClaimKind.PartlyPerformed, ClaimKind.Breached, ClaimKind.Breached,
            ClaimKind.BreachEnded, ClaimKind.Terminated, ClaimKind.InForceAffirmed, ClaimKind.Suspended,
            ClaimKind.Incident, ClaimKind.ComplianceAttested, ClaimKind.ComplianceAttested, ClaimKind.ObsoleteAsserted,
        };
        if (Extendable(s).Length > 0)
        {
            kinds.Add(ClaimKind.DeadlineExtended);
            kinds.Add(ClaimKind.DeadlineExtended);
        }

        if (s.Obligations.Any(o => o.Condition is not null))
        {
            kinds.Add(ClaimKind.ConditionMet);
        }

        if (s.Obligations.Any(o => o.PerformanceKind == PerformanceKind.Term))
        {
            kinds.Add(ClaimKind.NoticeGiven);
        }

        if (index > 0)
        {
            kinds.Add(ClaimKind.Denied);
            kinds.Add(ClaimKind.Denied);
        }

        return [.. kinds];
    }

    /// <summary>Obligations with a fixed due instant, which a deadline extension can extend.</summary>
    public static string[] Extendable(Statement s)
        => s.Obligations.Where(o => o.PerformanceKind != PerformanceKind.Term && o.Deadline.DueInstant(s.DeadlineContext) is not null).Select(o => o.Id).ToArray();

    public static Gen<ClaimDate> ClaimDateGen(Statement s)
    {
        var start = s.EffectiveFrom.InZone(s.TimeZone).Date.PlusDays(-60);
        return from precision in Gen.Elements(DatePrecision.Instant, DatePrecision.Day, DatePrecision.Day, DatePrecision.Month, DatePrecision.Year, DatePrecision.Range)
               from offset in Gen.Choose(0, 365 * 4)
               from minutes in Gen.Choose(0, (24 * 60) - 1)
               from span in Gen.Choose(1, 90)
               from quantifier in Gen.Elements(DateQuantifier.Within, DateQuantifier.Within, DateQuantifier.Throughout)
               let day = start.PlusDays(offset)
               select (precision switch
               {
                   DatePrecision.Instant => ClaimDate.At(s.EffectiveFrom.Plus(Duration.FromDays(offset - 60)).Plus(Duration.FromMinutes(minutes))),
                   DatePrecision.Month => ClaimDate.InMonth(day.Year, day.Month),
                   DatePrecision.Year => ClaimDate.InYear(day.Year),
                   DatePrecision.Range => ClaimDate.Between(day, day.PlusDays(span)),
                   _ => ClaimDate.On(day),
               }).WithQuantifier(quantifier);
    }

    public static Gen<Claimant> ClaimantGen(Statement s)
    {
        var actors = s.Actors.Select(a => a.Id).ToArray();
        return from name in Text
               from shape in Gen.Choose(0, 3)
               from actor in Gen.Elements(actors)
               from side in Gen.Elements(actors)
               select shape switch
               {
                   0 => new Claimant(name),
                   1 => new Claimant(name, actor),
                   2 => new Claimant(name, null, side),
                   _ => new Claimant(name, actor, side),
               };
    }

    public static Gen<ClaimState> ClaimGen(Statement s, int index)
        => from kind in Gen.Elements(KindsFor(s, index))
           from c in ClaimOfKind(s, index, kind)
           select c;

    public static Gen<ClaimState> ClaimOfKind(Statement s, int index, ClaimKind kind)
    {
        var all = s.Obligations.Select(o => o.Id).ToArray();
        var actors = s.Actors.Select(a => a.Id).ToArray();
        var conditional = s.Obligations.Where(o => o.Condition is not null).Select(o => o.Id).ToArray();
        var terms = s.Obligations.Where(o => o.PerformanceKind == PerformanceKind.Term).Select(o => o.Id).ToArray();
        var extendable = Extendable(s);
        var earlier = Enumerable.Range(0, index).Select(ClaimId).ToArray();
        Gen<string[]> obligations = kind switch
        {
            ClaimKind.InForceAffirmed or ClaimKind.ObsoleteAsserted => Gen.Constant(Array.Empty<string>()),
            ClaimKind.Terminated => Gen.Frequency((1, Gen.Constant(Array.Empty<string>())), (3, SubsetOf(all, 1).Select(a => a.Take(2).ToArray()))),
            ClaimKind.PartlyPerformed => Gen.Elements(all).Select(id => new[] { id }),
            ClaimKind.DeadlineExtended => Gen.Elements(extendable).Select(id => new[] { id }),
            ClaimKind.ConditionMet => SubsetOf(conditional, 1).Select(a => a.Take(2).ToArray()),
            ClaimKind.NoticeGiven => Gen.Elements(terms).Select(id => new[] { id }),
            _ => SubsetOf(all, 1).Select(a => a.Take(2).ToArray()),
        };
        return from ids in obligations
               from date in ClaimDateGen(s)
               from knownAfter in Gen.Choose(0, 500)
               from hasEnd in Gen.Elements(true, false)
               from endAfter in Gen.Choose(1, 300)
               from claimant in ClaimantGen(s)
               from actedBy in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Elements(actors).Select(a => (string?)a)))
               from sources in Citation.NonEmptyListOf().Select(l => l.Take(2).ToArray())
               from summary in Text
               from quantity in Gen.Choose(0, 500)
               from withQuantity in Gen.Elements(true, false)
               from extensionDays in Gen.Choose(1, 200)
               from extensionAsDate in Gen.Elements(true, false)
               from requestedBy in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Elements(actors).Select(a => (string?)a)))
               from agreedBy in SubsetOf(actors, 0)
               from reason in Gen.Elements(TerminationReason.NoticeAndExpiry, TerminationReason.Agreement, TerminationReason.EarlyWithdrawal, TerminationReason.Superseded, TerminationReason.Lapsed)
               from contradicts in earlier.Length == 0 ? Gen.Constant(Array.Empty<string>()) : SubsetOf(earlier.TakeLast(4).ToArray(), kind == ClaimKind.Denied ? 1 : 0)
               from contradictsToo in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
               select Claim(s, index, kind, ids, date, knownAfter, hasEnd, endAfter, claimant, actedBy, sources, summary, quantity, withQuantity,
                   extensionDays, extensionAsDate, requestedBy, agreedBy, reason, kind == ClaimKind.Denied || contradictsToo ? contradicts : []);
    }

    private static ClaimState Claim(Statement s, int index, ClaimKind kind, string[] ids, ClaimDate date, int knownAfter, bool hasEnd, int endAfter,
        Claimant claimant, string? actedBy, Citation[] sources, string summary, int quantity, bool withQuantity, int extensionDays, bool extensionAsDate,
        string? requestedBy, string[] agreedBy, TerminationReason reason, string[] contradicts)
    {
        var c = new ClaimState
        {
            Id = ClaimId(index),
            Kind = kind,
            Date = ClaimDateDto.From(date),
            Claimant = ClaimantDto.From(claimant),
            ActorId = actedBy ?? (kind == ClaimKind.NoticeGiven ? s.Actors[0].Id : null),
            KnownOn = date.First.PlusDays(knownAfter),
            Summary = summary,
        };
        foreach (var id in ids)
        {
            c.ObligationIds.Add(id);
        }

        foreach (var source in sources)
        {
            c.Sources.Add(CitationDto.From(source));
        }

        foreach (var id in contradicts)
        {
            (c.Contradicts ??= []).Add(id);
        }

        if (hasEnd && kind is ClaimKind.Breached or ClaimKind.Suspended or ClaimKind.ComplianceAttested)
        {
            c.End = ClaimDateDto.From(ClaimDate.On(date.Last.PlusDays(endAfter)));
        }

        if (withQuantity && kind == ClaimKind.PartlyPerformed)
        {
            c.Quantity = QuantityDto.From(new Quantity(quantity, "units"));
        }

        if (kind == ClaimKind.DeadlineExtended)
        {
            var context = s.DeadlineContext;
            var old = s.GetObligation(ids[0]).Deadline.DueInstant(context)!.Value;
            c.NewDeadline = DeadlineDto.From(extensionAsDate
                ? Deadline.By(old.InZone(context.Zone).Date.PlusDays(extensionDays))
                : Deadline.At(old.Plus(Duration.FromDays(extensionDays))));
            c.RequestedBy = requestedBy;
            foreach (var a in agreedBy)
            {
                (c.AgreedBy ??= []).Add(a);
            }
        }

        if (kind == ClaimKind.Terminated)
        {
            c.Reason = reason;
        }

        return c;
    }
}
