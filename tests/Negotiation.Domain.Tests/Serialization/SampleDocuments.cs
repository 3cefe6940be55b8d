using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Issues;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Named documents for the round-trip tests: the seed, a generated one, the smallest, and one with every optional part set.</summary>
internal static class SampleDocuments
{
    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var serializer in Serializers.Both)
            {
                foreach (var name in new[] { "seed", "generated", "smallest", "everything" })
                {
                    data.Add(serializer, name);
                }
            }

            return data;
        }
    }

    public static NegotiationDocument Get(string name) => name switch
    {
        "seed" => SeedScenario.Build(),
        "generated" => DocumentGenerator.Generate(50),
        "smallest" => new NegotiationBuilder("smallest", "The smallest document").Build().AsT0,
        "everything" => Everything(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample."),
    };

    /// <summary>Every kind of record and party, with every optional member set, and text that needs escaping.</summary>
    public static NegotiationDocument Everything()
    {
        var source = new SourceId("wire");
        var other = new SourceId("other-wire");
        var attribution = new Attribution(Confidence.Disputed, [source], "according to \"people familiar\" — unconfirmed\nsecond line", [new Counterclaim(Confidence.Denied, [other], "denied by the ministry")]);
        var us = new PartyId("us");
        var cn = new PartyId("cn");
        var ministry = new PartyId("cn-mofcom");
        var company = new PartyId("acme");
        var subsidiary = new PartyId("acme-sub");
        var person = new PartyId("a-person");
        var group = new PartyId("exporters");
        var bloc = new PartyId("bloc");
        var un = new PartyId("un");
        var council = new PartyId("unsc");
        var issue = new IssueId("trade");
        var sanction = new SanctionId("listing");
        var demand = new DemandId("ask");
        var agreement = new AgreementId("deal");
        var lift = new CommitmentId("lift");
        var enforce = new CommitmentId("enforce");
        return new NegotiationBuilder("everything", "Every part: “quotes”, emoji 🙂, <tags> & ampersands")
            .Describe("A document in which every optional member is set.\tTabs, \\ backslashes and ünïcödé.")
            .Add(new Source(source, "Wire Service", SourceType.News, "A title", new Uri("https://example.org/a?b=c&d=%C3%A9"), new PartialDate(2023, 11, 14)))
            .Add(new Source(other, "Ministry", SourceType.Government))
            .Add(new State(us, "United States", new CountryCode("US"), ["USA", "America"], "A state.") with { ExternalIds = [new ExternalId("wikidata", "Q30"), new ExternalId("opensanctions", "Q30")] })
            .Add(new State(cn, "China", new CountryCode("CN")))
            .Add(new GovernmentBody(ministry, "Ministry of Commerce", GovernmentBodyType.Ministry, cn, new CountryCode("CN"), ["MOFCOM"], "A ministry."))
            .Add(new Organization(company, "Acme", OrganizationType.Company, new CountryCode("MX"), null, ["Acme Corp"], "A company."))
            .Add(new Organization(subsidiary, "Acme Sub", OrganizationType.CriminalNetwork, parent: company))
            .Add(new Person(person, "A Person", new CountryCode("US"), [new PositionHeld("Minister", ministry, new PartialDate(2019), new PartialDate(2021, 2)), new PositionHeld("Adviser")], ["A. Person"], "A person."))
            .Add(new Group(group, "Exporters", GroupType.Businesses, new CountryCode("CN"), 12, cn, ["exporters of precursors"], "A group."))
            .Add(new Coalition(bloc, "A bloc", [us, cn], ["The Bloc"], "A coalition.") with { Country = new CountryCode("BE") })
            .Add(new Organization(un, "United Nations", OrganizationType.Intergovernmental, aliases: ["UN"]))
            .Add(new GovernmentBody(council, "Security Council", GovernmentBodyType.Council, un, aliases: ["UNSC"], description: "An organ."))
            .Add(new Issue(issue, "Trade", IssueCategory.Economic, "An issue."))
            .Add(new Sanction(sanction, us, [company, person], [SanctionMeasure.AssetFreeze, SanctionMeasure.ExportControl], [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020, 5, 22), attribution: attribution), new SanctionChange(SanctionChangeKind.Waived, new PartialDate(2021), new Reference(ReferenceKind.Event, "meeting"), note: "A waiver."), new SanctionChange(SanctionChangeKind.Reimposed), new SanctionChange(SanctionChangeKind.Lifted, new PartialDate(2023, 12), new Reference(ReferenceKind.Agreement, "deal"))], "Entity List", "15 CFR 744", "A reason.", new PartialDate(2020, 5), "85 FR 34495", attribution)
            {
                LegalInstruments = [new LegalInstrument(LegalInstrumentKind.Regulation, "Export Administration Regulations, part 744", "15 CFR 744", new PartialDate(2020, 5, 22), new Uri("https://www.ecfr.gov/current/title-15/part-744"))],
                Description = "A listing.\nSecond line.",
                ExternalIds = [new ExternalId("ofac-sdn", "12345")],
            })
            .Add(new Demand(demand, cn, us, PolicyAction.Lift([sanction], "Lift it."), issue, DemandStatus.Rejected, new PartialDate(2023, 6), [new Reference(ReferenceKind.Commitment, "enforce")], new DemandResponse("No.", [new Reference(ReferenceKind.Sanction, "listing")], new PartialDate(2023, 7), attribution), attribution, "A note.") { AlsoTo = [un] })
            .Add(new Agreement(agreement, "The deal", [us, cn], [
                new Commitment(lift, us, new PolicyAction(ActionKind.LiftSanction, "Lift.", [company], [sanction], ["precursors"], [new Quantity("listed entities", Comparator.AtLeast, 12.50m, QuantityUnit.Count, "Zürich \"HQ\""), new Quantity("frozen funds", Comparator.UpTo, 6_000_000_000m, QuantityUnit.Currency("USD"))]), [enforce], [demand], attribution, "First."),
                new Commitment(enforce, cn, new PolicyAction(ActionKind.Other, "Something else."))
                {
                    Performance = [
                        new PerformanceChange(PerformanceStatus.InProgress, new PartialDate(2023, 12), attribution: attribution),
                        new PerformanceChange(PerformanceStatus.Suspended, note: "Paused."),
                        new PerformanceChange(PerformanceStatus.CarriedOut, new PartialDate(2024, 5, 1), new Reference(ReferenceKind.Event, "meeting"), attribution, "Done."),
                    ],
                },
            ], AgreementStatus.InForce, Confirmation.Confirmed, [issue], "San Francisco", new PartialDate(2023, 11, 15), attribution, "A note.")
            {
                Roles = [new AgreementRole(council, RoleKind.Endorser, "By resolution.", attribution), new AgreementRole(un, RoleKind.Depositary)],
                Term = new AgreementTerm(2, 6, new PartialDate(2026, 5), RenewalKind.Automatic, 1, 3, [new TermExtension(new PartialDate(2026, 4), new PartialDate(2027, 11), [us, cn], attribution, "Extended.")], "A term."),
                Participation = [
                    new ParticipationStep(us, ParticipationStepKind.Signature, new PartialDate(2023, 11, 15), attribution: attribution, note: "Signed."),
                    new ParticipationStep(cn, ParticipationStepKind.Accession, new PartialDate(2023, 12)),
                    new ParticipationStep(us, ParticipationStepKind.Ratification, new PartialDate(2024, 2)),
                    new ParticipationStep(cn, ParticipationStepKind.Suspension, new PartialDate(2024, 6)),
                    new ParticipationStep(cn, ParticipationStepKind.Resumption, new PartialDate(2024, 9)),
                    new ParticipationStep(cn, ParticipationStepKind.NoticeOfWithdrawal, new PartialDate(2025, 1), "Its “supreme interests”."),
                    new ParticipationStep(cn, ParticipationStepKind.Withdrawal, new PartialDate(2025, 4), "Its “supreme interests”.", attribution, "Withdrew."),
                ],
                Clauses = [
                    new AgreementClause(ClauseKind.Reversion, [us], [new Reference(ReferenceKind.Sanction, "listing")], 1, 30, [new ClauseInvocation(us, new PartialDate(2025, 8, 28), attribution, "Invoked.")], "A snapback."),
                    new AgreementClause(ClauseKind.Withdrawal, noticeMonths: 3),
                ],
            })
            .Add(new Agreement(new AgreementId("side-letter"), "A side letter", [us, cn], links: [new InstrumentLink(InstrumentLinkKind.SideLetterTo, agreement, "On verification.")]))
            .Add(new Pledge(new PledgeId("pledge"), us, new PolicyAction(ActionKind.Refrain, "Not list again."), new PartialDate(2023, 11, 16), [issue], agreement, attribution, "A note.") { Performance = [new PerformanceChange(PerformanceStatus.Breached, new PartialDate(2024))] })
            .Add(new Stance(new StanceId("view"), group, new Reference(ReferenceKind.Agreement, "deal"), StancePosition.Conditional, "“Only if…”", "If verified.", new PartialDate(2023, 11), attribution))
            .Add(new Event(new EventId("meeting"), EventKind.Meeting, "Summit", new PartialDate(2023, 11, 15), [us, cn], "Woodside", new CountryCode("US"), [new Reference(ReferenceKind.Agreement, "deal")], attribution, "A note.", new PartialDate(2023, 11, 16)))
            .Add(new Recognition(new RecognitionId("us-recognizes-cn"), us, cn, RecognitionType.Government, RecognitionPosition.Recognizes, new PartialDate(1979, 1, 1), attribution, "Recognised as the sole legal government of China."))
            .Bargaining(new BargainingDomain(
                [new NegotiableIssue(issue, [new BargainingOption("keep"), new BargainingOption("lift \"now\"", [new Reference(ReferenceKind.Sanction, "listing")], "A note.")], "An issue.")],
                [
                    new PartyPreferences(us, [new IssuePreference(issue, 0.75m, [1m, 0.25m])], attribution, "An assumption.") { ReservationValue = 0.5m, Discount = 0.95m },
                    new PartyPreferences(cn, [new IssuePreference(issue, 1m, [0m, 1m])]) { ReservationOutcome = ["keep"] },
                ],
                [new AgreementOutcome(agreement, ["lift \"now\""], "As agreed.")],
                "A bargaining section."))
            .Build()
            .Match(document => document, failure => throw new InvalidOperationException(failure.ToString()));
    }
}
