using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Events;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Stances;
using static Negotiation.Domain.Tests.Seeds.SeedCase;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>
/// The facts of seeds/us-iran-prisoner-exchange-2023.json (issue 14), each asserted through the public API; the ids
/// IR-1 ... IR-11 are those of the fact table in seeds/README.md.
/// </summary>
public class UsIranSeedTests
{
    private static readonly NegotiationDocument Seed = Read(SeedFiles.UsIranPrisonerExchange2023);
    private static readonly AgreementId Deal = new("us-iran-exchange-2023");
    private static readonly AgreementId Understanding = new("us-qatar-understanding-2023");
    private static readonly SanctionId Sanction = new("us-sanctions-iranian-funds");
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Ir = new("ir");
    private static readonly PartyId Qa = new("qa");

    private static Agreement Agreement => Seed.Find(Deal)!;

    private static Commitment Commitment(string id) => Seed.Find(new CommitmentId(id)) ?? throw new InvalidOperationException($"no commitment {id}");

    private static Event Event(string id) => Seed.Find(new EventId(id)) ?? throw new InvalidOperationException($"no event {id}");

    [Fact]
    public void The_seed_is_valid_and_canonical()
    {
        var document = AssertValidAndCanonical(SeedFiles.UsIranPrisonerExchange2023);
        Assert.Equal("us-iran-prisoner-exchange-2023", document.Id.Value);
        Assert.Equal([Deal, Understanding], document.Agreements.Select(a => a.Id));
    }

    [Fact]
    public void IR_1_the_arrangement_is_reported_on_2023_08_10()
    {
        Assert.Equal(D("2023-08-10"), Agreement.Date);
        Assert.Equal([Us, Ir], Agreement.Parties);
        Assert.Equal(Confirmation.Confirmed, Agreement.Confirmation);
        Assert.Equal(D("2023-08-10"), Seed.Timeline()[0].Date);
        Assert.Contains(Reference.Parse("agreement:us-iran-exchange-2023"), Seed.Timeline()[0].Related);
        AssertSourced(Seed, Agreement.Attribution, Confidence.Confirmed, "i-trt", "i-voa-0810", "i-newser");
    }

    [Fact]
    public void IR_2_the_detained_Americans_are_moved_to_house_arrest_four_of_them_from_Evin_prison()
    {
        var moved = Commitment("ir-moves-detainees-to-house-arrest");
        Assert.Equal((Ir, ActionKind.MoveToHouseArrest), (moved.By, moved.Action.Kind));
        Assert.Equal(["siamak-namazi", "emad-shargi", "morad-tahbaz", "us-detainees-unnamed"], moved.Action.Targets.Select(t => t.Value));
        Assert.Equal(2, Assert.IsType<Group>(Seed.Find(new PartyId("us-detainees-unnamed"))).Size);
        var four = Assert.Single(moved.Action.Terms);
        Assert.Equal((Comparator.Exactly, 4m, QuantityUnit.Count, "a hotel in Tehran"), (four.Comparator, four.Amount, four.Unit, four.Place));
        Assert.Equal(D("2023-08-10"), moved.CompletedOn);
        Assert.Equal([Us], moved.Action.Beneficiaries);
        AssertSourced(Seed, moved.Attribution, Confidence.Confirmed, "i-voa-0810", "i-newser", "i-trt");
    }

    [Fact]
    public void IR_3_about_six_billion_dollars_of_Iranian_funds()
    {
        var transfer = Commitment("us-permits-funds-transfer");
        Assert.Equal(ActionKind.TransferFunds, transfer.Action.Kind);
        var funds = Assert.Single(transfer.Action.Terms);
        Assert.Equal((Comparator.About, 6_000_000_000m), (funds.Comparator, funds.Amount));
        Assert.Equal("USD", funds.Unit.CurrencyCode);
        Assert.Equal([Ir], transfer.Action.Beneficiaries);
        AssertSourced(Seed, transfer.Attribution, Confidence.Confirmed, "i-nzherald", "i-abc-0911", "i-hindustan");
    }

    [Fact]
    public void IR_4_held_in_South_Korea_and_moved_to_restricted_accounts_in_Qatar()
    {
        var transfer = Commitment("us-permits-funds-transfer");
        Assert.Equal(["KR", "QA"], transfer.Action.Targets.Select(t => Assert.IsType<State>(Seed.Find(t)).Country!.Value.Value));
        Assert.Equal(["restricted Iranian funds held in South Korea"], transfer.Action.Items);
        Assert.Equal("restricted accounts in Qatar", transfer.Action.Terms[0].Place);
        Assert.Equal(PerformanceStatus.Pending, Seed.AsOf(D("2023-09-17")).StatusOf(transfer.Id));
        Assert.Equal(PerformanceStatus.CarriedOut, Seed.AsOf(D("2023-09-18")).StatusOf(transfer.Id));
    }

    [Fact]
    public void IR_5_for_humanitarian_purchases_only()
    {
        var only = Commitment("us-restricts-funds-to-humanitarian-trade");
        Assert.Equal(ActionKind.Limit, only.Action.Kind);
        Assert.Equal([Ir], only.Action.Targets);
        Assert.StartsWith("use of the funds: humanitarian trade only", Assert.Single(only.Action.Items), StringComparison.Ordinal);
        Assert.Equal(new PartyId("us-treasury"), only.VerifiedBy);
        Assert.True(only.Attribution!.IsContested);
        AssertSourced(Seed, only.Attribution, Confidence.Confirmed, "i-nzherald", "i-abc-0911");
    }

    [Fact]
    public void IR_6_a_US_sanctions_waiver_for_the_transfer_signed_on_2023_09_08_and_reported_on_2023_09_11()
    {
        var sanction = Seed.Find(Sanction)!;
        var waiver = Assert.Single(sanction.History);
        Assert.Equal((SanctionChangeKind.Waived, D("2023-09-08"), Reference.Parse("agreement:us-iran-exchange-2023")), (waiver.Kind, waiver.Date, waiver.By));
        Assert.Equal(SanctionStatus.Waived, sanction.Status);
        Assert.Equal([Sanction], Commitment("us-waives-sanctions-for-transfer").Action.Sanctions);
        Assert.Equal(ActionKind.WaiveSanction, Commitment("us-waives-sanctions-for-transfer").Action.Kind);
        Assert.Equal([Ir], Commitment("us-waives-sanctions-for-transfer").Action.Beneficiaries);
        Assert.Equal(D("2023-09-11"), Event("waiver-notified-2023").Date);
        Assert.Equal([LegalInstrumentKind.Statute, LegalInstrumentKind.Statute], sanction.LegalInstruments.Select(l => l.Kind));
        AssertSourced(Seed, waiver.Attribution, Confidence.Confirmed, "i-abc-0911", "i-ustower-cbs");
        AssertSourced(Seed, sanction.Attribution, Confidence.Reported, "i-jvl-hr5947");
    }

    [Fact]
    public void IR_7_the_exchange_on_2023_09_18()
    {
        foreach (var id in new[] { "ir-releases-americans", "us-releases-iranians" })
        {
            Assert.Equal(D("2023-09-18"), Commitment(id).CompletedOn);
            Assert.Equal(Reference.Parse("event:exchange-2023"), Commitment(id).Performance[0].By);
        }

        var exchange = Event("exchange-2023");
        Assert.Equal(("Doha", "QA"), (exchange.Place, exchange.Country!.Value.Value));
        AssertSourced(Seed, exchange.Attribution, Confidence.Confirmed, "i-iranwire", "i-npr");
    }

    [Fact]
    public void IR_8_five_Americans_for_five_Iranians_held_in_the_US()
    {
        var americans = Commitment("ir-releases-americans");
        var iranians = Commitment("us-releases-iranians");
        Assert.Equal(ActionKind.ExchangePrisoners, americans.Action.Kind);
        Assert.Equal(ActionKind.ExchangePrisoners, iranians.Action.Kind);
        Assert.Equal(5m, Assert.Single(americans.Action.Terms).Amount);
        Assert.Equal(5m, Assert.Single(iranians.Action.Terms).Amount);
        Assert.Equal(5, iranians.Action.Targets.Count(t => Seed.Find(t) is Person));
        Assert.Contains(iranians.Id, americans.ConditionalOn);
        Assert.Equal([americans.Id], iranians.ConditionalOn);
        var ledger = TradeOffLedger.Of(Seed, Deal);
        Assert.Contains(ledger.QuidProQuos, q => q.Gives == americans && q.InReturnFor == iranians && q.IsMutual);
        AssertSourced(Seed, iranians.Attribution, Confidence.Confirmed, "i-voa-0911", "i-national");
    }

    [Fact]
    public void IR_9_Qatar_mediates()
    {
        Assert.Equal(Qa, Assert.Single(Seed.RolesIn(Deal, RoleKind.Mediator)).Party);
        Assert.Equal([Deal], Seed.AgreementsWithRole(Qa).Select(a => a.Id));
        Assert.Equal(new PartyId("om"), Assert.Single(Seed.RolesIn(Deal, RoleKind.Facilitator)).Party);
        AssertSourced(Seed, Seed.RolesIn(Deal, RoleKind.Mediator)[0].Attribution, Confidence.Confirmed, "i-wion", "i-nsn-reuters");
    }

    [Fact]
    public void IR_10_after_2023_10_07_the_funds_are_reported_held_back_under_a_US_Qatar_understanding()
    {
        var understanding = Seed.Find(Understanding)!;
        Assert.Equal([Us, Qa], understanding.Parties);
        Assert.Equal((AgreementStatus.Reported, Confirmation.Unconfirmed, D("2023-10-12")), (understanding.Status, understanding.Confirmation, understanding.Date));
        Assert.All(understanding.Commitments, c => Assert.Equal(ActionKind.Refrain, c.Action.Kind));
        Assert.True(Event("hamas-attack-2023").Date.IsBefore(understanding.Date!.Value));
        Assert.Contains(Reference.Parse("agreement:us-qatar-understanding-2023"), Event("understanding-reported-2023").Related);
        AssertSourced(Seed, understanding.Attribution, Confidence.Reported, "i-axios", "i-semafor", "i-gulfnews");
    }

    [Fact]
    public void IR_11_Republican_critics_oppose_it_as_ransom()
    {
        Assert.Equal(["Tom Cotton", "Michael McCaul", "Republican critics of the deal"], Seed.OpponentsOf(Deal).Select(p => p.Name));
        var cotton = Assert.Single(Seed.StancesOn(Deal), s => s.Party.Value == "tom-cotton");
        Assert.Equal(StancePosition.Oppose, cotton.Position);
        Assert.Equal(GroupType.Political, Assert.IsType<Group>(Seed.Find(new PartyId("us-republican-critics"))).Type);
        Assert.All(Seed.StancesOn(Deal), s => AssertSourced(Seed, s.Attribution, Confidence.Confirmed, "i-usip", "i-nbc"));
    }

    [Fact]
    public void As_of_the_end_of_August_2023_the_Americans_are_under_house_arrest_and_the_sanctions_in_force()
    {
        var view = Seed.AsOf(D("2023-08"));
        Assert.Equal(["ir-moves-detainees-to-house-arrest"], view.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id.Value));
        Assert.Equal(SanctionStatus.Active, view.StatusOf(Sanction));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new CommitmentId("ir-releases-americans")));
        Assert.Single(view.Events);
    }

    [Fact]
    public void As_of_12_September_2023_the_sanctions_are_waived_and_the_exchange_pending()
    {
        var view = Seed.AsOf(D("2023-09-12"));
        Assert.Equal(SanctionStatus.Waived, view.StatusOf(Sanction));
        Assert.Equal([Seed.Find(Sanction)!], view.SanctionsWith(SanctionStatus.Waived));
        Assert.Equal(
            ["ir-moves-detainees-to-house-arrest", "us-waives-sanctions-for-transfer"],
            view.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id.Value));
        Assert.Equal(PerformanceStatus.Pending, view.StatusOf(new CommitmentId("us-releases-iranians")));
        Assert.Equal("waiver-notified-2023", view.Events[^1].Id.Value);
    }

    [Fact]
    public void As_of_the_end_of_October_2023_the_exchange_is_done_and_the_funds_held_back()
    {
        var view = Seed.AsOf(D("2023-10-31"));
        Assert.Equal(
            ["ir-moves-detainees-to-house-arrest", "us-waives-sanctions-for-transfer", "us-permits-funds-transfer", "ir-releases-americans", "us-releases-iranians"],
            view.CommitmentsWith(PerformanceStatus.CarriedOut).Select(c => c.Id.Value));
        Assert.Equal(["us-holds-back-funds", "qa-holds-back-funds"], view.CommitmentsWith(PerformanceStatus.InProgress).Select(c => c.Id.Value));
        Assert.Equal(PerformanceStatus.Pending, Seed.AsOf(D("2023-10-11")).StatusOf(new CommitmentId("qa-holds-back-funds")));
        Assert.Equal(SanctionStatus.Waived, view.StatusOf(Sanction));
        Assert.Equal(["hamas-attack-2023", "understanding-reported-2023"], view.Events.Skip(4).Select(e => e.Id.Value));
    }
}
