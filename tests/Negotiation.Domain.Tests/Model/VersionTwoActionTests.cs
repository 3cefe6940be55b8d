using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Analysis;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// Issue 13, item 1: the kinds of action real agreements need, each with the shape it needs (what it must name), its
/// snake_case name, and its PLOVER and CAMEO coding at each stage; and a waiver or a suspension is not a lift.
/// </summary>
public class VersionTwoActionTests
{
    private static readonly SanctionId Listing = new("listing");
    private static readonly PartyId Party = new("party");
    private static readonly Quantity Cap = new("deployed strategic warheads", Comparator.AtMost, 1550, QuantityUnit.Count);

    public static TheoryData<ActionKind, string> Names => new()
    {
        { ActionKind.WaiveSanction, "waive_sanction" },
        { ActionKind.SuspendSanction, "suspend_sanction" },
        { ActionKind.Limit, "limit" },
        { ActionKind.DismantleFacility, "dismantle_facility" },
        { ActionKind.ConvertFacility, "convert_facility" },
        { ActionKind.AllowInspections, "allow_inspections" },
        { ActionKind.EstablishRelations, "establish_relations" },
        { ActionKind.HoldTalks, "hold_talks" },
        { ActionKind.WithdrawForces, "withdraw_forces" },
        { ActionKind.ExchangePrisoners, "exchange_prisoners" },
        { ActionKind.TransferFunds, "transfer_funds" },
        { ActionKind.SeekDelisting, "seek_delisting" },
        { ActionKind.EaseRestrictions, "ease_restrictions" },
        { ActionKind.RemoveDesignation, "remove_designation" },
        { ActionKind.RestoreDesignation, "restore_designation" },
        { ActionKind.MoveToHouseArrest, "move_to_house_arrest" },
        { ActionKind.ConstitutionalReform, "constitutional_reform" },
        { ActionKind.RestoreBorderControl, "restore_border_control" },
        { ActionKind.Ceasefire, "ceasefire" },
    };

    /// <summary>For each new kind: the member it names when it lacks what it needs, and the least it takes.</summary>
    public static TheoryData<ActionKind, string?, string> Shapes => new()
    {
        { ActionKind.WaiveSanction, "Sanctions", "sanctions" },
        { ActionKind.SuspendSanction, "Sanctions", "sanctions" },
        { ActionKind.Limit, "Terms", "terms | items" },
        { ActionKind.DismantleFacility, "Items", "items | description" },
        { ActionKind.ConvertFacility, "Items", "items | description" },
        { ActionKind.AllowInspections, null, string.Empty },
        { ActionKind.EstablishRelations, "Targets", "targets" },
        { ActionKind.HoldTalks, null, string.Empty },
        { ActionKind.WithdrawForces, null, string.Empty },
        { ActionKind.ExchangePrisoners, null, string.Empty },
        { ActionKind.TransferFunds, "Terms", "terms | items" },
        { ActionKind.SeekDelisting, "Sanctions", "sanctions | targets" },
        { ActionKind.EaseRestrictions, "Targets", "targets | sanctions | items" },
        { ActionKind.RemoveDesignation, "Sanctions", "sanctions | targets" },
        { ActionKind.RestoreDesignation, "Sanctions", "sanctions | targets" },
        { ActionKind.MoveToHouseArrest, null, string.Empty },
        { ActionKind.ConstitutionalReform, "Description", "description" },
        { ActionKind.RestoreBorderControl, null, string.Empty },
        { ActionKind.Ceasefire, null, string.Empty },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_new_kind_is_written_by_its_snake_case_name_and_read_back(ActionKind kind, string name)
    {
        var action = new PolicyAction(kind, "In a few words.", [Party], [TinyCase.LabListing], ["an item"], [Cap]);
        var document = TinyCase.Document(c => c with
        {
            Parties = c.Parties.Add(new Parties.Organization(Party, "A party", Parties.OrganizationType.Company)),
            Demands = c.Demands.Add(new Demands.Demand(new DemandId("ask"), TinyCase.North, TinyCase.South, action, TinyCase.Trade)),
        });

        var json = NegotiationJson.Write(document);

        Assert.Contains($"\"kind\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_new_kind_takes_the_least_it_needs_and_refuses_less_naming_what_it_lacks(ActionKind kind, string? lacking, string least)
    {
        if (lacking is null)
        {
            Assert.Equal(kind, new PolicyAction(kind).Kind); // needs nothing beyond its kind
            return;
        }

        var error = Assert.Throws<ArgumentException>(() => new PolicyAction(kind));
        Assert.Equal(lacking, error.ParamName);
        Assert.StartsWith($"An action of kind {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString())} ", error.Message, StringComparison.Ordinal);

        // Each alternative on its own makes the action whole.
        foreach (var member in least.Split(" | "))
        {
            var action = member switch
            {
                "sanctions" => new PolicyAction(kind, sanctions: [Listing]),
                "targets" => new PolicyAction(kind, targets: [Party]),
                "items" => new PolicyAction(kind, items: ["Fordow enrichment plant"]),
                "terms" => new PolicyAction(kind, terms: [Cap]),
                _ => new PolicyAction(kind, "Amend Articles 2 and 3."),
            };
            Assert.Equal(kind, action.Kind);
        }
    }

    [Fact]
    public void A_with_that_takes_away_the_last_alternative_is_refused_by_the_member_assigned()
    {
        var limit = new PolicyAction(ActionKind.Limit, items: ["enriched uranium"], terms: [Cap]);
        var itemsOnly = limit with { Terms = default };
        Assert.Equal("Items", Assert.Throws<ArgumentException>(() => itemsOnly with { Items = default }).ParamName);

        var waiver = new PolicyAction(ActionKind.WaiveSanction, sanctions: [Listing]);
        Assert.Equal("Sanctions", Assert.Throws<ArgumentException>(() => waiver with { Sanctions = default }).ParamName);
        Assert.Equal("Kind", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.HoldTalks) with { Kind = ActionKind.ConstitutionalReform }).ParamName);
    }

    [Fact]
    public void The_kinds_of_version_one_keep_their_numbers()
    {
        Assert.Equal(8, (int)ActionKind.Other);
        Assert.Equal(9, (int)ActionKind.WaiveSanction);
        Assert.Equal(27, (int)ActionKind.Ceasefire);
    }

    [Theory]
    [InlineData(ActionKind.WaiveSanction, SanctionStatus.Waived, SanctionChangeKind.Waived)]
    [InlineData(ActionKind.SuspendSanction, SanctionStatus.Suspended, SanctionChangeKind.Suspended)]
    [InlineData(ActionKind.RemoveDesignation, SanctionStatus.Lifted, SanctionChangeKind.Lifted)]
    [InlineData(ActionKind.LiftSanction, SanctionStatus.Lifted, SanctionChangeKind.Lifted)]
    public void Applying_a_deal_records_its_change_in_the_sanctions_history_made_by_the_deal(ActionKind kind, SanctionStatus status, SanctionChangeKind change)
    {
        // The tiny case's deal, with Northland waiving (suspending, removing) the listing instead of lifting it.
        var eased = TinyCase.Lift with { Action = new PolicyAction(kind, sanctions: [TinyCase.LabListing]) };
        var document = TinyCase.Document(c => c with { Agreements = [TinyCase.DealAgreement with { Commitments = [eased, TinyCase.Crackdown] }] });

        var after = WhatIf.Apply(document, TinyCase.Deal).AsT0;

        var listing = after.Find(TinyCase.LabListing)!;
        Assert.Equal(status, listing.Status);
        Assert.Equal(new SanctionChange(change, TinyCase.DealDate, TinyCase.Deal), listing.History[^1]);
        Assert.Equal(status == SanctionStatus.Lifted, listing.EndedBy == (Reference)TinyCase.Deal);
        Assert.Equal(SanctionStatus.Active, listing.StatusOn(new PartialDate(2024, 2)));
        Assert.Equal(status, listing.StatusOn(TinyCase.DealDate));
        Assert.Equal(AgreementStatus.InForce, after.Find(TinyCase.Deal)!.Status);
        Assert.Equal(Demands.DemandStatus.Fulfilled, after.Find(TinyCase.SouthAsksLifting)!.Status);
    }

    [Fact]
    public void Applying_a_deal_that_restores_a_designation_re_imposes_a_lifted_sanction_and_imposes_a_proposed_one()
    {
        var restore = TinyCase.Lift with { Action = new PolicyAction(ActionKind.RestoreDesignation, sanctions: [TinyCase.LabListing]) };
        var deal = TinyCase.DealAgreement with { Commitments = [restore, TinyCase.Crackdown] };
        var lifted = TinyCase.Listing.Lift(new PartialDate(2022)).AsT0;
        var proposed = TinyCase.Listing with { History = [new SanctionChange(SanctionChangeKind.Proposed, new PartialDate(2019))] };

        var relisted = WhatIf.Apply(TinyCase.Document(c => c with { Sanctions = [lifted], Agreements = [deal] }), TinyCase.Deal).AsT0.Find(TinyCase.LabListing)!;
        var imposed = WhatIf.Apply(TinyCase.Document(c => c with { Sanctions = [proposed], Agreements = [deal] }), TinyCase.Deal).AsT0.Find(TinyCase.LabListing)!;

        Assert.Equal((SanctionStatus.Active, SanctionChangeKind.Reimposed), (relisted.Status, relisted.History[^1].Kind));
        Assert.Equal((SanctionStatus.Active, SanctionChangeKind.Imposed, TinyCase.DealDate), (imposed.Status, imposed.History[^1].Kind, imposed.StartDate));
        Assert.Equal(SanctionStatus.Lifted, relisted.StatusOn(new PartialDate(2023)));
    }
}
