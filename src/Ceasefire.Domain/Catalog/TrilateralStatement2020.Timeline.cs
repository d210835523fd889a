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

    // First-days sources listed in docs/sources/addendum-2026-11-30.md (section 2), addresses copied as given there.
    private const string GlagolAirlift2020 = "https://glagol.press/?p=10925";
    private const string ArgumentiRuObserved2020 = "https://argumentiru.com/2020/11/sm-518033";
    private const string LentaAghdam2020 = "https://lenta.ua/azerbaydzhan-vvel-voyska-v-agdamskiy-rayon-karabaha-77337";
    private const string DispatchNewsDesk = "https://dispatchnewsdesk.com";
    private const string NovoyeVremyaAghdam2020 = "https://novoye-vremya.com/posts/armyanskie-voennye-pokinuli-agdamskiy-rayon-pereshedshiy-pod-kontrol-azerbaydzhana-2020-11-20-165418";
    private const string RossaPrimaveraAghdam2020 = "https://rossaprimavera.ru/news/4bf13a72";
    private const string ZartonkKarvachar2020 = "https://zartonkmedia.com/2020/11/24/today-armenian-authorities-officially-handed-artsakhs-karvachar-region-over-to-azerbaijan/";

    // Claim ids referred to by contradictions (those of later claims are in the other part).
    private const string PowsHeldArmenia = "c-a8-pows-held-armenian-authorities-seed003";
    private const string NotPowsAzerbaijan = "c-a8-detainees-not-pows-azerbaijan-seed003";
    private const string June2021Release17 = "c-a8-june-2021-release-17-seed001";

    // Article 1 (ceasefire, positions): 2020-2021.
    private static void AddArticle1Claims(TimelineBuilder b) => b
        .Claim("c-a1-observed-russian-general-staff-argumentiru", c => c
            .ComplianceAttested(ObligationIds.Ceasefire, ObligationIds.HoldPositions)
            .On(D(2020, 11, 11))
            .AssertedBy("Russian General Staff (Col. Gen. Sergei Rudskoy)", "RUS")
            .Source(ArgumentiRuObserved2020, "11 Nov 2020: Armenia and Azerbaijan are observing the ceasefire; hostilities stopped by both sides, forces halted at their lines")
            .KnownOn(D(2020, 11, 11))
            .Saying("Russia's General Staff said on 11 November 2020 that Armenia and Azerbaijan were observing the ceasefire, that both sides had stopped hostilities and that their forces had halted at their lines."))
        .Claim("c-a1-hadrut-attack-seed000", c => c
            .Incident(ObligationIds.Ceasefire)
            .On(D(2020, 12, 12))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "attacked and captured the villages of Khtsaberd and Hin Tagher in Hadrut region on December 12, 2020")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani special units attacked and captured the villages of Khtsaberd and Hin Tagher in Hadrut region on 12 December 2020."))
        .Claim("c-a1-hadrut-villages-seed000", c => c
            .Incident(ObligationIds.HoldPositions)
            .On(D(2020, 12, 12))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "these villages were still controlled by Armenian forces")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijani forces took Khtsaberd and Hin Tagher, villages still held by Armenian forces when the ceasefire took effect."))
        .Claim("c-a1-hadrut-attack-pashinyan-seed000", c => c
            .Incident(ObligationIds.Ceasefire)
            .On(D(2020, 12, 12))
            .ActedBy("AZE")
            .AssertedBy(Pashinyan, "ARM")
            .Source(Sources.Seed000, "Prime Minister Nikol Pashinyan emphasized that the attack occurred before Russian peacekeepers had fully deployed in the region")
            .Source(Sources.Seed000, "He noted that Azerbaijan halted its offensive only after a small contingent of Russian peacekeepers arrived.")
            .KnownOn(Seed000Published)
            .Saying("Armenia's Prime Minister said the Azerbaijani attack of 12 December 2020 came before the Russian peacekeepers had fully deployed and stopped only once a small contingent arrived."))
        .Claim("c-a1-mid-december-2020-skirmishes-seed003", c => c
            .Incident(ObligationIds.Ceasefire)
            .Between(D(2020, 12, 11), D(2020, 12, 20))
            .AssertedBy(Encyclopedia)
            .Source(Sources.Seed003, "following skirmishes in mid-December 2020, Azerbaijan detained a group of 62 Armenian soldiers")
            .Source(Sources.Seed002, "following skirmishes in mid-December 2020, Azerbaijan detained a group of 62 Armenian soldiers")
            .KnownOn(Seed002Published)
            .Saying("The article reports skirmishes in mid-December 2020 after the ceasefire, without attributing them to either side."));

    // Article 2 (Aghdam): November 2020.
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
            .Saying("Per the claimant, Armenian forces withdrew from Aghdam on 20 November 2020, leaving it under Azerbaijani control, on schedule."))
        .Claim("c-a2-aghdam-entered-azerbaijan-mod-lenta", c => c
            .Performed(ObligationIds.AghdamReturn)
            .On(D(2020, 11, 20))
            .AssertedBy("Ministry of Defence of Azerbaijan", "AZE")
            .Source(LentaAghdam2020, "20 Nov 2020: Azerbaijani defence ministry: army units entered the Aghdam district on 20 November \"according to the trilateral statement\" (Interfax, RBC, TASS)")
            .Source(DispatchNewsDesk, "Russian-language item of 20 Nov 2020, citing RBC (the research addendum gives the site's root only)")
            .KnownOn(D(2020, 11, 20))
            .Saying("Azerbaijan's defence ministry said its army units entered the Aghdam (Agdam) district on 20 November 2020 in accordance with the trilateral statement."))
        .Claim("c-a2-aghdam-left-volkov-novoye-vremya", c => c
            .Performed(ObligationIds.AghdamReturn)
            .On(D(2020, 11, 20))
            .ActedBy("ARM")
            .AssertedBy("Maj. Gen. Andrei Volkov, chief of staff of the Russian peacekeeping contingent (via TASS)", "RUS-PKF")
            .Source(NovoyeVremyaAghdam2020, "20 Nov 2020, 19:05 Baku: Armenian units have left the Aghdam district; the handover went \"without incidents and provocations\"")
            .Source(RossaPrimaveraAghdam2020, "20 Nov 2020: Volkov (TASS): Armenian units have left the Aghdam district")
            .KnownOn(D(2020, 11, 20))
            .Saying("The chief of staff of the Russian peacekeeping contingent said on 20 November 2020 that Armenian units had left the Aghdam (Agdam) district and that the handover went without incidents or provocations."));

    // Article 3 (the peacekeepers' deployment): 2020-2021.
    private static void AddArticle3Claims(TimelineBuilder b) => b
        .Claim("c-a3-airlift-ulyanovsk-tass-glagol", c => c
            .PartlyPerformed(ObligationIds.PeacekeeperDeployment)
            .On(D(2020, 11, 10))
            .ActedBy("RUS-PKF")
            .AssertedBy("TASS (Russian news agency), as cited by Glagol")
            .Source(GlagolAirlift2020, "10 Nov 2020, early morning: military transport aircraft leave Ulyanovsk-Vostochny for Stepanakert with the contingent's personnel and equipment (citing TASS)")
            .KnownOn(D(2020, 11, 10))
            .Saying("Military transport aircraft carrying the peacekeeping contingent's personnel and equipment left Ulyanovsk-Vostochny for Stepanakert (Khankendi) early on 10 November 2020."))
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
            .Saying("Per the claimant, the Russian peacekeeping force was deployed under Articles 3 and 4, concentrated around the Lachin corridor and patrolling, as of 8 November 2021."));

    // Article 5 (the ceasefire control centre): 2021.
    private static void AddArticle5Claims(TimelineBuilder b) => b
        .Claim("c-a5-monitoring-centre-opened-seed001", c => c
            .PartlyPerformed(ObligationIds.CeasefireControlCenter)
            .On(D(2021, 1, 30))
            .ActedBy("RUS")
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "was started with the opening of Turkish-Russian joint monitoring center")
            .Source(Sources.Seed001, "Ortak Gözlem Merkezi faaliyete başladı, DW, 30 January 2021")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, the Article 5 peacekeeping centre took shape with the joint Turkish-Russian monitoring centre, which began operating on 30 January 2021; that this centre is the Article 5 centre is the claimant's reading."));

    // Article 6 (Kelbajar, Lachin, the corridor): 2020-2021.
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
        .Claim("c-a6-karvachar-handover-zartonk", c => c
            .Performed(ObligationIds.KelbajarReturn)
            .At(Instant.FromUtc(2020, 11, 24, 20, 0))
            .ActedBy("ARM")
            .AssertedBy("Zartonk Media (Armenian diaspora outlet)", side: "ARM")
            .Source(ZartonkKarvachar2020, "25 Nov 2020, 00:00 Yerevan time (2020-11-24T20:00Z): Armenian authorities officially handed the Karvachar (Kelbajar) district over")
            .KnownOn(D(2020, 11, 24))
            .Saying("Per the outlet, the Armenian authorities officially handed the Karvachar (Kelbajar, Kalbajar) district over to Azerbaijan at 00:00 Yerevan time on 25 November 2020."))
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
            .Incident(ObligationIds.NewRoutePlan)
            .Between(D(2021, 9, 1), D(2021, 11, 30))
            .ActedBy("AZE")
            .AssertedBy(Seed000Author, side: "ARM")
            .Source(Sources.Seed000, "Azerbaijan began constructing a new route along the Lachin Corridor in fall 2021 without consulting the Armenian side of its intentions")
            .KnownOn(Seed000Published)
            .Saying("Per the claimant, Azerbaijan began building a new route along the Lachin corridor in fall 2021 without consulting Armenia, which the claimant calls a violation of the new-route clause."))
        .Claim("c-a6-corridor-control-attested-seed001", c => c
            .ComplianceAttested(ObligationIds.CorridorControl, ObligationIds.PeacekeepingTerm)
            .On(D(2021, 11, 8))
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "The Russian peacekeeping force, which was deployed in accordance with Articles 3 and 4")
            .Source(Sources.Seed001, "has been deployed in the parts of the Nagorno-Karabakh region close to the Azerbaijani side, concentrated around the Lachin corridor as of 8 November")
            .Source(Sources.Seed001, "Military activities, such as the provision of transportation between Armenia and Khankendi by Russia")
            .Source(Sources.Seed001, "are carried out in the areas under the control of the peacekeeping force")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, as of 8 November 2021 the Russian peacekeeping force was concentrated around the Lachin corridor, in areas under its control, providing transport between Armenia and Khankendi (Stepanakert)."));

    // Article 7 (displaced persons): 2020-2021.
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
        .Claim("c-a7-no-arrangements-azerbaijani-idps-seed001", c => c
            .Breached(ObligationIds.DisplacedReturn)
            .Throughout(EffectiveDay, Seed001Published)
            .AssertedBy(AvimAuthor, side: "AZE")
            .Source(Sources.Seed001, "no arrangements have been made yet for the return of the Azerbaijani residents who had to flee the region during the First Karabakh War")
            .KnownOn(Seed001Published)
            .Saying("Per the claimant, a year after the statement no arrangements had yet been made for the return of the Azerbaijani residents who fled the region during the first Karabakh war."));

    // Article 8 (prisoners): 2020-2021.
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
            .Between(D(2020, 12, 11), D(2021, 12, 31))
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
            .Saying("The U.S. House of Representatives, on 22 September 2021, demanded the release of about 200 Armenian prisoners of war, hostages and detainees and said Azerbaijan misrepresented their status."));

    // Article 9 (communications): 2021.
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
            .Saying("Meeting in Brussels, the leaders of Armenia and Azerbaijan agreed to restore railway communication, but not roads; reading this as the agreement Article 9 requires for new communications is an interpretation."));

    // The statement itself: positions of 2021.
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
            .Saying("The three leaders' joint statement in Sochi confirmed continued adherence to the 2020 statement."));
}
