using System;
using NodaTime;

namespace Ceasefire.Domain.Catalog;

/// <summary>The built-in timeline of sourced claims about the trilateral statement of 9 November 2020.</summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static partial class TrilateralStatement2020
{
    // Claimants that narrate a whole seed document (sides as described in docs/sources/README.md).
    private const string Seed000Author = "Armenian outlet's article-by-article analysis of the statement (seed 000)";
    private const string AvimAuthor = "AVIM (Center for Eurasian Studies, Ankara), analysis by Tutku Dilaver";
    private const string Encyclopedia = "Encyclopedia article \"2020 Nagorno-Karabakh ceasefire agreement\"";

    // Named officials and bodies.
    private const string Pashinyan = "Prime Minister of Armenia Nikol Pashinyan";
    private const string RussianForeignMinistry = "Ministry of Foreign Affairs of Russia";

    // News sources listed in docs/sources/timeline-after-2024.md (sections 3 and 4).
    private const string BabelCeasefire2023 = "https://babel.ua/en/news/98656-fighting-for-nagorno-karabakh-stops-the-sides-agreed-on-a-meeting";
    private const string AlJazeeraExchange2023 = "https://www.aljazeera.com/news/2023/12/13/armenia-and-azerbaijan-exchange-prisoners-in-step-towards-normalisation";
    private const string LurerInForce2023 = "https://1lurer.am/en/2023/12/14/Трехсторонние-соглашения-в-силе-Захарова/1047290";
    private const string TassWithdrawal2024 = "https://tass.com/world/1776537";
    private const string TuranMonitoringCentre2024 = "https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh";
    private const string KyivIndependentWithdrawal2024 = "https://kyivindependent.com/russian-peacekeepers-leave-karabakh";
    private const string NewsAmNoPointApplies2024 = "https://news.am/eng/news/821906.html";
    private const string CaliberWashington2025 = "https://caliber.az/en/post/state-department-releases-documents-signed-by-azerbaijan-and-armenia-in-washington";
    private const string CaliberPashinyan2025 = "https://caliber.az/en/post/pashinyan-scraps-2020-trilateral-accord-vows-to-defend-armenia-azerbaijan-peace";
    private const string CaliberRussia2025 = "https://caliber.az/en/post/russia-confirms-2020-2022-armenia-azerbaijan-trilateral-agreements-remain-in-force";
    private const string OrdaTransit2025 = "https://en.orda.kz/azerbaijan-lifts-transit-ban-allowing-first-cargo-shipment-to-armenia-8921";
    private const string RussianForeignMinistryNov2025 = "https://d2jr06vmgnkbru.cloudfront.net/a/33584153.html";
    private const string OcMediaPetrol2025 = "https://oc-media.org/azerbaijan-sends-first-batch-of-petrol-to-armenia";
    private const string MediamaxTripp2026 = "https://mediamax.am/en/news/foreignpolicy/59684/";
    private const string DevdiscourseRelease2026 = "https://www.devdiscourse.com/article/law-order/3769664-azerbaijan-frees-armenian-prisoners-amid-tensions-de-escalation";
    private const string AzatutyunSentences2026 = "https://www.azatutyun.am/a/33670429.html";
    private const string MirrorSpectatorSentence2026 = "https://mirrorspectator.com/2026/02/17/ruben-vardanyan-given-20-year-jail-sentence-in-azerbaijan/";

    // Claim ids referred to by contradictions.
    private const string WithdrawalCompletePashinyan = "c-a4-withdrawal-complete-pashinyan-seed000";
    private const string PowsHeldArmenia = "c-a8-pows-held-armenian-authorities-seed003";
    private const string NotPowsAzerbaijan = "c-a8-detainees-not-pows-azerbaijan-seed003";
    private const string HostagesHeldSeed000 = "c-a8-captives-held-seed000";
    private const string June2021Release17 = "c-a8-june-2021-release-17-seed001";
    private const string ArticleNineAccusationsAzerbaijan = "c-a9-links-not-opened-azerbaijan-seed000";
    private const string ArticleNineSabotageLavrov = "c-a9-sabotage-lavrov-seed000";
    private const string LapsedPashinyan2024 = "c-stmt-lapsed-pashinyan-2024-newsam";
    private const string LapsedPashinyan2025 = "c-stmt-belongs-to-past-pashinyan-2025-caliber";

    private static readonly Lazy<Timeline> LazyTimeline = new(CreateTimeline);

    /// <summary>
    /// The built-in timeline (built once, on first use; thread-safe): every dated implementation event found in the five
    /// seed documents and in the research note on events after them, each as a <see cref="Claim"/> attributed to whoever
    /// asserts it, with its sources, the date it became known, and links between claims that contradict each other
    /// (whether Armenian forces withdrew, whether detainees are prisoners of war, 17 or 15 prisoners returned on
    /// 12 June 2021, whether the statement is still in force).
    /// </summary>
    public static Timeline Timeline => LazyTimeline.Value;

    // Publication dates of the seeds (docs/sources/README.md; seed 001 states "Analysis No.2021 / 29. November 12.").
    private static LocalDate Seed000Published => new(2024, 11, 9);

    private static LocalDate Seed001Published => new(2021, 11, 12);

    private static LocalDate Seed002Published => new(2021, 12, 31);

    private static LocalDate Seed003Published => new(2023, 12, 31);

    private static LocalDate EffectiveDay => new(2020, 11, 10);

    private static Timeline CreateTimeline()
    {
        var builder = Timeline.CreateBuilder(Statement);
        AddArticle1Claims(builder);
        AddArticle2Claims(builder);
        AddArticles3To5Claims(builder);
        AddPeacekeeperWithdrawalClaims(builder);
        AddArticle6Claims(builder);
        AddArticle7Claims(builder);
        AddArticle8Claims(builder);
        AddArticle9Claims(builder);
        AddStatementClaims(builder);
        return builder.Build();
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // 19 September 2023 "at around 1 p.m." Stepanakert time (UTC+4) and 24 hours later.
    private static Instant OffensiveStart => Instant.FromUtc(2023, 9, 19, 9, 0);

    private static Instant Ceasefire2023 => Instant.FromUtc(2023, 9, 20, 9, 0);

    private static void AddArticle1Claims(TimelineBuilder b) => b
        .Claim("c-a1-hadrut-attack-seed000", c => c
            .Breached(ObligationIds.Ceasefire)
            .On(D(2020, 12, 12)).Until(ClaimDate.Between(D(2020, 12, 12), D(2020, 12, 13)))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "attacked and captured the villages of Khtsaberd and Hin Tagher in Hadrut region on December 12, 2020")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani special units attacked the villages of Khtsaberd and Hin Tagher in Hadrut region, halting by the next day."))
        .Claim("c-a1-hadrut-villages-seed000", c => c
            .Breached(ObligationIds.HoldPositions)
            .On(D(2020, 12, 12))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "these villages were still controlled by Armenian forces")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces took Khtsaberd and Hin Tagher, villages still held by Armenian forces when the ceasefire took effect."))
        .Claim("c-a1-hadrut-attack-pashinyan-seed000", c => c
            .Breached(ObligationIds.Ceasefire)
            .On(D(2020, 12, 12)).Until(ClaimDate.Between(D(2020, 12, 12), D(2020, 12, 13)))
            .ActedBy("AZE")
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "Prime Minister Nikol Pashinyan emphasized that the attack occurred before Russian peacekeepers had fully deployed in the region")
            .Source(Sources.Seed000, "He noted that Azerbaijan halted its offensive only after a small contingent of Russian peacekeepers arrived.")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said the Azerbaijani attack of 12 December 2020 came before the Russian peacekeepers had fully deployed and stopped only once a small contingent arrived."))
        .Claim("c-a1-mid-december-2020-skirmishes-seed003", c => c
            .Breached(ObligationIds.Ceasefire)
            .Between(D(2020, 12, 11), D(2020, 12, 20))
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "following skirmishes in mid-December 2020, Azerbaijan detained a group of 62 Armenian soldiers")
            .Source(Sources.Seed002, "following skirmishes in mid-December 2020, Azerbaijan detained a group of 62 Armenian soldiers")
            .KnownOn(Seed002Published)
            .Saying("The article reports skirmishes in mid-December 2020 after the ceasefire, without attributing them to either side."))
        .Claim("c-a1-parukh-drone-strike-seed000", c => c
            .Breached(ObligationIds.Ceasefire)
            .On(D(2022, 3, 25)).Until(ClaimDate.On(D(2022, 3, 26)))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On March 25, Azerbaijani forces deployed Bayraktar drones near Parukh, killing three Artsakh servicemen and wounding 15 others. Clashes continued on March 26")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani drones struck near Parukh, killing three and wounding 15 Nagorno-Karabakh servicemen, with clashes continuing the next day."))
        .Claim("c-a1-parukh-seizure-seed000", c => c
            .Breached(ObligationIds.HoldPositions)
            .Between(D(2022, 3, 15), D(2022, 3, 28)).Until(ClaimDate.Between(D(2022, 3, 26), D(2022, 3, 28)))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "Azerbaijan again breached this article in March 2022 when its Armed Forces entered Artsakh from Aghdam, seizing the village of Parukh and taking positions on the Karaglukh heights")
            .Source(Sources.Seed000, "by March 28, Azerbaijani forces had withdrawn from Parukh, placing the village under the control of Russian peacekeepers")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces advanced from Aghdam, took Parukh and positions on the Karaglukh heights, and withdrew from Parukh by 28 March 2022."))
        .Claim("c-a1-karaglukh-held-nk-seed000", c => c
            .Breached(ObligationIds.HoldPositions)
            .Between(D(2022, 3, 15), D(2022, 3, 28))
            .ActedBy("AZE")
            .AssertedBy("Nagorno-Karabakh (Artsakh) authorities", "NK")
            .Source(Sources.Seed000, "Artsakh authorities reported that Azerbaijani forces still occupied a section of Karaglukh")
            .KnownOn(Seed000Published)
            .Saying("The Nagorno-Karabakh authorities said Azerbaijani forces kept a section of the Karaglukh heights after leaving Parukh."))
        .Claim("c-a1-september-2022-incursion-seed000", c => c
            .Breached(ObligationIds.Ceasefire)
            .On(D(2022, 9, 13))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "In the early hours of September 13, 2022, Azerbaijan launched a large-scale incursion into Armenia")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan launched a large-scale incursion into Armenia; whether the Armenia-Azerbaijan border counts as the statement's conflict zone is not settled by the text."))
        .Claim("c-a1-september-2023-offensive-seed000", c => c
            .Breached(ObligationIds.Ceasefire)
            .At(OffensiveStart).Until(ClaimDate.At(Ceasefire2023))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On that day, at around 1 p.m., Azerbaijani Armed Forces launched their offensive")
            .Source(Sources.Seed000, "Twenty four hours later, the Russian peacekeeping command stationed there mediated a ceasefire agreement between Azerbaijan and the Artsakh authorities, ending hostilities.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani armed forces launched an offensive in Nagorno-Karabakh (called an anti-terrorism operation by Azerbaijan) that ended with a ceasefire 24 hours later."))
        .Claim("c-a1-september-2023-positions-seed000", c => c
            .Breached(ObligationIds.HoldPositions)
            .At(OffensiveStart)
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On that day, at around 1 p.m., Azerbaijani Armed Forces launched their offensive")
            .Source(Sources.Seed000, "The terms of the agreement included disbanding local defense forces")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces attacked positions held since the 2020 ceasefire, and the ceasefire that followed provided for disbanding the local defence forces."))
        .Claim("c-a1-september-2023-ceasefire-babel", c => c
            .BreachEnded(ObligationIds.Ceasefire)
            .At(Ceasefire2023)
            .AssertedBy("Babel (news outlet)")
            .Source(BabelCeasefire2023, "fighting stops at 13:00 local time on 20 September 2023; ceasefire mediated by the Russian peacekeeping command")
            .KnownOn(D(2023, 9, 20))
            .Saying("Fighting in Nagorno-Karabakh stopped under a ceasefire mediated by the Russian peacekeeping command at 13:00 local time."));

    private static void AddArticle2Claims(TimelineBuilder b) => b
        .Claim("c-a2-aghdam-villages-evacuated-seed000", c => c
            .PartlyPerformed(ObligationIds.AghdamReturn)
            .Between(D(2020, 11, 18), D(2020, 11, 19))
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "In the preceding two days, seven Armenian-populated villages near Aghdam were evacuated")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, seven Armenian-populated villages near Aghdam were evacuated in the two days before the handover."))
        .Claim("c-a2-aghdam-handover-seed000", c => c
            .Performed(ObligationIds.AghdamReturn)
            .On(D(2020, 11, 20))
            .ActedBy("ARM")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On this date, the Armenian side ceded control of Aghdam to Azerbaijan.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, the Armenian side handed control of Aghdam to Azerbaijan on 20 November 2020."))
        .Claim("c-a2-aghdam-handover-seed001", c => c
            .Performed(ObligationIds.AghdamReturn)
            .On(D(2020, 11, 20))
            .ActedBy("ARM")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "on November 20, the Armenian soldiers and separatist forces withdrew and left Aghdam under Azerbaijani control")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, Armenian forces withdrew from Aghdam on 20 November 2020, leaving it under Azerbaijani control, on schedule."));

    private static void AddArticles3To5Claims(TimelineBuilder b) => b
        .Claim("c-a3-deployment-begins-seed003", c => c
            .PartlyPerformed(ObligationIds.PeacekeeperDeployment)
            .On(D(2020, 11, 10))
            .ActedBy("RUS-PKF")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "As early as on 10 November 2020, Russian troops and armour that were to constitute a peacekeeping force under the agreement, were reported to be moving into in the region of Nagorno-Karabakh.")
            .Source(Sources.Seed002, "As early as on 10 November 2020, Russian troops and armour that were to constitute a peacekeeping force under the agreement, were reported to be moving into in the region of Nagorno-Karabakh.")
            .Source(Sources.Seed004, "Already on November 10, 2020, it was reported that Russian troops and tanks, which were supposed to form a peacekeeping force under the agreement")
            .KnownOn(Seed002Published)
            .Saying("Russian troops and armour meant to form the peacekeeping contingent were reported moving into Nagorno-Karabakh on 10 November 2020."))
        .Claim("c-a3-stepanakert-posts-seed003", c => c
            .PartlyPerformed(ObligationIds.PeacekeeperDeployment)
            .Between(D(2020, 11, 10), D(2020, 11, 12))
            .ActedBy("RUS-PKF")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "had entered Stepanakert and begun deploying observation posts across the region")
            .Source(Sources.Seed002, "had entered Stepanakert and begun deploying observation posts across the region")
            .Source(Sources.Seed004, "which had entered stepanakert and began stationing observation posts throughout the region")
            .KnownOn(Seed002Published)
            .Saying("By 12 November 2020 the Russian force, mostly of the 15th Separate Motor Rifle Brigade, had entered Stepanakert (Khankendi) and begun setting up observation posts."))
        .Claim("c-a3-deployed-patrols-seed001", c => c
            .Performed(ObligationIds.PeacekeeperDeployment)
            .Between(EffectiveDay, D(2021, 11, 8))
            .ActedBy("RUS-PKF")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "concentrated around the Lachin corridor as of 8 November")
            .Source(Sources.Seed001, "Patrols are being carried out on the Shusha (Shushi)")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the Russian peacekeeping force was deployed under Articles 3 and 4, concentrated around the Lachin corridor and patrolling, as of 8 November 2021."))
        .Claim("c-a4-withdrawal-progress-grigoryan-seed000", c => c
            .PartlyPerformed(ObligationIds.ArmedForcesWithdrawal)
            .InMonth(2022, 7)
            .ActedBy("ARM")
            .AssertedBy("Secretary of Armenia's Security Council Armen Grigoryan", "ARM")
            .Source(Sources.Seed000, "announced that no conscripted servicemen from Armenia would be stationed in Artsakh")
            .Source(Sources.Seed000, "the withdrawal of units deployed to assist the Defense Army during the war would be completed by September")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Security Council Secretary said no Armenian conscripts would serve in Nagorno-Karabakh and that the withdrawal of units sent during the war would be completed by September 2022."))
        .Claim(WithdrawalCompletePashinyan, c => c
            .Performed(ObligationIds.ArmedForcesWithdrawal)
            .Between(EffectiveDay, D(2022, 11, 30))
            .ActedBy("ARM")
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "Prime Minister Pashinyan stated that all Armenian troops had withdrawn")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said in November 2022 that all Armenian troops had withdrawn from Nagorno-Karabakh."))
        .Claim("c-a4-troops-remain-aliyev-seed000", c => c
            .Denied(ObligationIds.ArmedForcesWithdrawal)
            .Contradicts(WithdrawalCompletePashinyan)
            .Between(EffectiveDay, D(2022, 11, 30))
            .AssertedBy("President of Azerbaijan Ilham Aliyev", "AZE")
            .Source(Sources.Seed000, "accusations of Armenian forces remaining in Artsakh")
            .KnownOn(Seed000Published)
            .Saying("Azerbaijan's President accused Armenia of keeping armed forces in Nagorno-Karabakh, contrary to Armenia's statement that they had withdrawn."))
        .Claim("c-a4-troops-remain-september-2023-seed000", c => c
            .Denied(ObligationIds.ArmedForcesWithdrawal)
            .Contradicts(WithdrawalCompletePashinyan)
            .On(D(2023, 9, 20))
            .AssertedBy("Government of Azerbaijan", "AZE")
            .Source(Sources.Seed000, "Azerbaijan persistently demanded that Armenia withdraw its troops from Nagorno-Karabakh")
            .Source(Sources.Seed000, "which included a clause about Armenia withdrawing its troops from Nagorno-Karabakh")
            .Source(BabelCeasefire2023, "ceasefire terms of 20 September 2023: remaining Armenian forces to withdraw, local defence army to disband")
            .KnownOn(D(2023, 9, 20))
            .Saying("Azerbaijan kept demanding the withdrawal of Armenian troops from Nagorno-Karabakh, and the ceasefire of 20 September 2023 provided for the withdrawal of remaining Armenian forces, contrary to Armenia's statement that none remained."))
        .Claim("c-a5-monitoring-centre-opened-seed001", c => c
            .Performed(ObligationIds.CeasefireControlCenter)
            .On(D(2021, 1, 30))
            .ActedBy("RUS")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "was started with the opening of Turkish-Russian joint monitoring center")
            .Source(Sources.Seed001, "Ortak Gözlem Merkezi faaliyete başladı, DW, 30 January 2021")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the Article 5 peacekeeping centre took shape with the joint Turkish-Russian monitoring centre, which began operating on 30 January 2021; that this centre is the Article 5 centre is the claimant's reading."));

    private static void AddPeacekeeperWithdrawalClaims(TimelineBuilder b) => b
        .Claim("c-a4-withdrawal-confirmed-kremlin-tass", c => c
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.PeacekeepingTerm)
            .On(D(2024, 4, 17))
            .ActedBy("RUS-PKF")
            .AssertedBy("Kremlin spokesman", "RUS")
            .Source(TassWithdrawal2024, "17 Apr 2024: Kremlin spokesman confirms the peacekeepers' withdrawal")
            .KnownOn(D(2024, 4, 17))
            .Saying("The Kremlin's spokesman confirmed that the Russian peacekeepers were being withdrawn from Nagorno-Karabakh."))
        .Claim("c-a4-early-withdrawal-aide-tass", c => c
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.PeacekeepingTerm)
            .On(D(2024, 4, 17))
            .ActedBy("RUS-PKF")
            .AgreedBy("AZE", "RUS")
            .AssertedBy("Aide to the President of Azerbaijan", "AZE")
            .Source(TassWithdrawal2024, "an aide to the Azerbaijani president calls it an \"early withdrawal\" decided by the leaders of Azerbaijan and Russia")
            .KnownOn(D(2024, 4, 17))
            .Saying("An aide to Azerbaijan's President called the peacekeepers' departure an early withdrawal decided by the leaders of Azerbaijan and Russia."))
        .Claim("c-a5-monitoring-centre-closed-turan", c => c
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.CeasefireControlCenter)
            .On(D(2024, 4, 26))
            .AssertedBy("Turan (news agency)")
            .Source(TuranMonitoringCentre2024, "26 Apr 2024: Turkish-Russian monitoring centre in Aghdam closed")
            .KnownOn(D(2024, 4, 26))
            .Saying("The joint Turkish-Russian monitoring centre in Aghdam stopped its activities; whether it was the Article 5 centre is a reading, not the statement's text."))
        .Claim("c-a4-withdrawal-completed-azerbaijan-mod", c => c
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.PeacekeepingTerm, ObligationIds.CorridorControl, ObligationIds.PeacekeeperDeployment)
            .On(D(2024, 6, 12))
            .ActedBy("RUS-PKF")
            .AssertedBy("Ministry of Defence of Azerbaijan", "AZE")
            .Source(KyivIndependentWithdrawal2024, "12 Jun 2024: Azerbaijani defence ministry says the peacekeepers' withdrawal is completed")
            .KnownOn(D(2024, 6, 12))
            .Saying("Azerbaijan's defence ministry said the withdrawal of the Russian peacekeeping contingent had been completed, ending its presence and its control of the Lachin corridor."))
        .Claim("c-a4-mission-until-june-2024-russian-mfa", c => c
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.PeacekeepingTerm)
            .InMonth(2024, 6)
            .ActedBy("RUS-PKF")
            .AssertedBy(RussianForeignMinistry, "RUS")
            .Source(RussianForeignMinistryNov2025, "about 7 Nov 2025: the peacekeeping mission \"operated until June 2024\"")
            .KnownOn(D(2025, 11, 10))
            .Saying("Russia's foreign ministry said the peacekeeping mission operated until June 2024."));

    private static void AddArticle6Claims(TimelineBuilder b) => b
        .Claim("c-a6-kelbajar-evacuation-begins-seed003", c => c
            .PartlyPerformed(ObligationIds.KelbajarReturn)
            .On(D(2020, 11, 13))
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "Since 13 November 2020, Armenians in Kalbajar")
            .Source(Sources.Seed002, "Since 13 November 2020, Armenians in")
            .KnownOn(Seed002Published)
            .Saying("From 13 November 2020 Armenian residents began leaving Kalbajar (Kelbajar, Karvachar), some burning their houses before leaving."))
        .Claim("c-a6-kelbajar-extension-seed003", c => c
            .DeadlineExtended(ObligationIds.KelbajarReturn, Deadline.By(D(2020, 11, 25)))
            .On(D(2020, 11, 15))
            .RequestedBy("ARM")
            .AgreedBy("AZE")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "On 15 November, at Armenia's request, Azerbaijan extended the deadline for Armenians to fully vacate Kalbajar District by 10 days, until 25 November.")
            .Source(Sources.Seed002, "On 15 November, at Armenia's request, Azerbaijan extended the deadline for Armenians to fully vacate Kalbajar District by 10 days, until 25 November.")
            .KnownOn(Seed002Published)
            .Saying("At Armenia's request, Azerbaijan extended the deadline for the Kelbajar (Kalbajar) handover by ten days, to 25 November 2020."))
        .Claim("c-a6-kelbajar-extension-azerbaijan-presidency-seed003", c => c
            .DeadlineExtended(ObligationIds.KelbajarReturn, Deadline.By(D(2020, 11, 25)))
            .On(D(2020, 11, 15))
            .RequestedBy("ARM")
            .AgreedBy("AZE")
            .AssertedBy("Presidential Office of Azerbaijan", "AZE")
            .Source(Sources.Seed003, "Azerbaijan's Presidential Office stated that they took the worsening weather and the fact that there was only one road to Armenia into consideration when agreeing to extend the deadline.")
            .Source(Sources.Seed002, "Azerbaijan's Presidential Office stated that they took the worsening weather and the fact that there was only one road to Armenia into consideration when agreeing to extend the deadline.")
            .KnownOn(Seed002Published)
            .Saying("Azerbaijan's Presidential Office said it agreed to extend the Kelbajar deadline because of worsening weather and the single road to Armenia."))
        .Claim("c-a6-kelbajar-extension-seed001", c => c
            .DeadlineExtended(ObligationIds.KelbajarReturn, Deadline.By(D(2020, 11, 25)))
            .On(D(2020, 11, 15))
            .AgreedBy("AZE")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "was postponed until 25 November")
            .Source(Sources.Seed001, "Azerbaijan extends Armenian pullout deadline from Kalbajar, Alljazeera, 15 November 2020")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the withdrawal from Kalbajar was postponed from 15 to 25 November 2020, citing the disorder of the evacuation."))
        .Claim("c-a6-kelbajar-handover-seed000", c => c
            .Performed(ObligationIds.KelbajarReturn)
            .On(D(2020, 11, 25))
            .ActedBy("ARM")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On November 25, the Armenian side handed over the Kelbajar region (Karvachar) with surrounding villages to Azerbaijan.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, the Armenian side handed the Kelbajar (Karvachar) region and surrounding villages to Azerbaijan on 25 November 2020."))
        .Claim("c-a6-kelbajar-handover-seed001", c => c
            .Performed(ObligationIds.KelbajarReturn)
            .On(D(2020, 11, 25))
            .ActedBy("ARM")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "were completed on November 25 and the Kalbajar region was handed over to Azerbaijani control")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the evacuation under Russian peacekeeping control was completed and the Kalbajar region handed over to Azerbaijan on 25 November 2020."))
        .Claim("c-a6-lachin-handover-seed000", c => c
            .Performed(ObligationIds.LachinReturn)
            .On(D(2020, 12, 1))
            .ActedBy("ARM")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On December 1, the Lachin region was transferred to Azerbaijan.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, the Lachin region was transferred to Azerbaijan on 1 December 2020, the corridor and the villages on it staying under Russian peacekeepers."))
        .Claim("c-a6-lachin-handover-seed001", c => c
            .Performed(ObligationIds.LachinReturn)
            .Between(EffectiveDay, Seed001Published)
            .ActedBy("ARM")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "Lachin, on the other hand, was returned to Azerbaijan under the control of the Russian peacekeeping force as per the agreement")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, Lachin was returned to Azerbaijan under Russian peacekeeping control as the statement provided; the claimant gives no date."))
        .Claim("c-a6-new-route-construction-seed000", c => c
            .Breached(ObligationIds.NewRoutePlan)
            .Between(D(2021, 9, 1), D(2021, 11, 30))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "Azerbaijan began constructing a new route along the Lachin Corridor in fall 2021 without consulting the Armenian side of its intentions")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan began building a new route along the Lachin corridor in fall 2021 without consulting Armenia, which the claimant calls a violation of the new-route clause."))
        .Claim("c-a6-new-route-azerbaijani-segment-seed000", c => c
            .PartlyPerformed(ObligationIds.NewRoutePlan)
            .Between(D(2021, 9, 1), D(2022, 7, 31))
            .ActedBy("AZE")
            .AssertedBy("Government of Azerbaijan", "AZE")
            .Source(Sources.Seed000, "By July 2022, Baku declared its segment of the route complete.")
            .KnownOn(Seed000Published)
            .Saying("Azerbaijan declared its segment of the new Lachin corridor route complete by July 2022."))
        .Claim("c-a6-new-route-not-agreed-pashinyan-june-seed000", c => c
            .Denied(ObligationIds.NewRoutePlan)
            .Contradicts("c-a6-new-route-azerbaijani-segment-seed000")
            .On(D(2022, 6, 27))
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "construction had not begun on the Armenian side, as the route was not finalized between the parties")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said construction had not begun on the Armenian side because the new route had not been agreed between the Parties."))
        .Claim("c-a6-new-route-not-agreed-pashinyan-august-seed000", c => c
            .Denied(ObligationIds.NewRoutePlan)
            .Contradicts("c-a6-new-route-azerbaijani-segment-seed000")
            .On(D(2022, 8, 4))
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "on August 4, Pashinyan stated that there was no approved plan for a trilateral format involving Russia, Azerbaijan and Armenia to redirect the Lachin Corridor")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said there was no approved trilateral plan to redirect the Lachin corridor."))
        .Claim("c-a6-corridor-villages-handover-seed000", c => c
            .Breached(ObligationIds.NewRoutePlan, ObligationIds.CorridorControl)
            .On(D(2022, 8, 25))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On that date, Azerbaijan took control of the Armenian villages of Aghavno, Berdzor, and Sus along the corridor.")
            .Source(Sources.Seed000, "The Lachin corridor route was changed before the deadline, without the knowledge of Yerevan authorities.")
            .Source(Sources.Seed000, "told Aghavno residents to evacuate by August 25")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces replaced Russian peacekeepers in Aghavno, Berdzor (Lachin) and Sus and the corridor route was changed without the knowledge of Armenia's government."))
        .Claim("c-a6-new-route-operational-seed000", c => c
            .PartlyPerformed(ObligationIds.NewRoutePlan)
            .On(D(2022, 8, 30))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "The old Lachin Corridor route remained in use until August 30, several days after its handover, when the new route became operational.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, the new corridor route, built by Azerbaijan on its side, came into use on 30 August 2022, replacing the old route."))
        .Claim("c-a6-kornidzor-road-seed000", c => c
            .PartlyPerformed(ObligationIds.NewRoutePlan)
            .On(D(2023, 3, 30))
            .ActedBy("ARM")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "The Armenian side completed the new road passing through the village of Kornidzor on Armenian territory on March 30.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Armenia completed its section of the new route, through Kornidzor, on 30 March (2023 by the order of events)."))
        .Claim("c-a6-corridor-blockade-seed000", c => c
            .Breached(ObligationIds.CorridorSafeMovement)
            .On(D(2022, 12, 12)).Until(ClaimDate.Between(D(2023, 9, 12), D(2023, 9, 20)))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "The clause guaranteeing free movement through the Lachin Corridor was violated when Azerbaijan imposed a blockade on Artsakh on December 12, 2022.")
            .Source(Sources.Seed000, "The blockade, which lasted over nine months, culminated with a large-scale assault on September 19, 2023.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan blockaded the Lachin corridor from 12 December 2022 for over nine months, until the offensive of September 2023."));

    private static void AddArticle7Claims(TimelineBuilder b) => b
        .Claim("c-a7-returns-supervised-seed001", c => c
            .PartlyPerformed(ObligationIds.DisplacedReturn)
            .Between(EffectiveDay, Seed001Published)
            .ActedBy("RUS-PKF")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "supervising the return of the Armenians who had to leave their homes")
            .Source(Sources.Seed001, "no arrangements have been made yet for the return of the Azerbaijani residents")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, Russian peacekeepers supervised the return of displaced Armenians, while no arrangements had been made for the return of Azerbaijanis displaced in the first war."))
        .Claim("c-a7-no-return-seed000", c => c
            .Breached(ObligationIds.DisplacedReturn)
            .Between(EffectiveDay, Seed000Published)
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "Approximately 40,000 people had been displaced from Nagorno-Karabakh following the 2020 War, and they never had the opportunity to return to their homes.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, about 40,000 people displaced from Nagorno-Karabakh after the 2020 war never had the opportunity to return home."))
        .Claim("c-a7-no-return-pashinyan-seed000", c => c
            .Breached(ObligationIds.DisplacedReturn)
            .Between(EffectiveDay, D(2024, 10, 12))
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "Why have internally displaced persons and refugees not returned and are not returning to Nagorno-Karabakh?")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said on 12 October 2024 that displaced persons and refugees had not returned to Nagorno-Karabakh as Article 7 provides."));

    private static void AddArticle8Claims(TimelineBuilder b) => b
        .Claim("c-a8-exchanges-begin-seed001", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange)
            .On(D(2020, 12, 15))
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "The exchange of prisoners of war, which started on December 15, 2020")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the exchange of prisoners of war started on 15 December 2020 and went slower than planned, which the claimant blames on Armenia not handing over mine maps."))
        .Claim("c-a8-exchanges-begin-seed003", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange)
            .InMonth(2020, 12)
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "In December 2020, Armenia and Azerbaijan began exchanging groups of prisoners of war mediated by Russia.")
            .Source(Sources.Seed002, "In December 2020, Armenia and Azerbaijan have begun exchanging groups of")
            .KnownOn(Seed002Published)
            .Saying("Armenia and Azerbaijan began exchanging groups of prisoners of war, with Russian mediation, in December 2020."))
        .Claim("c-a8-returned-to-armenia-by-february-2021-seed003", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(63, "prisoners, including civilians, returned to Armenia"))
            .Between(D(2020, 12, 1), D(2021, 2, 28))
            .ActedBy("AZE")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "As of February 2021, 63 prisoners, including civilians, returned to Armenia, and 15 were returned to Azerbaijan.")
            .Source(Sources.Seed002, "returned to Armenia, and 15 were returned to Azerbaijan")
            .KnownOn(Seed002Published)
            .Saying("By February 2021, 63 prisoners, civilians among them, had been returned to Armenia."))
        .Claim("c-a8-returned-to-azerbaijan-by-february-2021-seed003", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(15, "prisoners returned to Azerbaijan"))
            .Between(D(2020, 12, 1), D(2021, 2, 28))
            .ActedBy("ARM")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "As of February 2021, 63 prisoners, including civilians, returned to Armenia, and 15 were returned to Azerbaijan.")
            .Source(Sources.Seed002, "returned to Armenia, and 15 were returned to Azerbaijan")
            .KnownOn(Seed002Published)
            .Saying("By February 2021, 15 prisoners had been returned to Azerbaijan."))
        .Claim("c-a8-repatriated-69-hrw-seed003", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(69, "prisoners of war repatriated by Azerbaijan"))
            .Between(D(2020, 12, 1), D(2021, 3, 31))
            .ActedBy("AZE")
            .AssertedBy("Human Rights Watch")
            .Source(Sources.Seed003, "(HRW), reported that Azerbaijan had repatriated 69 POWs.")
            .Source(Sources.Seed002, "(HRW), reported that Azerbaijan has repatriated 69 POWs.")
            .KnownOn(Seed002Published)
            .Saying("Human Rights Watch reported in March 2021 that Azerbaijan had repatriated 69 prisoners of war."))
        .Claim(NotPowsAzerbaijan, c => c
            .Denied(ObligationIds.PrisonerExchange)
            .Contradicts(PowsHeldArmenia)
            .Between(D(2020, 12, 11), D(2020, 12, 20))
            .AssertedBy("Azerbaijani authorities", "AZE")
            .Source(Sources.Seed003, "Azerbaijani authorities claimed that the soldiers are not POWs but members of a \"sabotage group\"")
            .Source(Sources.Seed002, "Azerbaijani authorities claimed that the soldiers are not POWs but members of a \"sabotage group\"")
            .KnownOn(Seed002Published)
            .Saying("Azerbaijani authorities said the 62 Armenian soldiers detained in mid-December 2020 were not prisoners of war but members of a sabotage group to be prosecuted."))
        .Claim(PowsHeldArmenia, c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Contradicts(NotPowsAzerbaijan)
            .Between(EffectiveDay, D(2021, 4, 30))
            .ActedBy("AZE")
            .AssertedBy("Armenian authorities", "ARM")
            .Source(Sources.Seed003, "According to Armenian authorities, as of April 2021, over 200 Armenian POWs")
            .Source(Sources.Seed002, "According to Armenian authorities, as of April 2021, over 200 Armenian POWs")
            .KnownOn(Seed002Published)
            .Saying("Armenian authorities said over 200 Armenian prisoners of war were held by Azerbaijan as of April 2021."))
        .Claim("c-a8-release-urged-european-parliament-seed003", c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Between(EffectiveDay, D(2021, 5, 20))
            .ActedBy("AZE")
            .AssertedBy("European Parliament")
            .Source(Sources.Seed003, "adopted a resolution urging Azerbaijan to immediately and unconditionally release all the Armenian prisoners")
            .Source(Sources.Seed002, "adopted a resolution urging Azerbaijan to immediately and unconditionally release all the Armenian prisoners")
            .KnownOn(Seed002Published)
            .Saying("The European Parliament, on 20 May 2021, urged Azerbaijan to release immediately and unconditionally all Armenian prisoners, military and civilian."))
        .Claim(June2021Release17, c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(17, "prisoners of war"))
            .On(D(2021, 6, 12))
            .ActedBy("AZE")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "the sending of 17 prisoners of war from Azerbaijan to Armenia")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant's text, Azerbaijan sent 17 prisoners of war to Armenia in return for maps of minefields, after talks mediated by Georgia."))
        .Claim("c-a8-june-2021-release-15-seed001", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(15, "prisoners"))
            .On(D(2021, 6, 12))
            .ActedBy("AZE")
            .Contradicts(June2021Release17)
            .AssertedBy("TRT Haber (as cited in seed 001, footnote 16)")
            .Source(Sources.Seed001, "Azerbaycan 97 bin mayının haritaları karşılığında 15 Ermeni esiri iade etti, TRT Haber, 12 June 2021")
            .KnownOn(Seed001Published)
            .Saying("The news report cited in the claimant's own footnote gives 15, not 17, Armenian prisoners returned by Azerbaijan in exchange for minefield maps."))
        .Claim("c-a8-servicemen-sentenced-seed003", c => c
            .Denied(ObligationIds.PrisonerExchange)
            .Contradicts(PowsHeldArmenia)
            .On(D(2021, 7, 22))
            .AssertedBy("Azerbaijani court", "AZE")
            .Source(Sources.Seed003, "On 22 July 2021, 13 Armenian servicemen were sentenced to 6 years imprisonment")
            .Source(Sources.Seed002, "On 22 July 2021, 13 Armenian servicemen were sentenced to 6 years imprisonment")
            .KnownOn(Seed002Published)
            .Saying("An Azerbaijani court sentenced 13 Armenian servicemen to six years for terrorism and illegal entry, treating them as criminal defendants rather than prisoners of war."))
        .Claim("c-a8-status-misrepresented-us-house-seed003", c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Contradicts(NotPowsAzerbaijan)
            .Between(EffectiveDay, D(2021, 9, 22))
            .ActedBy("AZE")
            .AssertedBy("U.S. House of Representatives")
            .Source(Sources.Seed003, "misrepresenting their status in an attempt to justify their continued captivity")
            .Source(Sources.Seed002, "misrepresenting their status in an attempt to justify their continued captivity")
            .KnownOn(Seed002Published)
            .Saying("The U.S. House of Representatives, on 22 September 2021, demanded the release of about 200 Armenian prisoners of war, hostages and detainees and said Azerbaijan misrepresented their status."))
        .Claim("c-a8-exchange-32-for-2-by-azerbaijan-aljazeera", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(32, "Armenian servicemen"))
            .On(D(2023, 12, 13))
            .ActedBy("AZE")
            .AssertedBy("Al Jazeera (news outlet)")
            .Source(AlJazeeraExchange2023, "13 Dec 2023: 32 Armenian servicemen released in exchange for 2 Azerbaijani servicemen")
            .KnownOn(D(2023, 12, 13))
            .Saying("Azerbaijan released 32 Armenian servicemen in an exchange announced on 7 December 2023."))
        .Claim("c-a8-exchange-32-for-2-by-armenia-aljazeera", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(2, "Azerbaijani servicemen"))
            .On(D(2023, 12, 13))
            .ActedBy("ARM")
            .AssertedBy("Al Jazeera (news outlet)")
            .Source(AlJazeeraExchange2023, "13 Dec 2023: 32 Armenian servicemen released in exchange for 2 Azerbaijani servicemen")
            .KnownOn(D(2023, 12, 13))
            .Saying("Armenia released two Azerbaijani servicemen in the same exchange."))
        .Claim("c-a8-over-200-freed-seed000", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(200, "prisoners of war and detainees freed (more than)"))
            .Between(EffectiveDay, Seed000Published)
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "While Azerbaijan has freed over 200 POWs and detainees since the 2020 Artsakh war")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan had freed more than 200 prisoners of war and detainees since the 2020 war."))
        .Claim(HostagesHeldSeed000, c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Contradicts(NotPowsAzerbaijan)
            .Between(EffectiveDay, Seed000Published)
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "it still holds 23 Armenian hostages")
            .Source(Sources.Seed000, "Of these, 16 were captured in 2023, and the remaining seven during the 2020 war.")
            .Source(Sources.Seed000, "Azerbaijan continues to hold Armenian POWs and detainees, including former high-ranking Artsakh officials")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan still held 23 Armenians, whom the claimant calls hostages, seven of them since the 2020 war."))
        .Claim("c-a8-captives-pashinyan-seed000", c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Contradicts(NotPowsAzerbaijan)
            .Between(EffectiveDay, D(2024, 10, 12))
            .ActedBy("AZE")
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "the November 9 statement clearly stipulates the return of all people kept in captivity, regardless of whether they are POWs or not.")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said people had been held captive in Azerbaijan since 2020 and that Article 8 covers all of them, whether or not they are prisoners of war."))
        .Claim("c-a8-more-held-investigative-committee-seed000", c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Between(EffectiveDay, Seed000Published)
            .ActedBy("AZE")
            .AssertedBy("Investigative Committee of Armenia", "ARM")
            .Source(Sources.Seed000, "Investigative Committee claims to have evidence of 32 more Armenians held prisoner in Azerbaijan, which Baku has not confirmed")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Investigative Committee said it had evidence of 32 more Armenians held in Azerbaijan, which Azerbaijan has not confirmed."))
        .Claim("c-a8-more-captured-lawyers-seed000", c => c
            .Breached(ObligationIds.PrisonerExchange)
            .Between(EffectiveDay, Seed000Published)
            .ActedBy("AZE")
            .AssertedBy("Human rights lawyers in Armenia")
            .Source(Sources.Seed000, "human rights lawyers in Armenia report information about 80 more Armenians captured by Azerbaijan during the war")
            .KnownOn(Seed000Published)
            .Saying("Human rights lawyers in Armenia reported information about 80 more Armenians captured by Azerbaijan during the war, which Azerbaijan has not confirmed."))
        .Claim("c-a8-four-released-devdiscourse", c => c
            .PartlyPerformed(ObligationIds.PrisonerExchange, new Quantity(4, "Armenian prisoners"))
            .On(D(2026, 1, 14))
            .ActedBy("AZE")
            .AssertedBy("Devdiscourse (news outlet)")
            .Source(DevdiscourseRelease2026, "14 Jan 2026: Azerbaijan releases four Armenian prisoners")
            .KnownOn(D(2026, 1, 14))
            .Saying("Azerbaijan released four Armenian prisoners."))
        .Claim("c-a8-former-leaders-sentenced-azatutyun", c => c
            .Denied(ObligationIds.PrisonerExchange)
            .Contradicts(HostagesHeldSeed000)
            .On(D(2026, 2, 5))
            .AssertedBy("Baku military court", "AZE")
            .Source(AzatutyunSentences2026, "5 Feb 2026: Baku military court sentences former Nagorno-Karabakh leaders (five to life imprisonment)")
            .KnownOn(D(2026, 2, 5))
            .Saying("A Baku military court sentenced former Nagorno-Karabakh leaders, five of them to life, treating them as convicts rather than detainees to be exchanged."))
        .Claim("c-a8-former-state-minister-sentenced-mirrorspectator", c => c
            .Denied(ObligationIds.PrisonerExchange)
            .Contradicts(HostagesHeldSeed000)
            .On(D(2026, 2, 17))
            .AssertedBy("Court in Baku", "AZE")
            .Source(MirrorSpectatorSentence2026, "17 Feb 2026: former Nagorno-Karabakh state minister sentenced to 20 years in Baku")
            .KnownOn(D(2026, 2, 17))
            .Saying("A court in Baku sentenced a former Nagorno-Karabakh state minister to 20 years, treating him as a convict rather than a detainee to be exchanged."));

    private static void AddArticle9Claims(TimelineBuilder b) => b
        .Claim("c-a9-working-group-seed001", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .On(D(2021, 1, 11))
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "Putin, Ilham Aliyev and Nikol Pashinyan on January 11, 2021")
            .Source(Sources.Seed001, "The working group determined within the framework of the joint declaration continues to work.")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the three leaders' declaration of 11 January 2021 set up a working group on reopening transport links, though no route to Nakhchivan had opened by November 2021."))
        .Claim("c-a9-working-group-seed003", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .InMonth(2021, 1)
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "A working group on unblocking communications led by deputy prime ministers of Azerbaijan, Armenia, and Russia was established in January 2021, but no significant progress has been made.")
            .Source(Sources.Seed002, "A working group on unblocking communications led by deputy prime ministers of Azerbaijan, Armenia, and Russia was established in January 2021, but no significant progress has been made.")
            .KnownOn(Seed002Published)
            .Saying("A working group of the three deputy prime ministers on unblocking communications was set up in January 2021, with no significant progress by late 2021."))
        .Claim("c-a9-nakhchivan-flights-seed003", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .InMonth(2021, 10)
            .ActedBy("AZE")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "In October 2021, Azerbaijan unilaterally began using Armenia's airspace, conducting flights to its Nakhchivan exclave.")
            .Source(Sources.Seed002, "In October 2021, Azerbaijan unilaterally began using Armenia's airspace, conducting flights to its Nakhchivan exclave.")
            .KnownOn(Seed002Published)
            .Saying("Azerbaijan began flights to Nakhchivan through Armenia's airspace in October 2021, described by the article as unilateral."))
        .Claim("c-a9-rail-progress-armenian-deputy-pm-seed003", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .On(D(2021, 10, 20))
            .AssertedBy("Deputy Prime Minister of Armenia", "ARM")
            .Source(Sources.Seed003, "The sides have made progress towards restoring their Soviet-era rail links according to Armenian deputy prime minister.")
            .Source(Sources.Seed002, "The sides have made progress towards restoring their Soviet-era rail links according to Armenian deputy prime minister.")
            .KnownOn(Seed002Published)
            .Saying("Armenia's deputy prime minister said talks that began on 20 October 2021 made progress towards restoring Soviet-era rail links."))
        .Claim("c-a9-rail-agreement-brussels-seed003", c => c
            .ConditionMet(ObligationIds.NewCommunications)
            .On(D(2021, 12, 15))
            .AgreedBy("ARM", "AZE")
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "managed to come to agreement regarding opening the rail routes, but not automobile roads")
            .Source(Sources.Seed003, "After the meeting Pashinyan and Aliyev confirmed the agreement on the restoration of the railway communication.")
            .Source(Sources.Seed002, "After the meeting Pashinyan and Aliyev confirmed the agreement on the restoration of the railway communication.")
            .KnownOn(Seed002Published)
            .Saying("Meeting in Brussels, the leaders of Armenia and Azerbaijan agreed to restore railway communication, but not roads; reading this as the agreement Article 9 requires for new communications is an interpretation."))
        .Claim(ArticleNineAccusationsAzerbaijan, c => c
            .Breached(ObligationIds.UnblockLinks, ObligationIds.NakhchivanTransitSafety)
            .Between(EffectiveDay, Seed000Published)
            .ActedBy("ARM")
            .AssertedBy("Government of Azerbaijan", "AZE")
            .Source(Sources.Seed000, "Despite accusations from Russia and Azerbaijan that Armenia is not fulfilling its obligation to open regional communications")
            .KnownOn(Seed000Published)
            .Saying("Azerbaijan accused Armenia of not fulfilling its obligation to open regional communications, including a connection between mainland Azerbaijan and Nakhchivan."))
        .Claim(ArticleNineSabotageLavrov, c => c
            .Breached(ObligationIds.UnblockLinks, ObligationIds.NakhchivanTransitSafety)
            .Between(EffectiveDay, D(2024, 9, 30))
            .ActedBy("ARM")
            .AssertedBy("Foreign Minister of Russia Sergey Lavrov", "RUS")
            .Source(Sources.Seed000, "Foreign Minister Sergey Lavrov strongly criticized Armenia for refusing to open regional communications")
            .KnownOn(Seed000Published)
            .Saying("Russia's Foreign Minister accused Armenia in September 2024 of refusing to open regional communications and of sabotaging the agreement on routes through Syunik."))
        .Claim("c-a9-ready-to-guarantee-pashinyan-seed000", c => c
            .Denied(ObligationIds.UnblockLinks, ObligationIds.NakhchivanTransitSafety)
            .Contradicts(ArticleNineAccusationsAzerbaijan, ArticleNineSabotageLavrov)
            .On(D(2024, 10, 8))
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "During a session of the CIS in Moscow on October 8, Pashinyan stated")
            .Source(Sources.Seed000, "the Republic of Armenia is fully prepared to ensure the safety of the movement of goods, vehicles, and people through its territory. This is our desire, our obligation, and we guarantee it.")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said Armenia was fully prepared to guarantee the safe movement of goods, vehicles and people through its territory, rejecting the accusations."))
        .Claim("c-a9-washington-declaration-caliber", c => c
            .ConditionMet(ObligationIds.NewCommunications)
            .On(D(2025, 8, 8))
            .AgreedBy("ARM", "AZE")
            .AssertedBy("Joint declaration of Armenia and Azerbaijan (Washington), as released by the U.S. State Department")
            .Source(CaliberWashington2025, "8 Aug 2025: unimpeded connection between mainland Azerbaijan and Nakhchivan through Armenia (TRIPP)")
            .KnownOn(D(2025, 8, 8))
            .Saying("Armenia and Azerbaijan agreed in a Washington joint declaration on an unimpeded connection between mainland Azerbaijan and Nakhchivan through Armenia (TRIPP), an agreement made outside the 2020 statement's framework."))
        .Claim("c-a9-transit-ban-lifted-orda", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .On(D(2025, 10, 21))
            .ActedBy("AZE")
            .AssertedBy("Orda.kz (news outlet)")
            .Source(OrdaTransit2025, "21 Oct 2025: Azerbaijan lifts its restrictions on cargo transit to Armenia; first shipment (Kazakh grain)")
            .KnownOn(D(2025, 10, 21))
            .Saying("Azerbaijan lifted its restrictions on cargo transit to Armenia, and a first shipment of Kazakh grain followed."))
        .Claim("c-a9-first-petrol-shipment-ocmedia", c => c
            .PartlyPerformed(ObligationIds.UnblockLinks)
            .On(D(2025, 12, 18))
            .ActedBy("AZE")
            .AssertedBy("OC Media (news outlet)")
            .Source(OcMediaPetrol2025, "18 Dec 2025: first Azerbaijani petrol shipment to Armenia (via Georgia)")
            .KnownOn(D(2025, 12, 18))
            .Saying("Azerbaijan sent its first shipment of petrol to Armenia, via Georgia."))
        .Claim("c-a9-tripp-framework-mediamax", c => c
            .PartlyPerformed(ObligationIds.NewCommunications)
            .Between(D(2026, 1, 13), D(2026, 1, 14))
            .ActedBy("ARM")
            .AssertedBy("Mediamax (news outlet)")
            .Source(MediamaxTripp2026, "13-14 Jan 2026: Armenia and the US publish the TRIPP implementation framework")
            .KnownOn(D(2026, 1, 14))
            .Saying("Armenia and the United States published the implementation framework for the TRIPP route through Armenia."));

    private static void AddStatementClaims(TimelineBuilder b) => b
        .Claim("c-stmt-adherence-moscow-2021-seed003", c => c
            .StatementInForceAffirmed()
            .On(D(2021, 1, 11))
            .AssertedBy("Leaders of Armenia, Azerbaijan and Russia (joint statement, Moscow)")
            .Source(Sources.Seed003, "The leaders of Armenia, Azerbaijan and Russia met twice in 2021, issuing statements to confirm continued adherence to the 2020 ceasefire agreement")
            .Source(Sources.Seed003, "The joint trilateral statement issued in Moscow on 11 January 2021 stated:")
            .Source(Sources.Seed002, "The joint trilateral statement issued in Moscow on 11 January 2021 stated:")
            .KnownOn(Seed002Published)
            .Saying("The three leaders' joint statement in Moscow confirmed continued adherence to the 2020 statement."))
        .Claim("c-stmt-adherence-sochi-2021-seed003", c => c
            .StatementInForceAffirmed()
            .On(D(2021, 11, 26))
            .AssertedBy("Leaders of Armenia, Azerbaijan and Russia (joint statement, Sochi)")
            .Source(Sources.Seed003, "The leaders of Armenia, Azerbaijan and Russia met twice in 2021, issuing statements to confirm continued adherence to the 2020 ceasefire agreement")
            .Source(Sources.Seed003, "The joint trilateral statement issued in Sochi on 26 November 2021 stated:")
            .Source(Sources.Seed002, "The joint trilateral statement issued in Sochi on 26 November 2021 stated:")
            .KnownOn(Seed002Published)
            .Saying("The three leaders' joint statement in Sochi confirmed continued adherence to the 2020 statement."))
        .Claim("c-stmt-in-force-russian-mfa-2023-lurer", c => c
            .StatementInForceAffirmed()
            .On(D(2023, 12, 14))
            .AssertedBy("Spokeswoman of the Ministry of Foreign Affairs of Russia", "RUS")
            .Source(LurerInForce2023, "14 Dec 2023: Russian MFA spokeswoman: the trilateral agreements remain in force")
            .KnownOn(D(2023, 12, 14))
            .Saying("Russia's foreign ministry spokeswoman said the trilateral agreements remained in force."))
        .Claim(LapsedPashinyan2024, c => c
            .Terminated(TerminationReason.Lapsed)
            .InYear(2024)
            .AssertedBy(Pashinyan, "ARM")
            .Source(NewsAmNoPointApplies2024, "2024 (day not confirmed): Armenian PM says none of the statement's points applies today")
            .KnownOn(D(2024, 12, 31))
            .Saying("Armenia's Prime Minister said that none of the statement's points applied any longer."))
        .Claim(LapsedPashinyan2025, c => c
            .Terminated(TerminationReason.Lapsed)
            .On(D(2025, 8, 28))
            .AssertedBy(Pashinyan, "ARM")
            .Source(CaliberPashinyan2025, "28 Aug 2025: Armenian PM says the November 2020 statement \"belongs to the past\"")
            .KnownOn(D(2025, 8, 28))
            .Saying("Armenia's Prime Minister said the November 2020 statement belonged to the past."))
        .Claim("c-stmt-in-force-russian-mfa-2025-08-caliber", c => c
            .StatementInForceAffirmed()
            .Contradicts(LapsedPashinyan2025, LapsedPashinyan2024)
            .On(D(2025, 8, 28))
            .AssertedBy(RussianForeignMinistry, "RUS")
            .Source(CaliberRussia2025, "28 Aug 2025: Russian MFA replies that no party has withdrawn from the statement")
            .KnownOn(D(2025, 8, 28))
            .Saying("Russia's foreign ministry replied that no party had withdrawn from the statement and that it remained in force."))
        .Claim("c-stmt-in-force-russian-mfa-2025-11", c => c
            .StatementInForceAffirmed()
            .Contradicts(LapsedPashinyan2025, LapsedPashinyan2024)
            .Between(D(2025, 11, 1), D(2025, 11, 10))
            .AssertedBy(RussianForeignMinistry, "RUS")
            .Source(RussianForeignMinistryNov2025, "about 7 Nov 2025 (day inferred): Russian MFA: the agreements remain valid")
            .KnownOn(D(2025, 11, 10))
            .Saying("Russia's foreign ministry said the trilateral agreements remained valid."));
}
