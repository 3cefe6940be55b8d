using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Tests.Scenarios;

/// <summary>
/// The seed case of domain.md, built in code: the reported 2023 deal in which the US lifts its sanction on China's
/// Institute of Forensic Science and China cracks down on exporters of fentanyl ingredients. Facts come from The
/// Telegraph's report (../shared/seed/), which cites Bloomberg and CBS News; the Entity List detail is public record.
/// Where the article is vague ("earlier this month", "November last year") the date has the precision it supports.
/// </summary>
public static class SeedScenario
{
    public static readonly NegotiationId Id = new("us-cn-fentanyl-sanctions-2023");

    // Sources
    public static readonly SourceId Telegraph = new("telegraph-2023-11");
    public static readonly SourceId Bloomberg = new("bloomberg-2023-11");
    public static readonly SourceId CbsNews = new("cbs-news-2023-11");
    public static readonly SourceId EntityListRule = new("us-bis-entity-list-2020-05");

    // Parties
    public static readonly PartyId UnitedStates = new("us");
    public static readonly PartyId China = new("cn");
    public static readonly PartyId Mexico = new("mx");
    public static readonly PartyId Biden = new("joe-biden");
    public static readonly PartyId Xi = new("xi-jinping");
    public static readonly PartyId Sullivan = new("jake-sullivan");
    public static readonly PartyId Blinken = new("antony-blinken");
    public static readonly PartyId Adeyemo = new("wally-adeyemo");
    public static readonly PartyId Treasury = new("us-treasury");
    public static readonly PartyId Commerce = new("us-commerce");
    public static readonly PartyId House = new("us-house");
    public static readonly PartyId HouseChinaCommittee = new("us-house-ccp-committee");
    public static readonly PartyId PublicSecurityMinistry = new("cn-mps");
    public static readonly PartyId ForensicInstitute = new("cn-mps-ifs");
    public static readonly PartyId FentanylExporters = new("cn-fentanyl-exporters");
    public static readonly PartyId MexicanTraffickers = new("mx-fentanyl-traffickers");
    public static readonly PartyId SanctionedPeople = new("cn-treasury-designated-people");
    public static readonly PartyId SanctionedBusinesses = new("cn-treasury-designated-businesses");
    public static readonly PartyId HumanRightsGroups = new("human-rights-groups");
    public static readonly PartyId Republicans = new("us-republican-politicians");
    public static readonly PartyId Uyghurs = new("xinjiang-uyghurs");

    // Issues
    public static readonly IssueId Fentanyl = new("fentanyl");
    public static readonly IssueId XinjiangHumanRights = new("xinjiang-human-rights");
    public static readonly IssueId MilitaryCommunication = new("military-communication");
    public static readonly IssueId AiInNuclearCommand = new("ai-nuclear-command");
    public static readonly IssueId Engagement = new("us-china-engagement");
    public static readonly IssueId TaiwanStrait = new("taiwan-strait");
    public static readonly IssueId Espionage = new("espionage");
    public static readonly IssueId SouthChinaSea = new("south-china-sea");
    public static readonly IssueId EvsAndSemiconductors = new("evs-semiconductors");

    // Sanctions
    public static readonly SanctionId InstituteListing = new("us-entity-list-cn-mps-ifs");
    public static readonly SanctionId TreasuryFentanylDesignations = new("us-treasury-fentanyl-2023");

    // Demands
    public static readonly DemandId UsAsksCrackdown = new("us-asks-crackdown-on-exporters");
    public static readonly DemandId UsAskedIngredientRestrictions = new("us-asks-ingredient-restrictions");
    public static readonly DemandId ChinaAsksLifting = new("cn-asks-lifting-institute-sanction");
    public static readonly DemandId UsWantsMilitaryTies = new("us-asks-military-ties");

    // Agreements and commitments
    public static readonly AgreementId FentanylDeal = new("us-cn-fentanyl-deal");
    public static readonly CommitmentId UsLiftsInstituteSanction = new("us-lifts-institute-sanction");
    public static readonly CommitmentId ChinaCracksDown = new("cn-cracks-down-on-exporters");
    public static readonly AgreementId MilitaryChannel = new("us-cn-military-communication");
    public static readonly CommitmentId UsResumesChannel = new("us-resumes-military-channel");
    public static readonly CommitmentId ChinaResumesChannel = new("cn-resumes-military-channel");
    public static readonly AgreementId AiNuclearPledge = new("us-cn-ai-nuclear-pledge");
    public static readonly CommitmentId UsRefrainsAi = new("us-refrains-ai-nuclear");
    public static readonly CommitmentId ChinaRefrainsAi = new("cn-refrains-ai-nuclear");

    // Stances
    public static readonly StanceId HumanRightsGroupsOppose = new("human-rights-groups-oppose-deal");
    public static readonly StanceId HouseCommitteeCriticises = new("house-committee-negligible-benefit");
    public static readonly StanceId RepublicansAccuse = new("republicans-decline-in-action");
    public static readonly StanceId BidenDeRisk = new("biden-de-risk-not-decouple");
    public static readonly StanceId SullivanLines = new("sullivan-lines-of-communication");
    public static readonly StanceId AdeyemoDisrupt = new("adeyemo-disrupt-network");

    // Events
    public static readonly EventId XiLastUsVisit = new("xi-us-visit-2017");
    public static readonly EventId InstituteDesignated = new("institute-designation-2020");
    public static readonly EventId LastInPersonMeeting = new("biden-xi-meeting-2022");
    public static readonly EventId BalloonShotDown = new("balloon-shot-down-2023");
    public static readonly EventId BlinkenTrip = new("blinken-china-trip-2023");
    public static readonly EventId TreasuryDesignations = new("treasury-fentanyl-designations-2023");
    public static readonly EventId HouseCommitteeLetter = new("house-committee-letter-2023");
    public static readonly EventId ApecMeeting = new("biden-xi-apec-2023");
    public static readonly EventId ChinaLimitsChemicalExports = new("cn-limits-precursor-exports-2023");

    private static readonly string[] FentanylItems = ["fentanyl", "fentanyl components"];

    /// <summary>Builds the document; the scenario is valid, so a failure here is a bug in the library.</summary>
    public static NegotiationDocument Build() => Builder().Build().Match(
        document => document,
        failure => throw new InvalidOperationException($"The seed scenario is invalid:{Environment.NewLine}{failure}"));

    /// <summary>
    /// The seed's bargaining section: the institute's listing, the crackdown's scope and the military channel, each
    /// side's preferences an assumption of the library's authors, and the reported package as an outcome.
    /// </summary>
    public static BargainingDomain Bargaining { get; } = MakeBargaining();

    /// <summary>The builder, for tests that change the scenario before building it.</summary>
    public static NegotiationBuilder Builder()
    {
        var telegraph = Attribution.Reported(Telegraph);
        var builder = new NegotiationBuilder(Id, "US–China: sanctions on a police forensic institute for a crackdown on fentanyl exporters (2023)")
            .Describe("The US is reported to lift sanctions on China's Institute of Forensic Science, accused of surveilling Uyghurs, in exchange for a Chinese crackdown on exporters of fentanyl ingredients, to be agreed at the Biden–Xi meeting at APEC in San Francisco on 15 November 2023. Reported by Bloomberg; not officially confirmed by the White House; opposed by human rights groups.");

        // Sources.
        builder
            .Add(new Source(Telegraph, "The Telegraph", SourceType.News, "Joe Biden to make controversial human rights trade-off as price for China's help tackling fentanyl crisis", published: new PartialDate(2023, 11)))
            .Add(new Source(Bloomberg, "Bloomberg", SourceType.News, "Report of the planned US–China fentanyl agreement (cited by The Telegraph)", published: new PartialDate(2023, 11)))
            .Add(new Source(CbsNews, "CBS News", SourceType.News, "Interview with Jake Sullivan (cited by The Telegraph)", published: new PartialDate(2023, 11)))
            .Add(new Source(EntityListRule, "US Department of Commerce", SourceType.Government, "Commerce Department to Add Nine Chinese Entities Related to Human Rights Abuses in the Xinjiang Uighur Autonomous Region to the Entity List (press release)", published: new PartialDate(2020, 5, 22)));

        // States and their bodies.
        builder
            .Add(new State(UnitedStates, "United States", new CountryCode("US"), ["United States of America", "US", "Washington"]) { ExternalIds = [new("wikidata", "Q30")] })
            .Add(new State(China, "People's Republic of China", new CountryCode("CN"), ["China", "PRC", "Beijing"]) { ExternalIds = [new("wikidata", "Q148")] })
            .Add(new State(Mexico, "Mexico", new CountryCode("MX")) { ExternalIds = [new("wikidata", "Q96")] })
            .Add(new GovernmentBody(Treasury, "US Department of the Treasury", GovernmentBodyType.Ministry, UnitedStates, new CountryCode("US"), ["Treasury"]))
            .Add(new GovernmentBody(Commerce, "US Department of Commerce", GovernmentBodyType.Ministry, UnitedStates, new CountryCode("US")))
            .Add(new GovernmentBody(House, "US House of Representatives", GovernmentBodyType.Legislature, UnitedStates, new CountryCode("US")))
            .Add(new GovernmentBody(HouseChinaCommittee, "House Select Committee on the Chinese Communist Party", GovernmentBodyType.Committee, House, new CountryCode("US"), ["House committee on the Chinese Communist Party"]))
            .Add(new GovernmentBody(PublicSecurityMinistry, "Ministry of Public Security", GovernmentBodyType.Ministry, China, new CountryCode("CN"), ["MPS"]))
            .Add(new GovernmentBody(ForensicInstitute, "Institute of Forensic Science of China", GovernmentBodyType.Institute, PublicSecurityMinistry, new CountryCode("CN"), ["Ministry of Public Security's Institute of Forensic Science", "forensic police institute"]));

        // People, with the offices the article names.
        builder
            .Add(new Person(Biden, "Joe Biden", new CountryCode("US"), [new PositionHeld("President of the United States", UnitedStates, new PartialDate(2021, 1, 20))]))
            .Add(new Person(Xi, "Xi Jinping", new CountryCode("CN"), [new PositionHeld("President of the People's Republic of China", China, new PartialDate(2013, 3))]))
            .Add(new Person(Sullivan, "Jake Sullivan", new CountryCode("US"), [new PositionHeld("National Security Advisor", UnitedStates, new PartialDate(2021, 1, 20))]))
            .Add(new Person(Blinken, "Antony Blinken", new CountryCode("US"), [new PositionHeld("Secretary of State", UnitedStates, new PartialDate(2021, 1, 26))]))
            .Add(new Person(Adeyemo, "Wally Adeyemo", new CountryCode("US"), [new PositionHeld("Deputy Secretary of the Treasury", Treasury, new PartialDate(2021, 3))], ["Adewale Adeyemo"]));

        // Collectives known by description.
        builder
            .Add(new Group(FentanylExporters, "Chinese exporters of fentanyl ingredients", GroupType.Businesses, new CountryCode("CN"), description: "Companies that export fentanyl or its components to suppliers in Mexico."))
            .Add(new Group(MexicanTraffickers, "Mexican suppliers who mix and traffic fentanyl", GroupType.Criminal, new CountryCode("MX"), description: "Mix the ingredients and traffic the drug into the United States."))
            .Add(new Group(SanctionedPeople, "People in China sanctioned by the Treasury for fentanyl ingredients", GroupType.Individuals, new CountryCode("CN"), size: 13))
            .Add(new Group(SanctionedBusinesses, "Businesses in China sanctioned by the Treasury for fentanyl ingredients", GroupType.Businesses, new CountryCode("CN"), size: 12))
            .Add(new Group(HumanRightsGroups, "Human rights groups", GroupType.Advocacy))
            .Add(new Group(Republicans, "Republican politicians", GroupType.Political, new CountryCode("US")))
            .Add(new Group(Uyghurs, "Uyghurs and other minorities in Xinjiang", GroupType.Population, new CountryCode("CN"), affiliation: null, description: "Affected by the institute's surveillance; not at the table."));

        // Issues on the table, and the context.
        builder
            .Issue(Fentanyl.Value, "Fentanyl and its precursors", IssueCategory.IllegalDrugs)
            .Issue(XinjiangHumanRights.Value, "Human rights in Xinjiang", IssueCategory.HumanRights)
            .Issue(MilitaryCommunication.Value, "Military-to-military communication", IssueCategory.Military)
            .Issue(AiInNuclearCommand.Value, "Artificial intelligence in nuclear weapons systems", IssueCategory.Nuclear)
            .Issue(Engagement.Value, "US engagement with China", IssueCategory.Diplomatic)
            .Issue(TaiwanStrait.Value, "Tension in the Taiwan Strait", IssueCategory.Territory)
            .Issue(Espionage.Value, "China's espionage against the US", IssueCategory.Intelligence)
            .Issue(SouthChinaSea.Value, "Military firepower in the South China Sea", IssueCategory.Military)
            .Issue(EvsAndSemiconductors.Value, "Electric vehicles and semiconductors", IssueCategory.Economic);

        // Sanctions.
        builder
            .Add(new Sanction(
                InstituteListing,
                Commerce,
                [ForensicInstitute],
                [SanctionMeasure.ExportControl],
                program: "Entity List",
                legalBasis: "Export Administration Regulations, 15 CFR part 744",
                reason: "Complicit in human rights violations and abuses in China's campaign of repression, mass arbitrary detention, forced labour and high-technology surveillance against Uyghurs and other minorities in Xinjiang.",
                listingDate: new PartialDate(2020, 5),
                attribution: new Attribution(Confidence.Official, [EntityListRule, Telegraph], "Imposed by the Trump administration; the article says 'sanctioned in May 2020', the Commerce Department's announcement of 22 May 2020 names the institute among nine entities added to the Entity List.")))
            .Add(new Sanction(
                TreasuryFentanylDesignations,
                Treasury,
                [SanctionedPeople, SanctionedBusinesses],
                [SanctionMeasure.AssetFreeze, SanctionMeasure.FinancialRestriction],
                program: "Illicit drugs (fentanyl supply chain)",
                reason: "Producing and exporting fentanyl ingredients, including xylazine.",
                listingDate: new PartialDate(2023, 11),
                attribution: new Attribution(Confidence.Reported, [Telegraph], "The article says 'earlier this month'; month precision only.")));

        // Demands, with their linkage.
        builder
            .Add(new Demand(
                UsAsksCrackdown, UnitedStates, China,
                new PolicyAction(ActionKind.Enforce, "Crack down on exporters who send fentanyl or its components to suppliers in Mexico.", targets: [FentanylExporters], items: FentanylItems),
                Fentanyl, DemandStatus.Made, new PartialDate(2023, 11),
                attribution: telegraph,
                note: "Dated by the report (November 2023): the article says Washington 'has asked', not when."))
            .Add(new Demand(
                UsAskedIngredientRestrictions, UnitedStates, China,
                new PolicyAction(ActionKind.RestrictExports, "Expand China's export restrictions to cover the ingredients of fentanyl.", items: ["fentanyl ingredients"]),
                Fentanyl, DemandStatus.Rejected,
                response: new DemandResponse("Beijing refused, blaming the American sanctions on the Ministry of Public Security's Institute of Forensic Science.", [InstituteListing], attribution: telegraph),
                attribution: telegraph,
                note: "The article says the US had 'previously' asked; it gives no date."))
            .Add(new Demand(
                ChinaAsksLifting, China, UnitedStates,
                PolicyAction.Lift([InstituteListing], "End the sanctions on the forensic police institute."),
                XinjiangHumanRights, DemandStatus.Made, new PartialDate(2023, 11),
                inExchangeFor: [UsAsksCrackdown],
                attribution: telegraph,
                note: "Dated by the report (November 2023): the article says Beijing 'has asked', not when."))
            .Add(new Demand(
                UsWantsMilitaryTies, UnitedStates, China,
                new PolicyAction(ActionKind.ResumeChannel, "Re-establish military-to-military ties."),
                MilitaryCommunication, DemandStatus.Made, new PartialDate(2023, 11),
                attribution: new Attribution(Confidence.Reported, [CbsNews, Telegraph])));

        // Agreements: the reported trade-off, and what else is on the table.
        builder
            .Add(new Agreement(
                FentanylDeal,
                "US lifts sanctions on the Institute of Forensic Science; China cracks down on fentanyl exporters",
                [UnitedStates, China],
                [
                    new Commitment(UsLiftsInstituteSanction, UnitedStates, PolicyAction.Lift([InstituteListing]), conditionalOn: [ChinaCracksDown], fulfils: [ChinaAsksLifting]),
                    new Commitment(ChinaCracksDown, China, new PolicyAction(ActionKind.Enforce, "Crack down on exporters of fentanyl ingredients.", targets: [FentanylExporters], items: FentanylItems), conditionalOn: [UsLiftsInstituteSanction], fulfils: [UsAsksCrackdown]),
                ],
                AgreementStatus.Reported,
                Confirmation.Unconfirmed,
                issues: [Fentanyl, XinjiangHumanRights],
                venue: "Biden–Xi bilateral meeting on the margins of the APEC summit, San Francisco",
                date: new PartialDate(2023, 11, 15),
                attribution: new Attribution(Confidence.Reported, [Bloomberg, Telegraph], "Reported by Bloomberg; not officially confirmed by the White House in advance of the meeting.")))
            .Add(new Agreement(
                MilitaryChannel,
                "Resumption of military-to-military communication",
                [UnitedStates, China],
                [
                    new Commitment(UsResumesChannel, UnitedStates, new PolicyAction(ActionKind.ResumeChannel, "Resume military-to-military communication.")),
                    new Commitment(ChinaResumesChannel, China, new PolicyAction(ActionKind.ResumeChannel, "Resume military-to-military communication."), fulfils: [UsWantsMilitaryTies]),
                ],
                AgreementStatus.Proposed,
                issues: [MilitaryCommunication],
                date: new PartialDate(2023, 11, 15),
                attribution: new Attribution(Confidence.Reported, [Telegraph], "The summit is 'likely' to see it.")))
            .Add(new Agreement(
                AiNuclearPledge,
                "Pledge not to integrate AI into nuclear weapons systems",
                [UnitedStates, China],
                [
                    new Commitment(UsRefrainsAi, UnitedStates, new PolicyAction(ActionKind.Refrain, "Not integrate artificial intelligence into nuclear weapons systems.", items: ["artificial intelligence in nuclear weapons systems"])),
                    new Commitment(ChinaRefrainsAi, China, new PolicyAction(ActionKind.Refrain, "Not integrate artificial intelligence into nuclear weapons systems.", items: ["artificial intelligence in nuclear weapons systems"])),
                ],
                AgreementStatus.Proposed,
                issues: [AiInNuclearCommand],
                date: new PartialDate(2023, 11, 15),
                attribution: new Attribution(Confidence.Reported, [Telegraph], "The countries 'could' agree it.")));

        // Who stands where.
        builder
            .Add(new Stance(HumanRightsGroupsOppose, HumanRightsGroups, FentanylDeal, StancePosition.Oppose,
                "The US should not pander to China on humanitarian issues in exchange for concessions elsewhere.", attribution: telegraph))
            .Add(new Stance(HouseCommitteeCriticises, HouseChinaCommittee, FentanylDeal, StancePosition.Oppose,
                "Mr Biden's \"very real trade-offs have led to negligible benefit\" on key issues including tension in the Taiwan Strait and China's \"campaign of espionage\"; \"competitive actions have been sacrificed to advance aimless, zombie-like engagement\".", date: new PartialDate(2023, 11), attribution: telegraph))
            .Add(new Stance(RepublicansAccuse, Republicans, Engagement, StancePosition.Oppose,
                "Accuse the White House of a \"decline in action\" against China in favour of diplomacy.", attribution: telegraph))
            .Add(new Stance(BidenDeRisk, Biden, Engagement, StancePosition.Conditional,
                "\"De-risk, not decouple\".", condition: "Engagement alongside competition over military firepower, electric vehicles and semiconductors.", attribution: telegraph))
            .Add(new Stance(SullivanLines, Sullivan, UsWantsMilitaryTies, StancePosition.Support,
                "\"We need those lines of communication so that there aren't mistakes or miscalculations or miscommunication.\"", attribution: new Attribution(Confidence.Reported, [CbsNews, Telegraph])))
            .Add(new Stance(AdeyemoDisrupt, Adeyemo, TreasuryFentanylDesignations, StancePosition.Support,
                "Action \"to expose and disrupt a network responsible for manufacturing and distributing illicit drugs\".", attribution: telegraph));

        // The timeline.
        builder
            .Add(new Event(XiLastUsVisit, EventKind.Visit, "Xi's last visit to the US, to meet President Trump", new PartialDate(2017), [Xi, UnitedStates], country: new CountryCode("US"), attribution: telegraph))
            .Add(new Event(InstituteDesignated, EventKind.Designation, "The institute is added to the Entity List", new PartialDate(2020, 5), [Commerce, ForensicInstitute], related: [InstituteListing], attribution: new Attribution(Confidence.Official, [EntityListRule, Telegraph])))
            .Add(new Event(LastInPersonMeeting, EventKind.Meeting, "Last in-person meeting of Biden and Xi", new PartialDate(2022, 11), [Biden, Xi], attribution: telegraph, note: "The article says 'November last year'."))
            .Add(new Event(BalloonShotDown, EventKind.Incident, "A Chinese spy balloon is shot down by the US military", new PartialDate(2023, 2), [UnitedStates, China], "Off the coast of South Carolina", new CountryCode("US"), attribution: telegraph))
            .Add(new Event(BlinkenTrip, EventKind.Visit, "Blinken's trip to China, delayed by the balloon incident", new PartialDate(2023, 6), [Blinken, China], country: new CountryCode("CN"), related: [BalloonShotDown], attribution: telegraph))
            .Add(new Event(ChinaLimitsChemicalExports, EventKind.Legislation, "Beijing acts to limit the export of the chemicals needed for fentanyl", new PartialDate(2023), [China], related: [Fentanyl], attribution: telegraph, note: "The article calls it 'recent action by Beijing' and gives no date; Chinese companies continue to export the ingredients to Mexico regardless."))
            .Add(new Event(TreasuryDesignations, EventKind.Designation, "The Treasury sanctions 13 people and 12 businesses in China over fentanyl ingredients", new PartialDate(2023, 11), [Treasury, SanctionedPeople, SanctionedBusinesses], related: [TreasuryFentanylDesignations], attribution: telegraph, note: "The article says 'earlier this month'."))
            .Add(new Event(HouseCommitteeLetter, EventKind.Statement, "The House committee on the CCP criticises the administration's trade-offs", new PartialDate(2023, 11), [HouseChinaCommittee], related: [HouseCommitteeCriticises, TaiwanStrait, Espionage], attribution: telegraph, note: "The article says 'last week'."))
            .Add(new Event(ApecMeeting, EventKind.Meeting, "Biden–Xi bilateral meeting on the margins of APEC", new PartialDate(2023, 11, 15), [Biden, Xi, UnitedStates, China], "San Francisco", new CountryCode("US"), related: [FentanylDeal, MilitaryChannel, AiNuclearPledge], attribution: telegraph));

        builder.Bargaining(Bargaining);

        return builder;
    }

    private static BargainingDomain MakeBargaining()
    {
        var assumed = new Attribution(Confidence.Assumed, [Telegraph, Bloomberg], "An illustration, not a report: the library authors' assumption of each side's priorities, read from the reports of the case. No government has stated these numbers.");
        const string StatusQuo = "No deal: the status quo of 2023, before the summit.";
        string[] noDeal = ["keep the institute listed", "no crackdown", "channel suspended"];
        return new BargainingDomain(
            [
                new NegotiableIssue(XinjiangHumanRights, [
                    new BargainingOption("keep the institute listed"),
                    new BargainingOption("lift the institute's listing", [new Reference(ReferenceKind.Sanction, InstituteListing.Value), new Reference(ReferenceKind.Commitment, UsLiftsInstituteSanction.Value)]),
                ], "The US sanction on the Institute of Forensic Science of the Ministry of Public Security."),
                new NegotiableIssue(Fentanyl, [
                    new BargainingOption("no crackdown"),
                    new BargainingOption("crack down on exporters", [new Reference(ReferenceKind.Commitment, ChinaCracksDown.Value)]),
                    new BargainingOption("restrict exports of all ingredients", [new Reference(ReferenceKind.Demand, UsAskedIngredientRestrictions.Value)]),
                ], "The scope of China's action against the fentanyl supply chain."),
                new NegotiableIssue(MilitaryCommunication, [
                    new BargainingOption("channel suspended"),
                    new BargainingOption("channel resumed", [new Reference(ReferenceKind.Agreement, MilitaryChannel.Value)]),
                ]),
            ],
            [
                new PartyPreferences(UnitedStates, [
                    new IssuePreference(XinjiangHumanRights, 0.2m, [1m, 0.3m]),
                    new IssuePreference(Fentanyl, 0.5m, [0m, 0.7m, 1m]),
                    new IssuePreference(MilitaryCommunication, 0.3m, [0m, 1m]),
                ], assumed, StatusQuo) { ReservationOutcome = [.. noDeal] },
                new PartyPreferences(China, [
                    new IssuePreference(XinjiangHumanRights, 0.4m, [0m, 1m]),
                    new IssuePreference(Fentanyl, 0.3m, [1m, 0.6m, 0m]),
                    new IssuePreference(MilitaryCommunication, 0.3m, [0.5m, 0.7m]),
                ], assumed, StatusQuo) { ReservationOutcome = [.. noDeal] },
            ],
            [new AgreementOutcome(FentanylDeal, ["lift the institute's listing", "crack down on exporters", "channel resumed"], "The summit's package as reported: the channel was restored at the same summit, in an agreement of its own.")]);
    }
}
