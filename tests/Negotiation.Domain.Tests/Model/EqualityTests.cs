using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Model;

public class EqualityTests
{
    [Fact]
    public void Two_documents_built_separately_are_equal_and_hash_equal()
    {
        var a = SeedScenario.Build();
        var b = SeedScenario.Build();
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Documents_that_differ_in_one_collection_item_are_not_equal()
    {
        var a = SeedScenario.Build();
        var b = SeedScenario.Builder().Issue("extra-issue", "Another issue", Issues.IssueCategory.Other).Build().AsT0;
        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Records_holding_equal_collections_are_equal_and_hash_equal()
    {
        var first = new Coalition(new PartyId("g2"), "G2", [new PartyId("us"), new PartyId("cn")], ["Group of Two"]);
        var second = new Coalition(new PartyId("g2"), "G2", EquatableArray.Create<PartyId>([new("us"), new("cn")]), new[] { "Group of Two" });
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Members = [new PartyId("cn"), new PartyId("us")] });
    }

    [Fact]
    public void Equatable_array_default_is_empty_and_never_crashes()
    {
        EquatableArray<int> none = default;
        Assert.Empty(none);
        Assert.Equal(EquatableArray<int>.Empty, none);
        Assert.Equal(none, EquatableArray.Create<int>([]));
        Assert.Equal(none.GetHashCode(), EquatableArray.Create<int>([]).GetHashCode());
        Assert.Equal("[]", none.ToString());
    }

    [Fact]
    public void Equatable_array_refuses_an_index_out_of_range_naming_it()
    {
        EquatableArray<int> two = [1, 2];
        Assert.Equal(2, two[1]);
        foreach (var index in new[] { -1, 2, int.MaxValue })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => two[index]);
            Assert.Equal(("index", (object?)index), (error.ParamName, error.ActualValue));
            Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => two.SetItem(index, 3)).ParamName);
        }

        Assert.StartsWith("The array is empty.", Assert.Throws<ArgumentOutOfRangeException>(() => default(EquatableArray<int>)[0]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_ids_compare_by_value_and_refuse_bad_slugs()
    {
        Assert.Equal(new PartyId("us"), new PartyId("us"));
        Assert.Throws<ArgumentException>(() => new PartyId("US"));
        Assert.Throws<ArgumentException>(() => new PartyId("cn--mps"));
        Assert.Throws<ArgumentException>(() => new PartyId("-cn"));
        Assert.Throws<ArgumentException>(() => new PartyId("cn-"));
        Assert.Throws<ArgumentException>(() => new PartyId(""));
        Assert.Throws<ArgumentException>(() => new PartyId(new string('a', Slug.MaxLength + 1)));
        Assert.Throws<ArgumentNullException>(() => new PartyId(null!));
    }

    [Fact]
    public void Country_codes_are_assigned_alpha_2_codes()
    {
        Assert.Equal(249 + 1, CountryCode.All.Count);
        Assert.Equal("US", new CountryCode("us").Value);
        Assert.Throws<ArgumentException>(() => new CountryCode("XX"));
        Assert.Throws<ArgumentException>(() => new CountryCode("USA"));
        Assert.Throws<ArgumentException>(() => new CountryCode("U1"));
    }

    [Fact]
    public void A_with_that_blanks_a_name_throws_naming_the_property()
    {
        var state = new State(new PartyId("us"), "United States", new CountryCode("US"));
        var error = Assert.Throws<ArgumentException>(() => state with { Name = "  " });
        Assert.Equal("Name", error.ParamName);
    }

    [Fact]
    public void A_change_dated_before_the_last_one_is_refused_as_an_overlapping_period()
    {
        var sanction = new Sanction(new SanctionId("s"), new PartyId("us"), [new PartyId("x")], [SanctionMeasure.AssetFreeze], [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020, 5))]);
        var error = sanction.Lift(new PartialDate(2019)).AsT1;
        Assert.Equal("$.history", error.Path);
        Assert.Contains("date order", error.Message);

        // A change counts from the first day of its date: "2020" starts on 2020-01-01, before 2020-05-01.
        Assert.True(sanction.Lift(new PartialDate(2020)).IsT1);
        Assert.Equal(new PartialDate(2020, 5), sanction.Lift(new PartialDate(2020, 5)).AsT0.EndDate);
    }

    [Fact]
    public void A_with_that_breaks_other_rules_throws()
    {
        var sanction = new Sanction(new SanctionId("s"), new PartyId("us"), [new PartyId("x")], [SanctionMeasure.AssetFreeze]);
        Assert.Equal("Targets", Assert.Throws<ArgumentException>(() => sanction with { Targets = [] }).ParamName);
        Assert.Equal("Measures", Assert.Throws<ArgumentException>(() => sanction with { Measures = [SanctionMeasure.AssetFreeze, SanctionMeasure.AssetFreeze] }).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => sanction with { Id = default }).ParamName);
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new SanctionChange((SanctionChangeKind)99)).ParamName);

        var agreement = new Agreement(new AgreementId("a"), "A deal", [new PartyId("us"), new PartyId("cn")], []);
        Assert.Equal("Parties", Assert.Throws<ArgumentException>(() => agreement with { Parties = [new PartyId("us")] }).ParamName);

        var position = new PositionHeld("Secretary of State", from: new PartialDate(2021, 1, 26));
        Assert.Equal("To", Assert.Throws<ArgumentException>(() => position with { To = new PartialDate(2020) }).ParamName);
    }

    [Fact]
    public void Actions_check_their_shape()
    {
        Assert.Equal("Sanctions", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.LiftSanction)).ParamName);
        Assert.Equal("Targets", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.Enforce)).ParamName);
        Assert.Equal("Description", Assert.Throws<ArgumentException>(() => new PolicyAction(ActionKind.Other)).ParamName);

        // Nor can a with take the shape away: each member checks it (WithRuleTests has every case).
        var lift = PolicyAction.Lift([new SanctionId("s")]);
        Assert.Equal("Sanctions", Assert.Throws<ArgumentException>(() => lift with { Sanctions = [] }).ParamName);
    }
}
