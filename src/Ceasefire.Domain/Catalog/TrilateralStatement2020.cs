using System;
using NodaTime;

namespace Ceasefire.Domain.Catalog;

/// <summary>
/// The built-in subject: the trilateral statement of 9 November 2020 by the leaders of Armenia, Azerbaijan and
/// Russia that ended the 2020 Nagorno-Karabakh war, effective 00:00 Moscow time on 10 November 2020
/// (2020-11-09T21:00:00Z); PA-X agreement 2324. The primary text is the English text published on the Armenian
/// Prime Minister's website (reproduced at the end of seed <c>000_3fdbbacc57461726.txt</c>); the renderings of the
/// Azerbaijani and Russian foreign ministries are text variants. Obligation ids are part of the public contract.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static partial class TrilateralStatement2020
{
    /// <summary>
    /// The version of the built-in data (the statement and its timeline): the date, as YYYY-MM-DD, of the last change to
    /// either. Reports and tidy exports carry it, so a table can be traced to the data it was computed from; change it
    /// whenever a claim, a source or the statement changes.
    /// </summary>
    public const string DataVersion = "2026-11-30";

    private static readonly Lazy<Statement> LazyStatement = new(CreateStatement);

    /// <summary>The built-in statement (built once, on first use; thread-safe).</summary>
    public static Statement Statement => LazyStatement.Value;

    // The built-in timeline: its claims are in TrilateralStatement2020.Timeline.cs (2020-2021) and
    // TrilateralStatement2020.Timeline.Later.cs (2022 onwards), added in the order below.
    private static readonly Lazy<Timeline> LazyTimeline = new(CreateTimeline);

    /// <summary>
    /// The built-in timeline (built once, on first use; thread-safe): every dated implementation event found in the five
    /// seed documents and in the research notes (events after the seeds, first-days reports), each as a <see cref="Claim"/> attributed to whoever
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
        AddArticle1ClaimsFrom2022(builder);
        AddArticle2Claims(builder);
        AddArticle3Claims(builder);
        AddArticle4WithdrawalClaims(builder);
        AddArticle5Claims(builder);
        AddPeacekeeperWithdrawalClaims(builder);
        AddArticle6Claims(builder);
        AddArticle6ClaimsFrom2022(builder);
        AddArticle7Claims(builder);
        AddArticle7ClaimsFrom2022(builder);
        AddArticle8Claims(builder);
        AddArticle8ClaimsFrom2022(builder);
        AddArticle9Claims(builder);
        AddArticle9ClaimsFrom2022(builder);
        AddStatementClaims(builder);
        AddStatementClaimsFrom2022(builder);
        return builder.Build();
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>The obligation ids of the built-in statement, in statement order.</summary>
    /// <threadsafety>Thread-safe: constants only.</threadsafety>
    public static class ObligationIds
    {
        /// <summary>Article 1: complete ceasefire and cessation of all military operations.</summary>
        public const string Ceasefire = "a1-ceasefire";

        /// <summary>Article 1: the Parties stop at their current positions.</summary>
        public const string HoldPositions = "a1-hold-positions";

        /// <summary>Article 2: return of the Aghdam region by 20 November 2020.</summary>
        public const string AghdamReturn = "a2-aghdam-return";

        /// <summary>Article 3: deployment of the Russian peacekeeping contingent.</summary>
        public const string PeacekeeperDeployment = "a3-peacekeeper-deployment";

        /// <summary>Article 4: withdrawal of the Armenian Armed Forces.</summary>
        public const string ArmedForcesWithdrawal = "a4-armed-forces-withdrawal";

        /// <summary>Article 4: the contingent's five-year, automatically renewed term.</summary>
        public const string PeacekeepingTerm = "a4-peacekeeping-term";

        /// <summary>Article 5: a peacekeeping centre for ceasefire control.</summary>
        public const string CeasefireControlCenter = "a5-ceasefire-control-center";

        /// <summary>Article 6: return of the Kelbajar (Kalbajar, Karvachar) region by 15 November 2020.</summary>
        public const string KelbajarReturn = "a6-kelbajar-return";

        /// <summary>Article 6: return of the Lachin (Berdzor) region by 1 December 2020.</summary>
        public const string LachinReturn = "a6-lachin-return";

        /// <summary>Article 6: the Lachin corridor stays under the contingent's control.</summary>
        public const string CorridorControl = "a6-corridor-control";

        /// <summary>Article 6: plan for a new route along the Lachin corridor, upon agreement, within three years.</summary>
        public const string NewRoutePlan = "a6-new-route-plan";

        /// <summary>Article 6: safe movement along the Lachin corridor in both directions.</summary>
        public const string CorridorSafeMovement = "a6-corridor-safe-movement";

        /// <summary>Article 7: return of internally displaced persons and refugees under UNHCR.</summary>
        public const string DisplacedReturn = "a7-displaced-return";

        /// <summary>Article 8: exchange of prisoners of war, hostages, other detainees and bodies.</summary>
        public const string PrisonerExchange = "a8-prisoner-exchange";

        /// <summary>Article 9: unblocking of all economic and transport links in the region.</summary>
        public const string UnblockLinks = "a9-unblock-links";

        /// <summary>Article 9: safe, unimpeded transit between western Azerbaijan and Nakhchivan.</summary>
        public const string NakhchivanTransitSafety = "a9-nakhchivan-transit-safety";

        /// <summary>Article 9: control over that transport communication by Russia's border guard service.</summary>
        public const string BorderGuardControl = "a9-border-guard-control";

        /// <summary>Article 9: new transport communications, upon agreement.</summary>
        public const string NewCommunications = "a9-new-communications";
    }

    private static Statement CreateStatement()
    {
        const string Research = Sources.ResearchNote;
        return Statement.CreateBuilder("Trilateral statement of 9 November 2020 by the leaders of Armenia, Azerbaijan and Russia")
            .SignedOn(new LocalDate(2020, 11, 9))
            .InTimeZone(DateTimeZoneProviders.Tzdb["Europe/Moscow"])
            .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
            .Source(Sources.Seed000, "The November 9 Trilateral Statement ... Translated statement from the Prime Minister's website.")
            .Source(Sources.ArmenianPrimeMinister, "English text, 10 November 2020")
            .Source(Sources.Seed003, "Infobox: Date Signed 2020-11-09, Date Effective 2020-11-10; \"from 00:00, on 10 November 2020 Moscow time\"")
            .CrossReference("PA-X", "2324", Sources.PeaceAgreementsDatabase)
            .Actor("ARM", "Republic of Armenia", a => a
                .As(ActorRoles.Signatory | ActorRoles.Party)
                .AlsoKnownAs("Armenia")
                .Described("Signatory; one of \"the Parties\" as defined in Article 1. Signed by Prime Minister N. V. Pashinyan."))
            .Actor("AZE", "Republic of Azerbaijan", a => a
                .As(ActorRoles.Signatory | ActorRoles.Party)
                .AlsoKnownAs("Azerbaijan")
                .Described("Signatory; one of \"the Parties\" as defined in Article 1. Signed by President I. H. Aliyev."))
            .Actor("RUS", "Russian Federation", a => a
                .As(ActorRoles.Signatory | ActorRoles.Guarantor)
                .AlsoKnownAs("Russia")
                .Described("Signatory and guarantor, not one of \"the Parties\" as defined in Article 1. Signed by President V. V. Putin."))
            .Actor("RUS-PKF", "Peacekeeping contingent of the Russian Federation", a => a
                .As(ActorRoles.ImplementingBody)
                .PartOf("RUS")
                .AlsoKnownAs("Russian peacekeeping contingent", "Russian peacekeepers")
                .Described("Implementing body of Articles 3, 4 and 6."))
            .Actor("RUS-FSB-BG", "Border Guard Service bodies of the FSS of Russia", a => a
                .As(ActorRoles.ImplementingBody)
                .PartOf("RUS")
                .AlsoKnownAs("Border Guard Service of the FSB of Russia", "agencies of the Border Guard Service of the FSB of Russia", "FSB Border Guard Service")
                .Described("Implementing body of Article 9: control over the transport communication."))
            .Actor("UNHCR", "Agency of the UN High Commissioner for Refugees", a => a
                .As(ActorRoles.SupervisingBody)
                .AlsoKnownAs("United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees")
                .Described("Supervising body of Article 7 (\"under the control\" in the Armenian text, \"under the supervision\" in the Russian MFA's quotation)."))
            .Actor("NK", "Nagorno-Karabakh authorities", a => a
                .As(ActorRoles.NonSignatoryAgreed)
                .AlsoKnownAs("Artsakh authorities", "Republic of Artsakh", "Nagorno-Karabakh Republic")
                .Described("The de facto authorities in Nagorno-Karabakh, whose leader agreed to end hostilities without signing the statement (seed 003_972e9ba7447b0314.txt: \"also agreed to an end of hostilities\")."))
            .Place("nagorno-karabakh", "Nagorno-Karabakh", p => p
                .NameUsedBy("primary text (Armenian PM English text)")
                .AlsoKnownAs("Nagorno Karabakh", "primary text (Articles 3, 6 and 7)")
                .AlsoKnownAs("Artsakh", "Armenian name")
                .AlsoKnownAs("Karabakh", "Azerbaijani and common usage"))
            .Place("aghdam", "Aghdam", p => p
                .NameUsedBy("primary text; Azerbaijani MFA English text")
                .AlsoKnownAs("Agdam", "Russian MFA English rendering"))
            .Place("kelbajar", "Kelbajar", p => p
                .NameUsedBy("primary text (Armenian PM English text)")
                .AlsoKnownAs("Kalbajar", "Azerbaijani MFA and Russian MFA English renderings")
                .AlsoKnownAs("Karvachar", "Armenian name"))
            .Place("lachin", "Lachin", p => p
                .NameUsedBy("primary text; Azerbaijani and Russian renderings")
                .AlsoKnownAs("Berdzor", "Armenian name"))
            .Place("lachin-corridor", "Lachin corridor", p => p
                .NameUsedBy("primary text; all renderings"))
            .Place("shushi", "Shushi", p => p
                .NameUsedBy("primary text (Armenian PM English text)")
                .AlsoKnownAs("Shusha", "Azerbaijani MFA and Russian MFA English renderings"))
            .Place("nakhchivan", "Nakhichevan", p => p
                .NameUsedBy("primary text (Armenian PM English text)")
                .AlsoKnownAs("Nakhchivan", "Azerbaijani usage")
                .AlsoKnownAs("Nakhijevan", "Armenian usage"))
            .Place("stepanakert", "Stepanakert", p => p
                .NameUsedBy("Armenian usage (seed 000_3fdbbacc57461726.txt)")
                .AlsoKnownAs("Khankendi", "Azerbaijani usage"))
            .Article(1, "As of 00:00 Moscow time, 10 November 2020, a complete ceasefire and cessation of all military operations in Nagorno-Karabakh conflict zone is hereby declared. The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, shall stop at their current positions.", a => a
                .Obligation(ObligationIds.Ceasefire, o => o
                    .OwedBy("ARM", "AZE").MustNot().Continuous()
                    .Concerning("nagorno-karabakh")
                    .Described("No military operations in the Nagorno-Karabakh conflict zone from 00:00 Moscow time, 10 November 2020.")
                    .Quoting("a complete ceasefire and cessation of all military operations in Nagorno-Karabakh conflict zone is hereby declared"))
                .Obligation(ObligationIds.HoldPositions, o => o
                    .OwedBy("ARM", "AZE").Must().Continuous()
                    .Described("The Parties stay at the positions they held when the ceasefire took effect.")
                    .Quoting("shall stop at their current positions")))
            .Article(2, "Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020.", a => a
                .Variant("Azerbaijani MFA English", "\"Aghdam district\"; the deadline is worded \"before 20 November\"", v => v
                    .InLanguage("en")
                    .Source(Sources.AzerbaijaniForeignMinistry, "point 2")
                    .Source(Research, "section 1, point 2: \"Aghdam district\"; deadline worded as \"before 20 November\"")
                    .ReadsDeadline(ObligationIds.AghdamReturn, Deadline.Before(new LocalDate(2020, 11, 20))))
                .Variant("Russian MFA English", "\"Agdam District\"", v => v
                    .InLanguage("en")
                    .Source(Sources.RussianForeignMinistry, "point 2")
                    .Source(Research, "section 1, point 2: \"Agdam District\""))
                .Obligation(ObligationIds.AghdamReturn, o => o
                    .OwedBy("ARM").OwedTo("AZE").Must().OneOff()
                    .DueBy(new LocalDate(2020, 11, 20))
                    .Concerning("aghdam")
                    .Described("Return of the Aghdam region to Azerbaijan (the text is in the passive voice; Armenia is read as the obligor).")
                    .Quoting("Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020")))
            .Article(3, "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor, composed of 1960 servicemen with firearms, 90 armoured carriers, 380 units of motor vehicles and special equipment.", a => a
                .Variant("Azerbaijani MFA English", "\"small arms\", \"armored personnel carriers\"", v => v
                    .InLanguage("en")
                    .Source(Sources.AzerbaijaniForeignMinistry, "point 3")
                    .Source(Research, "section 1, point 3: \"small arms\", \"armored personnel carriers\""))
                .Obligation(ObligationIds.PeacekeeperDeployment, o => o
                    .OwedBy("RUS-PKF").Must().OneOff()
                    .Counting(1960, "servicemen with firearms")
                    .Counting(90, "armoured carriers")
                    .Counting(380, "units of motor vehicles and special equipment")
                    .InParallelWith(ObligationIds.ArmedForcesWithdrawal)
                    .Concerning("nagorno-karabakh", "lachin-corridor")
                    .Described("Deployment of the Russian peacekeeping contingent along the line of contact and the Lachin corridor; no date, in parallel with the withdrawal in Article 4.")
                    .Quoting("Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor")))
            .Article(4, "The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces. The peacekeeping contingent of the Russian Federation shall stay for a period of 5 years, with further automatic 5-year extensions, where 6 months prior to the expiry of the time period none of the Parties declares of its intention to terminate the application of the provision.", a => a
                .Variant("Azerbaijani MFA English", "\"...automatic extension for the next 5-year periods, if none of the Parties declares intention to terminate ... 6 months prior to the expiration of the term\"", v => v
                    .InLanguage("en")
                    .Source(Sources.AzerbaijaniForeignMinistry, "point 4")
                    .Source(Research, "section 1, point 4"))
                .Variant("Russian MFA English", "\"tacitly extended\"", v => v
                    .InLanguage("en")
                    .Source(Sources.RussianForeignMinistry, "point 4")
                    .Source(Research, "section 1, point 4: \"tacitly extended\""))
                .Obligation(ObligationIds.ArmedForcesWithdrawal, o => o
                    .OwedBy("ARM").Must().OneOff()
                    .InParallelWith(ObligationIds.PeacekeeperDeployment)
                    .Described("Withdrawal of the Armenian Armed Forces, in parallel with the contingent's deployment; no date.")
                    .Quoting("in parallel with the withdrawal of the Armenian Armed Forces"))
                .Obligation(ObligationIds.PeacekeepingTerm, o => o
                    .OwedBy("RUS-PKF").OwedTo("ARM", "AZE").Must()
                    .RenewableTerm(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6))
                    .Described("The contingent stays five years from the effective instant, renewed automatically for five years unless a Party gives notice six months before expiry.")
                    .Quoting("The peacekeeping contingent of the Russian Federation shall stay for a period of 5 years, with further automatic 5-year extensions, where 6 months prior to the expiry of the time period none of the Parties declares of its intention to terminate the application of the provision")))
            .Article(5, "A peacekeeping center for ceasefire control; shall be deployed for the purpose of increasing effective control over the implementation of arrangements between the Parties to the conflict.", a => a
                .Variant("Azerbaijani MFA English", "\"a peacekeeping center is being deployed to control the ceasefire\"", v => v
                    .InLanguage("en")
                    .Source(Sources.AzerbaijaniForeignMinistry, "point 5")
                    .Source(Research, "section 1, point 5"))
                .Variant("Russian MFA English", "\"peacekeeping ceasefire verification centre\"", v => v
                    .InLanguage("en")
                    .Source(Sources.RussianForeignMinistry, "point 5")
                    .Source(Research, "section 1, point 5"))
                .Obligation(ObligationIds.CeasefireControlCenter, o => o
                    .OwedByUnnamed().Must().OneOff()
                    .Described("Deployment of a peacekeeping centre for ceasefire control; the text names no one to deploy it (the stray semicolon is in the primary text).")
                    .Quoting("A peacekeeping center for ceasefire control; shall be deployed")))
            .Article(6, "The Republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020, and the Lachin region by 1 December 2020. The Lachin corridor (5 km wide) which will ensure the communication between Nagorno-Karabakh and Armenia and at the same time will circumvent the city of Shushi, shall remain under the control of the peacekeeping contingent of the Russian Federation.\nUpon agreement reached between the Parties, a plan for the construction of a new route along the Lachin corridor shall be determined within the upcoming three years, ensuring communication between Nagorno Karabakh and Armenia, with subsequent redeployment of Russian peacekeeping contingent to protect this route.\nThe Republic of Azerbaijan shall guarantee safe movement of citizens, vehicles and cargo in both directions along the Lachin corridor.", a => a
                .Variant("Azerbaijani MFA English", "\"Kalbajar district\", \"Shusha\"", v => v
                    .InLanguage("en")
                    .Source(Sources.AzerbaijaniForeignMinistry, "point 6")
                    .Source(Research, "section 1, point 6"))
                .Variant("Russian MFA English", "\"cede the Kalbajar District\", \"Shusha\"", v => v
                    .InLanguage("en")
                    .Source(Sources.RussianForeignMinistry, "point 6")
                    .Source(Research, "section 1, point 6"))
                .Obligation(ObligationIds.KelbajarReturn, o => o
                    .OwedBy("ARM").OwedTo("AZE").Must().OneOff()
                    .DueBy(new LocalDate(2020, 11, 15))
                    .Concerning("kelbajar")
                    .Described("Return of the Kelbajar (Kalbajar, Karvachar) region to Azerbaijan by 15 November 2020.")
                    .Quoting("The Republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by 15 November, 2020"))
                .Obligation(ObligationIds.LachinReturn, o => o
                    .OwedBy("ARM").OwedTo("AZE").Must().OneOff()
                    .DueBy(new LocalDate(2020, 12, 1))
                    .Concerning("lachin")
                    .Described("Return of the Lachin (Berdzor) region to Azerbaijan by 1 December 2020, the corridor excepted.")
                    .Quoting("and the Lachin region by 1 December 2020"))
                .Obligation(ObligationIds.CorridorControl, o => o
                    .OwedBy("RUS-PKF").Must().Continuous()
                    .Counting(5, "km wide")
                    .Concerning("lachin-corridor", "shushi")
                    .Described("The 5 km wide Lachin corridor, which bypasses Shushi (Shusha), stays under the control of the Russian peacekeeping contingent.")
                    .Quoting("The Lachin corridor (5 km wide) which will ensure the communication between Nagorno-Karabakh and Armenia and at the same time will circumvent the city of Shushi, shall remain under the control of the peacekeeping contingent of the Russian Federation"))
                .Obligation(ObligationIds.NewRoutePlan, o => o
                    .OwedBy("ARM", "AZE").Must().OneOff()
                    .Upon(Condition.AgreementBetweenParties)
                    .DueWithin(Period.FromYears(3))
                    .Concerning("lachin-corridor")
                    .Described("Upon agreement between the Parties, a plan for a new route along the Lachin corridor, within three years of the effective instant.")
                    .Quoting("Upon agreement reached between the Parties, a plan for the construction of a new route along the Lachin corridor shall be determined within the upcoming three years"))
                .Obligation(ObligationIds.CorridorSafeMovement, o => o
                    .OwedBy("AZE").Must().Continuous()
                    .Concerning("lachin-corridor")
                    .Described("Safe movement of citizens, vehicles and cargo in both directions along the Lachin corridor.")
                    .Quoting("The Republic of Azerbaijan shall guarantee safe movement of citizens, vehicles and cargo in both directions along the Lachin corridor")))
            .Article(7, "Internally displaced persons and refugees shall return to the territory of Nagorno Karabakh and adjacent regions under the control of the Agency of the UN High Commissioner for Refugees.", a => a
                .Variant("Russian MFA spokeswoman's quotation", "\"under the supervision of the United Nations High Commissioner for Refugees\"", v => v
                    .InLanguage("en")
                    .Source("https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994", "Russian MFA spokeswoman quoting point 7, 30 December 2021")
                    .Source(Research, "section 1, point 7"))
                .Obligation(ObligationIds.DisplacedReturn, o => o
                    .OwedByUnnamed().Must().OpenEndedProgress()
                    .Concerning("nagorno-karabakh")
                    .Described("Return of internally displaced persons and refugees to Nagorno-Karabakh and adjacent regions under UNHCR; the text names no obligor and no date.")
                    .Quoting("Internally displaced persons and refugees shall return to the territory of Nagorno Karabakh and adjacent regions under the control of the Agency of the UN High Commissioner for Refugees")))
            .Article(8, "An exchange of prisoners of war, hostages and other detained persons and corpses of deceased persons shall be carried out.", a => a
                .Obligation(ObligationIds.PrisonerExchange, o => o
                    .OwedBy("ARM", "AZE").Must().OpenEndedProgress()
                    .Described("Exchange of prisoners of war, hostages, other detained persons and the bodies of the dead; no date.")
                    .Quoting("An exchange of prisoners of war, hostages and other detained persons and corpses of deceased persons shall be carried out")))
            .Article(9, "All economic and transport links in the region shall be unblocked. The Republic of Armenia shall guarantee the safety of transport communication between the western regions of the Republic of Azerbaijan and the Nakhichevan Autonomous Republic with a view to organize the unimpeded movement of citizens, vehicles and cargo in both directions. Control over transport communication shall be exercised by the Border Guard Service bodies of the FSS of Russia.\nUpon agreement reached between the Parties, construction of new transport communications linking the Nakhichevan Autonomous Republic with the western regions of Azerbaijan shall be ensured.", a => a
                .Variant("Russian MFA English", "\"agencies of the Border Guard Service of the FSB of Russia\"", v => v
                    .InLanguage("en")
                    .Source("https://news.am/eng/news/790075.html", "point 9 rendering")
                    .Source("https://www.armenianclub.com/2023/11/10/moscow-says-russia-should-monitor-azerbaijan-nakhichevan-transport-route/", "point 9 rendering")
                    .Source(Research, "section 1, point 9"))
                .Obligation(ObligationIds.UnblockLinks, o => o
                    .OwedBy("ARM", "AZE").Must().OpenEndedProgress()
                    .Described("Unblocking of all economic and transport links in the region; no date.")
                    .Quoting("All economic and transport links in the region shall be unblocked"))
                .Obligation(ObligationIds.NakhchivanTransitSafety, o => o
                    .OwedBy("ARM").OwedTo("AZE").Must().Continuous()
                    .Concerning("nakhchivan")
                    .Described("Safe, unimpeded movement of citizens, vehicles and cargo in both directions between the western regions of Azerbaijan and Nakhchivan (Nakhichevan, Nakhijevan).")
                    .Quoting("The Republic of Armenia shall guarantee the safety of transport communication between the western regions of the Republic of Azerbaijan and the Nakhichevan Autonomous Republic with a view to organize the unimpeded movement of citizens, vehicles and cargo in both directions"))
                .Obligation(ObligationIds.BorderGuardControl, o => o
                    .OwedBy("RUS-FSB-BG").Must().Continuous()
                    .Described("Control over that transport communication by the Border Guard Service of Russia's FSB (FSS).")
                    .Quoting("Control over transport communication shall be exercised by the Border Guard Service bodies of the FSS of Russia"))
                .Obligation(ObligationIds.NewCommunications, o => o
                    .OwedBy("ARM", "AZE").OwedTo("AZE").Must().OneOff()
                    .Upon(Condition.AgreementBetweenParties)
                    .Concerning("nakhchivan")
                    .Described("Upon agreement between the Parties, construction of new transport communications linking Nakhchivan with the western regions of Azerbaijan; no date.")
                    .Quoting("Upon agreement reached between the Parties, construction of new transport communications linking the Nakhichevan Autonomous Republic with the western regions of Azerbaijan shall be ensured")))
            .Build();
    }
}
