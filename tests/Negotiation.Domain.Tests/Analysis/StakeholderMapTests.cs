using Negotiation.Domain.Analysis;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Stances;
using Negotiation.Domain.Tests.Scenarios;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Analysis;

public class StakeholderMapTests
{
    private static readonly NegotiationDocument Seed = SeedScenario.Build();

    [Fact]
    public void Seed_deal_is_opposed_by_human_rights_groups_and_the_house_committee_with_their_statements_and_sources()
    {
        var map = StakeholderMap.Of(Seed, SeedScenario.FentanylDeal);

        Assert.Equal([SeedScenario.HumanRightsGroups, SeedScenario.HouseChinaCommittee], map.Opponents);
        Assert.Empty(map.Support);
        Assert.Empty(map.Conditional);
        Assert.Empty(map.Neutral);
        var committee = map.Oppose[1];
        Assert.Equal(SeedScenario.HouseCommitteeCriticises, committee.Stance.Id);
        Assert.Contains("negligible benefit", committee.Stance.Statement, StringComparison.Ordinal);
        Assert.Equal([SeedScenario.Telegraph], committee.Sources.Select(s => s.Id));
        Assert.False(committee.IsInverted);
    }

    [Fact]
    public void Seed_deal_leaves_its_parties_and_the_records_it_touches_silent()
    {
        var map = StakeholderMap.Of(Seed, SeedScenario.FentanylDeal);

        // The parties, the authority of the lifted listing and its target, then the target of the crackdown.
        Assert.Equal(
            [SeedScenario.UnitedStates, SeedScenario.China, SeedScenario.Commerce, SeedScenario.ForensicInstitute, SeedScenario.FentanylExporters],
            map.Silent);
    }

    [Fact]
    public void Seed_demand_for_military_ties_is_supported_by_sullivan_citing_two_sources()
    {
        var map = StakeholderMap.Of(Seed, SeedScenario.UsWantsMilitaryTies);

        var support = Assert.Single(map.Support);
        Assert.Equal(SeedScenario.Sullivan, support.Party);
        Assert.Equal([SeedScenario.CbsNews, SeedScenario.Telegraph], support.Sources.Select(s => s.Id));
        Assert.Equal([SeedScenario.UnitedStates, SeedScenario.China], map.Silent);
    }

    [Fact]
    public void Support_for_a_sanction_counts_against_an_agreement_that_lifts_it()
    {
        var map = StakeholderMap.Of(Document(), Deal);

        Assert.Equal([Ngo, NorthTreasury], map.Opponents);
        var treasury = map.Oppose[1];
        Assert.Equal(StancePosition.Support, treasury.Stance.Position);
        Assert.Equal(StancePosition.Oppose, treasury.Position);
        Assert.True(treasury.IsInverted);
        Assert.Empty(treasury.Sources);
    }

    [Fact]
    public void The_same_stance_counts_as_it_is_on_the_sanction_itself()
    {
        var map = StakeholderMap.Of(Document(), LabListing);

        var support = Assert.Single(map.Support);
        Assert.Equal(TreasuryKeepsListing, support.Stance.Id);
        Assert.False(support.IsInverted);
        Assert.Empty(map.Oppose);
        Assert.Equal([SouthLab], map.Silent);
    }

    [Fact]
    public void Opposing_a_lifted_sanction_counts_for_the_agreement()
    {
        var document = Document(c => c with
        {
            Stances = [new Stance(new StanceId("lab-wants-out"), SouthLab, LabListing, StancePosition.Oppose)],
        });

        var map = StakeholderMap.Of(document, Deal);

        Assert.Equal([SouthLab], map.Supporters);
        Assert.True(map.Support[0].IsInverted);
    }

    [Fact]
    public void A_party_with_no_stance_is_silent_and_one_that_speaks_is_not()
    {
        var silent = StakeholderMap.Of(Document(), Deal);
        Assert.Equal([North, South, SouthLab, SouthExporters], silent.Silent);

        var document = Document(c => c with
        {
            Stances = c.Stances
                .Add(new Stance(new StanceId("south-conditional"), South, Deal, StancePosition.Conditional, condition: "If the listing goes first."))
                .Add(new Stance(new StanceId("north-neutral"), North, NorthLifts, StancePosition.Neutral)),
        });
        var spoken = StakeholderMap.Of(document, Deal);

        Assert.Equal([SouthLab, SouthExporters], spoken.Silent);
        Assert.Equal(South, Assert.Single(spoken.Conditional).Party);
        var neutral = Assert.Single(spoken.Neutral);
        Assert.Equal(North, neutral.Party);
        Assert.Equal((Reference)NorthLifts, neutral.Stance.Subject);
        Assert.Equal(4, spoken.All.Count());
    }

    [Fact]
    public void A_stance_on_another_record_is_left_out()
    {
        var document = Document(c => c with
        {
            Stances = c.Stances.Add(new Stance(new StanceId("on-the-issue"), South, Trade, StancePosition.Support)),
        });

        Assert.DoesNotContain(StakeholderMap.Of(document, Deal).All, s => s.Party == South);
        Assert.Equal([South], StakeholderMap.Of(document, Trade).Supporters);
    }

    [Fact]
    public void An_issue_concerns_the_parties_of_its_demands_and_agreements()
    {
        Assert.Equal([South, North], StakeholderMap.Of(Document(), Trade).Silent);
    }

    [Fact]
    public void Equal_documents_give_equal_maps()
    {
        var one = StakeholderMap.Of(Document(), Deal);
        var other = StakeholderMap.Of(Document(), Deal);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, StakeholderMap.Of(Document(), LabListing));
    }

    [Fact]
    public void A_subject_the_document_does_not_hold_is_a_programmer_error()
    {
        var unknown = Assert.Throws<ArgumentException>(() => StakeholderMap.Of(Document(), new AgreementId("no-such-deal")));
        Assert.Equal(("subject", "The document has no record 'agreement:no-such-deal'. (Parameter 'subject')"), (unknown.ParamName, unknown.Message));
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => StakeholderMap.Of(Document(), default)).ParamName);
        Assert.Throws<ArgumentNullException>(() => StakeholderMap.Of(null!, Deal));
    }
}
