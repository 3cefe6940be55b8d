using System.Text.Json;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Demands;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Plover;
using Negotiation.Domain.Issues;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Interop.Tests.Plover;

/// <summary>
/// Every row of the PLOVER mapping, and every note code, on one invented document (a Kosovo–Serbia case, with actors of
/// every kind), with the records and notes it must give written out by hand.
/// </summary>
public class PloverMappingRowsTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    private static NegotiationDocument Document()
    {
        var built = new NegotiationBuilder("rows", "Every mapping row")
            .State("us", "United States", "US")
            .State("xk", "Kosovo", "XK")
            .State("rs", "Serbia", "RS")
            .Organization("un", "United Nations", OrganizationType.Intergovernmental)
            .Add(new Organization(new PartyId("eu"), "European Union", OrganizationType.Intergovernmental) { ExternalIds = [new ExternalId("wikidata", "Q458")] })
            .Organization("hrw", "Example Rights Watch", OrganizationType.Ngo)
            .Organization("acme", "Example Trading LLC", OrganizationType.Company)
            .Organization("militia", "Example Militia", OrganizationType.ArmedGroup)
            .Organization("mystery", "Example Foundation", OrganizationType.Other)
            .Add(new Coalition(new PartyId("quint"), "The Quint", [new PartyId("us"), new PartyId("eu"), new PartyId("us-treasury")]))
            .Body("us-treasury", "US Department of the Treasury", GovernmentBodyType.Ministry, "us")
            .Add(new Person(new PartyId("envoy"), "Example Envoy", positions: [new PositionHeld("Special Envoy", new PartyId("us"), D("2022"))]))
            .Add(new Group(new PartyId("students"), "Students in Belgrade", GroupType.Population, new("RS")))
            .Issue("status", "Status of Kosovo", IssueCategory.Territory)
            .Add(new Demand(new("d-reject"), new("us"), new("rs"), new PolicyAction(ActionKind.HoldTalks), new("status"), DemandStatus.Rejected, D("2023-02"), response: new DemandResponse("Not now.", date: D("2023-02-03"))))
            .Add(new Demand(new("d-withdraw"), new("quint"), new("rs"), new PolicyAction(ActionKind.Release, "Release the detained officers."), new("status"), DemandStatus.Withdrawn, D("2023-01"), response: new DemandResponse("Released anyway.", date: D("2023-03-01"))))
            .Add(new Demand(new("d-accept"), new("un"), new("xk"), new PolicyAction(ActionKind.Other, "Hold local elections."), new("status"), DemandStatus.Accepted, D("2023-03"), response: new DemandResponse("Agreed.", date: D("2023-04"))))
            .Add(new Demand(new("d-fulfil"), new("us"), new("xk"), new PolicyAction(ActionKind.ResumeChannel), new("status"), DemandStatus.Fulfilled, D("2023-04-15")))
            .Add(new Demand(new("d-undated"), new("us"), new("rs"), new PolicyAction(ActionKind.Other, "Recognise the plates."), new("status")))
            .Add(new Sanction(new("s-hist"), new("us-treasury"), [new PartyId("acme")], [SanctionMeasure.AssetFreeze]))
            .SanctionChange("s-hist", SanctionChangeKind.Proposed, D("2022-01"))
            .SanctionChange("s-hist", SanctionChangeKind.Imposed, D("2022-03-04"))
            .SanctionChange("s-hist", SanctionChangeKind.Suspended, D("2022-06"))
            .SanctionChange("s-hist", SanctionChangeKind.Reimposed, D("2022-09"))
            .SanctionChange("s-hist", SanctionChangeKind.Lifted, D("2023"))
            .Add(new Sanction(new("s-exp"), new("eu"), [new PartyId("militia")], [SanctionMeasure.ArmsEmbargo], listingDate: D("2020")))
            .SanctionChange("s-exp", SanctionChangeKind.Imposed)
            .SanctionChange("s-exp", SanctionChangeKind.Expired, D("2021"))
            .Add(new Sanction(new("s-undated"), new("us"), [new PartyId("acme")], [SanctionMeasure.TravelBan]))
            .Add(new Agreement(new("a1"), "Normalisation", [new PartyId("us"), new PartyId("xk"), new PartyId("rs")],
                [
                    new Commitment(new("c-resume"), new("xk"), new PolicyAction(ActionKind.ResumeChannel), conditionalOn: [new CommitmentId("c-release")], fulfils: [new DemandId("d-fulfil")]),
                    new Commitment(new("c-release"), new("us"), new PolicyAction(ActionKind.Release, "Release the detainees.")),
                ],
                AgreementStatus.Agreed, issues: [new IssueId("status")], date: D("2023-05-10")))
            .Performance(new CommitmentId("c-resume"), PerformanceStatus.InProgress, D("2023-06"))
            .Performance(new CommitmentId("c-resume"), PerformanceStatus.CarriedOut, D("2023-07"))
            .Performance(new CommitmentId("c-release"), PerformanceStatus.PartlyCarriedOut, D("2023-08"))
            .Performance(new CommitmentId("c-release"), PerformanceStatus.CarriedOut)
            .Add(new Agreement(new("a2"), "Plates", [new PartyId("us"), new PartyId("rs")], [new Commitment(new("c-undated"), new("rs"), new PolicyAction(ActionKind.Other, "Accept the plates."))]))
            .Add(new Event(new("e-visit"), EventKind.Visit, "The envoy in Pristina", D("2023-06-20"), [new PartyId("envoy"), new PartyId("xk")], country: new("XK")))
            .Add(new Event(new("e-meet"), EventKind.Meeting, "Talks in Belgrade", D("2023-09"), [new PartyId("us"), new PartyId("rs"), new PartyId("students"), new PartyId("mystery")], endDate: D("2023-10")))
            .Add(new Event(new("e-empty"), EventKind.Meeting, "A meeting of nobody named", D("2023-09")))
            .Add(new Event(new("e-incident"), EventKind.Incident, "A clash", D("2023-09-24"), [new PartyId("xk")]))
            .Add(new Stance(new("st-support"), new("hrw"), new DemandId("d-accept"), StancePosition.Support, date: D("2023-04-20")))
            .Add(new Stance(new("st-reject"), new("rs"), new DemandId("d-reject"), StancePosition.Oppose, date: D("2023-02-04")))
            .Add(new Stance(new("st-accuse"), new("hrw"), new AgreementId("a1"), StancePosition.Oppose, "A bad deal.", date: D("2023-05")))
            .Add(new Stance(new("st-party"), new("rs"), new AgreementId("a1"), StancePosition.Oppose, date: D("2023-05-11")))
            .Add(new Stance(new("st-neutral"), new("un"), new AgreementId("a1"), StancePosition.Neutral, date: D("2023-05-11")))
            .Add(new Stance(new("st-undated"), new("us"), new AgreementId("a1"), StancePosition.Support))
            .Pledge("p1", "us", new PolicyAction(ActionKind.Other, "Fund the courts."), D("2023"))
            .Add(new Recognition(new("r1"), new("us"), new("xk"), RecognitionType.State, date: D("2008-02-18")))
            .Build();
        return built.Match(d => d, failure => throw new InvalidOperationException(failure.ToString()));
    }

    private const string Us = "USA/GOV/us";
    private const string Rs = "SRB/GOV/rs";
    private const string Xk = "KOS/GOV/xk";

    // What, event, mode, actors, recipients, date, precision: by hand, from the design note's mapping.
    private static readonly string[] Expected =
    [
        // Demands: the request, then the answer; an acceptance through a commitment is the commitment's (no answer here).
        $"demand:d-reject:request | REQUEST meet | {Us} | {Rs} | 2023-02-01 month",
        $"demand:d-reject:reject | REJECT meet | {Rs} | {Us} | 2023-02-03 day",
        $"demand:d-withdraw:request | REQUEST yield | {Us} + EUR/-/eu + USA/GOV/us-treasury | {Rs} | 2023-01-01 month",
        $"demand:d-withdraw:withdraw | CONCEDE - | {Us} + EUR/-/eu + USA/GOV/us-treasury | {Rs} | 2023-03-01 day",
        $"demand:d-accept:request | REQUEST - | UNO/-/un | {Xk} | 2023-03-01 month",
        $"demand:d-accept:accept | AGREE - | {Xk} | UNO/-/un | 2023-04-01 month",
        $"demand:d-fulfil:request | REQUEST meet | {Us} | {Xk} | 2023-04-15 day",

        // A sanction's history, change by change; an imposition with no date of its own is dated by the listing.
        "sanction:s-hist:history-1 | THREATEN restrict | USA/GOV/us-treasury | MNC/BUS/acme | 2022-01-01 month",
        "sanction:s-hist:history-2 | SANCTION discontinue | USA/GOV/us-treasury | MNC/BUS/acme | 2022-03-04 day",
        "sanction:s-hist:history-3 | RETREAT - | USA/GOV/us-treasury | MNC/BUS/acme | 2022-06-01 month",
        "sanction:s-hist:history-4 | SANCTION discontinue | USA/GOV/us-treasury | MNC/BUS/acme | 2022-09-01 month",
        "sanction:s-hist:history-5 | RETREAT - | USA/GOV/us-treasury | MNC/BUS/acme | 2023-01-01 year",
        "sanction:s-exp:history-1 | SANCTION discontinue | EUR/-/eu | IMG/REB/militia | 2020-01-01 year",

        // Commitments: the promise on the agreement's date, then each act carried out.
        $"commitment:c-resume:promise | AGREE - | {Xk} | {Us} + {Rs} | 2023-05-10 day",
        $"commitment:c-resume:performance-2 | CONSULT - | {Xk} | {Us} + {Rs} | 2023-07-01 month",
        $"commitment:c-release:promise | CONCEDE - | {Us} | {Xk} + {Rs} | 2023-05-10 day",
        $"commitment:c-release:performance-1 | RETREAT - | {Us} | {Xk} + {Rs} | 2023-08-01 month",

        // A visit: the visitor (a person of no country, coded by the state of their office) acts, the host receives.
        $"event:e-visit:visit | CONSULT visit | USA/GOV/envoy | {Xk} | 2023-06-20 day",
        $"event:e-meet:meeting | CONSULT - | {Us} + {Rs} + SRB/CVL/students + -/-/mystery |  | 2023-09-01 month",

        // Stances: support; opposing a demand made of oneself or a deal one is party to is REJECT, else ACCUSE disapprove.
        "stance:st-support:support | SUPPORT - | NGO/SOC/hrw | UNO/-/un | 2023-04-20 day",
        $"stance:st-reject:reject | REJECT meet | {Rs} | {Us} | 2023-02-04 day",
        $"stance:st-accuse:accuse | ACCUSE disapprove | NGO/SOC/hrw | {Us} + {Xk} + {Rs} | 2023-05-01 month",
        $"stance:st-party:reject | REJECT - | {Rs} | {Us} + {Xk} | 2023-05-11 day",
    ];

    private static readonly string[] ExpectedNotes =
    [
        "undated demand:d-undated date",
        "sanction-expired sanction:s-exp history[1]",
        "undated sanction:s-undated listingDate",
        "performance-not-coded commitment:c-resume performance[0]",
        "undated commitment:c-release performance[1].date",
        "undated commitment:c-undated date",
        "no-entity-code party:mystery country",
        "no-actor event:e-empty parties",
        "event-kind-not-coded event:e-incident kind",
        "stance-not-coded stance:st-neutral position",
        "undated stance:st-undated date",
        "record-kind-not-exported pledge:p1 ",
        "record-kind-not-exported recognition:r1 ",
    ];

    [Fact]
    public void Every_mapping_row_gives_the_records_written_by_hand()
    {
        var lines = PloverExport.WriteToString(Document()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Expected, lines.Select(Summary));
    }

    [Fact]
    public void Everything_left_out_has_a_note_and_every_note_code_is_produced()
    {
        var notes = PloverExport.Export(Document()).Notes;
        Assert.Equal(ExpectedNotes, notes.Select(n => $"{n.Code} {n.SourceId} {n.Property}"));
        Assert.Equal(PloverNoteCodes.All.Order(StringComparer.Ordinal), notes.Select(n => n.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Records_carry_end_dates_offices_comments_and_the_codes_of_their_extension_fields()
    {
        var records = PloverExport.Export(Document()).Records;
        var meeting = records.Single(r => r.Id == "rows:event:e-meet:meeting");
        Assert.Equal(D("2023-10"), meeting.EndDate);
        Assert.Equal("Special Envoy", records.Single(r => r.Id == "rows:event:e-visit:visit").Actor[0].Office);
        Assert.Equal("Partly carried out.", records.Single(r => r.Id == "rows:commitment:c-release:performance-1").Comment);
        Assert.Equal([new Reference(ReferenceKind.Commitment, "c-release")], records.Single(r => r.Id == "rows:commitment:c-resume:promise").ConditionalOn);
        Assert.Equal(["territory"], records.Single(r => r.Id == "rows:demand:d-reject:request").Context);

        var lines = PloverExport.WriteToString(Document()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(lines.Single(l => l.Contains("e-meet", StringComparison.Ordinal)));
        Assert.Equal("2023-10-01", json.RootElement.GetProperty("enddate").GetString());
        Assert.Equal("month", json.RootElement.GetProperty("enddate_precision").GetString());
    }

    private static string Summary(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString()!;
        Assert.StartsWith("rows:", id, StringComparison.Ordinal);
        var mode = root.TryGetProperty("mode", out var m) ? m[0].GetString() : "-";
        return $"{id[5..]} | {root.GetProperty("event")[0].GetString()} {mode} | {Entities(root, "actor")} | {Entities(root, "recipient")} | {root.GetProperty("date").GetString()} {root.GetProperty("date_precision").GetString()}";
    }

    private static string Entities(JsonElement root, string name)
        => root.TryGetProperty(name, out var list)
            ? string.Join(" + ", list.EnumerateArray().Select(e => $"{Text(e, "code")}/{Text(e, "sector")}/{Text(e, "party")}"))
            : "";

    private static string Text(JsonElement entity, string name) => entity.TryGetProperty(name, out var value) ? value.GetString()! : "-";
}
