using NodaTime;

namespace Ceasefire.Domain.Catalog;

// The built-in timeline, second part: claims about events from 2022 onwards, and claims whose dates run into 2022 or later
// (states alleged since 2020 by sources of 2022-2024). The order of the claims is the order in which CreateTimeline adds them.
public static partial class TrilateralStatement2020
{
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
    private const string HostagesHeldSeed000 = "c-a8-captives-held-seed000";
    private const string ArticleNineAccusationsAzerbaijan = "c-a9-links-not-opened-azerbaijan-seed000";
    private const string ArticleNineSabotageLavrov = "c-a9-sabotage-lavrov-seed000";
    private const string ObsoletePashinyan2024 = "c-stmt-lapsed-pashinyan-2024-newsam";
    private const string ObsoletePashinyan2025 = "c-stmt-belongs-to-past-pashinyan-2025-caliber";

    // 19 September 2023 "at around 1 p.m." Stepanakert time (UTC+4) and 24 hours later.
    private static Instant OffensiveStart => Instant.FromUtc(2023, 9, 19, 9, 0);

    private static Instant Ceasefire2023 => Instant.FromUtc(2023, 9, 20, 9, 0);

    // Article 1 (ceasefire, positions): March 2022 to September 2023.
    private static void AddArticle1ClaimsFrom2022(TimelineBuilder b) => b
        .Claim("c-a1-parukh-drone-strike-seed000", c => c
            .Incident(ObligationIds.Ceasefire)
            .Throughout(D(2022, 3, 25), D(2022, 3, 26))
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
            .At(OffensiveStart).Until(ClaimDate.At(Ceasefire2023))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "On that day, at around 1 p.m., Azerbaijani Armed Forces launched their offensive")
            .Source(Sources.Seed000, "The terms of the agreement included disbanding local defense forces")
            .Source(Sources.Seed000, "Twenty four hours later, the Russian peacekeeping command stationed there mediated a ceasefire agreement between Azerbaijan and the Artsakh authorities, ending hostilities.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces attacked positions held since the 2020 ceasefire, and the ceasefire that followed provided for disbanding the local defence forces."))
        .Claim("c-a1-september-2023-ceasefire-babel", c => c
            .BreachEnded(ObligationIds.Ceasefire)
            .At(Ceasefire2023)
            .AssertedBy("Babel (news outlet)")
            .Source(BabelCeasefire2023, "fighting stops at 13:00 local time on 20 September 2023; ceasefire mediated by the Russian peacekeeping command")
            .KnownOn(D(2023, 9, 20))
            .Saying("Fighting in Nagorno-Karabakh stopped under a ceasefire mediated by the Russian peacekeeping command at 13:00 local time."));

    // Article 4 (the withdrawal of Armenian armed forces): statements of 2022-2023.
    private static void AddArticle4WithdrawalClaims(TimelineBuilder b) => b
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
            .Breached(ObligationIds.ArmedForcesWithdrawal)
            .Contradicts(WithdrawalCompletePashinyan)
            .Throughout(EffectiveDay, D(2022, 11, 30))
            .ActedBy("ARM")
            .AssertedBy("President of Azerbaijan Ilham Aliyev", "AZE")
            .Source(Sources.Seed000, "accusations of Armenian forces remaining in Artsakh")
            .KnownOn(Seed000Published)
            .Saying("Azerbaijan's President accused Armenia of keeping armed forces in Nagorno-Karabakh, contrary to Armenia's statement that they had withdrawn."))
        .Claim("c-a4-troops-remain-september-2023-seed000", c => c
            .Breached(ObligationIds.ArmedForcesWithdrawal)
            .Contradicts(WithdrawalCompletePashinyan)
            .On(D(2023, 9, 20))
            .ActedBy("ARM")
            .AssertedBy("Government of Azerbaijan", "AZE")
            .Source(Sources.Seed000, "Azerbaijan persistently demanded that Armenia withdraw its troops from Nagorno-Karabakh")
            .Source(Sources.Seed000, "which included a clause about Armenia withdrawing its troops from Nagorno-Karabakh")
            .Source(BabelCeasefire2023, "ceasefire terms of 20 September 2023: remaining Armenian forces to withdraw, local defence army to disband")
            .KnownOn(D(2023, 9, 20))
            .Saying("Azerbaijan kept demanding the withdrawal of Armenian troops from Nagorno-Karabakh, and the ceasefire of 20 September 2023 provided for the withdrawal of remaining Armenian forces, contrary to Armenia's statement that none remained."));

    // Articles 3-6: the peacekeepers' withdrawal and the monitoring centre's closure, 2024.
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
            .Terminated(TerminationReason.EarlyWithdrawal, ObligationIds.PeacekeepingTerm, ObligationIds.CorridorControl)
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

    // Article 6 (the new route, the corridor): 2022-2023.
    private static void AddArticle6ClaimsFrom2022(TimelineBuilder b) => b
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
            .Incident(ObligationIds.NewRoutePlan)
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

    // Article 7 (displaced persons): states alleged in 2024.
    private static void AddArticle7ClaimsFrom2022(TimelineBuilder b) => b
        .Claim("c-a7-no-return-seed000", c => c
            .Breached(ObligationIds.DisplacedReturn)
            .Throughout(EffectiveDay, Seed000Published)
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "Approximately 40,000 people had been displaced from Nagorno-Karabakh following the 2020 War, and they never had the opportunity to return to their homes.")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, about 40,000 people displaced from Nagorno-Karabakh after the 2020 war never had the opportunity to return home."))
        .Claim("c-a7-no-return-pashinyan-seed000", c => c
            .Breached(ObligationIds.DisplacedReturn)
            .Throughout(EffectiveDay, D(2024, 10, 12))
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "Why have internally displaced persons and refugees not returned and are not returning to Nagorno-Karabakh?")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said on 12 October 2024 that displaced persons and refugees had not returned to Nagorno-Karabakh as Article 7 provides."));

    // Article 8 (prisoners): 2023-2026, and states alleged in 2024.
    private static void AddArticle8ClaimsFrom2022(TimelineBuilder b) => b
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
            .Throughout(EffectiveDay, Seed000Published)
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
            .Throughout(EffectiveDay, D(2024, 10, 12))
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

    // Article 9 (communications): 2024-2026.
    private static void AddArticle9ClaimsFrom2022(TimelineBuilder b) => b
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

    // The statement itself: positions of 2023-2025.
    private static void AddStatementClaimsFrom2022(TimelineBuilder b) => b
        .Claim("c-stmt-in-force-russian-mfa-2023-lurer", c => c
            .StatementInForceAffirmed()
            .On(D(2023, 12, 14))
            .AssertedBy("Spokeswoman of the Ministry of Foreign Affairs of Russia", "RUS")
            .Source(LurerInForce2023, "14 Dec 2023: Russian MFA spokeswoman: the trilateral agreements remain in force")
            .KnownOn(D(2023, 12, 14))
            .Saying("Russia's foreign ministry spokeswoman said the trilateral agreements remained in force."))
        .Claim(ObsoletePashinyan2024, c => c
            .ObsoleteAsserted()
            .InYear(2024)
            .AssertedBy(Pashinyan, "ARM")
            .Source(NewsAmNoPointApplies2024, "2024 (day not confirmed): Armenian PM says none of the statement's points applies today")
            .KnownOn(D(2024, 12, 31))
            .Saying("Armenia's Prime Minister said that none of the statement's points applied any longer."))
        .Claim(ObsoletePashinyan2025, c => c
            .ObsoleteAsserted()
            .On(D(2025, 8, 28))
            .AssertedBy(Pashinyan, "ARM")
            .Source(CaliberPashinyan2025, "28 Aug 2025: Armenian PM says the November 2020 statement \"belongs to the past\"")
            .KnownOn(D(2025, 8, 28))
            .Saying("Armenia's Prime Minister said the November 2020 statement belonged to the past."))
        .Claim("c-stmt-in-force-russian-mfa-2025-08-caliber", c => c
            .StatementInForceAffirmed()
            .Contradicts(ObsoletePashinyan2025, ObsoletePashinyan2024)
            .On(D(2025, 8, 28))
            .AssertedBy(RussianForeignMinistry, "RUS")
            .Source(CaliberRussia2025, "28 Aug 2025: Russian MFA replies that no party has withdrawn from the statement")
            .KnownOn(D(2025, 8, 28))
            .Saying("Russia's foreign ministry replied that no party had withdrawn from the statement and that it remained in force."))
        .Claim("c-stmt-in-force-russian-mfa-2025-11", c => c
            .StatementInForceAffirmed()
            .Contradicts(ObsoletePashinyan2025, ObsoletePashinyan2024)
            .Between(D(2025, 11, 1), D(2025, 11, 10))
            .AssertedBy(RussianForeignMinistry, "RUS")
            .Source(RussianForeignMinistryNov2025, "about 7 Nov 2025 (day inferred): Russian MFA: the agreements remain valid")
            .KnownOn(D(2025, 11, 10))
            .Saying("Russia's foreign ministry said the trilateral agreements remained valid."));
}
