using Negotiation.Domain.Actions;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Stances;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 12: a unilateral pledge is one party's undertaking outside any agreement, a record of its own in the
/// root's <c>pledges</c>, with an id that references can name. It may name an agreement as its context; no trade-off
/// ledger counts it, and a party's pledges can be listed.
/// </summary>
public class PledgeTests
{
    private static readonly PledgeId NorthWillNotRelist = new("north-will-not-relist");
    private static readonly PledgeId TreasuryWillReport = new("treasury-will-report");
    private static readonly PledgeId SouthWillRelease = new("south-will-release");

    private static readonly Pledge NoRelisting = new(
        NorthWillNotRelist, North, new PolicyAction(ActionKind.Refrain, "Not list the lab again.", targets: [SouthLab]), new PartialDate(2024, 3, 1),
        [Trade], Deal, Attribution.Reported(Wire), "Announced beside the deal.");

    private static readonly Pledge Reports = new(TreasuryWillReport, NorthTreasury, new PolicyAction(ActionKind.Other, "Report on exports twice a year."));

    private static readonly Pledge Release = new(SouthWillRelease, South, new PolicyAction(ActionKind.Release, "Release the detained reporters."));

    private static NegotiationDocument WithPledges(params Pledge[] pledges) => Document(content => content with { Pledges = [.. pledges] });

    [Fact]
    public void A_party_s_pledges_are_listed_in_document_order_with_its_bodies_when_asked()
    {
        var document = WithPledges(Release, NoRelisting, Reports);

        Assert.Equal([NorthWillNotRelist], document.PledgesBy(North).Select(p => p.Id));
        Assert.Equal([NorthWillNotRelist, TreasuryWillReport], document.PledgesBy(North, includeSubordinates: true).Select(p => p.Id));
        Assert.Equal([SouthWillRelease], document.PledgesBy(South).Select(p => p.Id));
        Assert.Empty(document.PledgesBy(Ngo));
        Assert.Equal(NoRelisting, document.Find(NorthWillNotRelist));
        Assert.Null(document.Find(new PledgeId("no-such-pledge")));
    }

    [Fact]
    public void The_pledges_made_beside_an_agreement_are_found_by_it()
    {
        var document = WithPledges(Release, NoRelisting, Reports);

        Assert.Equal([NorthWillNotRelist], document.PledgesBeside(Deal).Select(p => p.Id));
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => document.PledgesBeside(new AgreementId("no-deal"))).ParamName);
    }

    [Fact]
    public void The_ledger_of_an_agreement_does_not_count_the_pledges_made_beside_it()
    {
        var plain = TradeOffLedger.Of(Document(), Deal);
        var beside = TradeOffLedger.Of(WithPledges(NoRelisting, Reports, Release), Deal);

        Assert.Equal(plain.Parties, beside.Parties);
        Assert.Equal(plain.QuidProQuos, beside.QuidProQuos);
        Assert.DoesNotContain(beside.For(North).Commitments, c => c.Action == NoRelisting.Action);
        Assert.Equal(plain.For(South).CommitmentsReceived, beside.For(South).CommitmentsReceived); // the lab is not promised anything by the deal
    }

    [Fact]
    public void A_stance_may_be_taken_on_a_pledge_and_the_map_of_a_pledge_names_who_it_concerns()
    {
        var document = Document(content => content with
        {
            Pledges = [NoRelisting],
            Stances = [.. content.Stances, new Stance(new StanceId("ngo-doubts-pledge"), Ngo, NorthWillNotRelist, StancePosition.Oppose, "Words, not deeds.")],
        });

        var map = StakeholderMap.Of(document, NorthWillNotRelist);

        Assert.Equal([Ngo], map.Opponents);
        Assert.Equal([North, SouthLab], map.Silent);
        Assert.Equal([new StanceId("ngo-doubts-pledge")], document.StancesOn(NorthWillNotRelist).Select(s => s.Id));
        Assert.Equal(new Reference(ReferenceKind.Pledge, "north-will-not-relist"), (Reference)NorthWillNotRelist);
        Assert.Equal("pledge:north-will-not-relist", ((Reference)NorthWillNotRelist).ToString());
    }

    [Fact]
    public void A_pledge_names_records_that_exist_and_has_an_id_of_its_own()
    {
        var result = NegotiationDocument.Create(new NegotiationId("tiny"), "Tiny", Content with
        {
            Pledges =
            [
                NoRelisting with { By = new PartyId("ghost"), Agreement = new AgreementId("no-deal") },
                Release with { Id = NorthWillNotRelist, Issues = [new IssueId("no-issue")] },
            ],
            Stances = [new Stance(new StanceId("on-nothing"), Ngo, new PledgeId("no-pledge"), StancePosition.Oppose)],
        });

        // In document order: the pledges after the agreements, each record's members in their order.
        Assert.Equal(
            [
                (ErrorCodes.DanglingReference, "$.pledges[0].by"),
                (ErrorCodes.DanglingReference, "$.pledges[0].agreement"),
                (ErrorCodes.DuplicateId, "$.pledges[1].id"),
                (ErrorCodes.DanglingReference, "$.pledges[1].issues[0]"),
                (ErrorCodes.DanglingReference, "$.stances[0].subject"),
            ],
            result.AsT1.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void The_builder_adds_pledges_and_a_document_keeps_them_through_its_content()
    {
        var document = new NegotiationBuilder("pledges", "Pledges")
            .State("north", "Northland", "NO")
            .Pledge("north-will-not-relist", "north", new PolicyAction(ActionKind.Refrain, "Not list the lab again."), new PartialDate(2024, 3), attribution: Attribution.Official(Wire))
            .Source("wire", "Wire service", Sources.SourceType.News)
            .Build()
            .Match(d => d, failure => throw new InvalidOperationException(failure.ToString()));

        var pledge = Assert.Single(document.Pledges);
        Assert.Equal((NorthWillNotRelist, North, (AgreementId?)null), (pledge.Id, pledge.By, pledge.Agreement));
        Assert.Equal(document, document.ToBuilder().Build().AsT0);
        Assert.Equal(document.Pledges, document.Content.Pledges);
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => new NegotiationBuilder("x", "X").Pledge("p", "north", pledge.Action, agreement: "Not A Slug")).ParamName);
    }

    [Fact]
    public void Pledges_are_written_after_the_agreements_and_read_back_equal()
    {
        var document = WithPledges(NoRelisting, Release);

        var json = NegotiationJson.Write(document);

        Assert.True(json.IndexOf("\"agreements\": [", StringComparison.Ordinal) < json.IndexOf("\"pledges\": [", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"pledges\": [", StringComparison.Ordinal) < json.IndexOf("\"stances\": [", StringComparison.Ordinal));
        Assert.Contains("\"id\": \"north-will-not-relist\",\n      \"by\": \"north\",\n      \"action\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"agreement\": \"deal\",", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
        Assert.DoesNotContain("\"pledges\"", NegotiationJson.Write(Document()), StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_with_different_pledges_are_different()
    {
        var one = WithPledges(NoRelisting);

        Assert.NotEqual(Document(), one);
        Assert.NotEqual(one, WithPledges(NoRelisting with { Note = "Another note." }));
        Assert.Equal(one, WithPledges(NoRelisting));
        Assert.Equal(one.GetHashCode(), WithPledges(NoRelisting).GetHashCode());
    }
}
