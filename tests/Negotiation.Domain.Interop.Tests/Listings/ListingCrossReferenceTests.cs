using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Listings;
using Negotiation.Domain.Interop.Tests.Csv;
using Negotiation.Domain.Interop.Tests.Ofac;
using Negotiation.Domain.Interop.Tests.ScreeningList;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Tests.Listings;

public sealed class ListingCrossReferenceTests
{
    [Fact]
    public async Task The_seed_institute_is_found_on_the_entity_list_of_the_screening_list()
    {
        var seed = TestFiles.Seed("us-china-fentanyl-2023");
        var csl = (await ScreeningListImportTests.ImportFixtureAsync()).Document;

        var match = Assert.Single(ListingCrossReference.Find(seed, [csl]));

        Assert.Equal("cn-mps-ifs", match.Party.Value);
        Assert.Equal(ListingMatchRule.Name, match.Rule);
        Assert.Equal("china forensic institute of of science", match.MatchedOn);
        var listed = Assert.Single(match.Sanctions);
        Assert.Equal("Entity List", listed.Program);
        Assert.Equal(["Bureau of Industry and Security", "US Department of Commerce", "United States"], listed.AuthorityChain.ToArray());
        Assert.Equal(new PartialDate(2020, 6, 5), listed.Since);
        Assert.Equal(SanctionStatus.Active, listed.Status);
        Assert.Equal(["us-entity-list-cn-mps-ifs"], match.DocumentSanctions.Select(static s => s.Value)); // the seed's own listing, to compare
    }

    [Fact]
    public async Task An_ofac_entry_matches_its_screening_list_row_by_external_id()
    {
        var ofac = (await OfacSdnImportTests.ImportFixtureAsync()).Document;
        var csl = (await ScreeningListImportTests.ImportFixtureAsync()).Document;

        var matches = ListingCrossReference.Find(ofac, [csl]);

        var muller = Assert.Single(matches, m => m.Party.Value == "ofac-sdn-1001");
        Assert.Equal((ListingMatchRule.ExternalId, "ofac-sdn:1001", "csl-1001"), (muller.Rule, muller.MatchedOn, muller.ListedParty.Value));
        Assert.Equal(["SDGT", "IRGC"], muller.Sanctions.Select(static s => s.Program));
        Assert.All(muller.Sanctions, static s => Assert.Null(s.Since));
        var roe = Assert.Single(matches, m => m.Party.Value == "ofac-sdn-1007");
        Assert.Equal(ListingMatchRule.Name, roe.Rule); // no shared id: 1007 and 3001 are different numbers
        Assert.DoesNotContain(matches, static m => m.Party.Value is "us" or "us-treasury" or "us-treasury-ofac"); // authorities are not listed
    }

    [Fact]
    public void Each_match_reports_the_first_rule_that_made_it()
    {
        var list = List(
            Listed("l1", "Example Holdings Limited", aliases: ["EXHOLD"]),
            Listed("l2", "Sample Group", aliases: ["Sample Trading Co."]),
            Listed("l3", "Third Example", aliases: ["Triple Sample"]),
            Listed("l4", "Fourth", ids: [new ExternalId("ofac-sdn", "44")]));
        var document = List(
            Party("d1", "EXHOLD"), // its name is a listed alias
            Party("d2", "Sample Trading", aliases: ["Sample Group"]), // its alias is a listed name
            Party("d3", "Other", aliases: ["Sample Triple"]), // its alias is a listed alias, words in another order
            Party("d4", "Someone Else", ids: [new ExternalId("ofac-sdn", "44")]),
            Party("d5", "limited holdings, EXAMPLE")); // its name is the listed name

        var found = ListingCrossReference.Find(document, [list]).Select(static m => (m.Party.Value, m.ListedParty.Value, m.Rule));

        Assert.Equal(
            [("d1", "l1", ListingMatchRule.NameToAlias), ("d2", "l2", ListingMatchRule.AliasToName), ("d3", "l3", ListingMatchRule.AliasToAlias), ("d4", "l4", ListingMatchRule.ExternalId), ("d5", "l1", ListingMatchRule.Name)],
            found);
    }

    [Fact]
    public void A_party_that_no_sanction_targets_is_not_listed()
    {
        var list = List(Listed("l1", "Example Holdings"));
        var unlisted = NegotiationDocument.Create(new NegotiationId("other"), "other", list.Content with { Sanctions = default }).AsT0;

        Assert.Empty(ListingCrossReference.Find(List(Party("d1", "Example Holdings")), [unlisted]));
        Assert.Single(ListingCrossReference.Find(List(Party("d1", "Example Holdings")), [list]));
    }

    private static (Party Party, bool Listed) Listed(string id, string name, string[]? aliases = null, ExternalId[]? ids = null) =>
        (new Organization(new PartyId(id), name, OrganizationType.Company, aliases: aliases ?? []) { ExternalIds = ids ?? [] }, true);

    private static (Party Party, bool Listed) Party(string id, string name, string[]? aliases = null, ExternalId[]? ids = null) =>
        (new Organization(new PartyId(id), name, OrganizationType.Company, aliases: aliases ?? []) { ExternalIds = ids ?? [] }, false);

    private static NegotiationDocument List(params (Party Party, bool Listed)[] parties)
    {
        var us = new State(new PartyId("us"), "United States", new CountryCode("US"));
        var sanctions = parties.Where(static p => p.Listed).Select(p => new Sanction(
            new SanctionId("s-" + p.Party.Id.Value), us.Id, new[] { p.Party.Id }, new[] { SanctionMeasure.AssetFreeze }, program: "TEST"));
        var content = new NegotiationContent(
            Parties: EquatableArray.Create([us, .. parties.Select(static p => p.Party)]),
            Sanctions: EquatableArray.Create([.. sanctions]));
        return NegotiationDocument.Create(new NegotiationId("test"), "test", content).AsT0;
    }
}
