using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 18: a sanction carries its entries in sanctions lists (the same <see cref="ExternalId"/> a party
/// carries: a scheme and a value) and a description, beside its reason.
/// </summary>
public class SanctionIdentityTests
{
    private static readonly ExternalId SdnEntry = new("ofac-sdn", "36412");
    private static readonly ExternalId OpenSanctionsId = new("opensanctions", "NK-example");

    private static readonly Sanction Listing = new Sanction(
        new SanctionId("listing"), new PartyId("north"), [new PartyId("lab")], [SanctionMeasure.AssetFreeze], reason: "Supplies precursors.")
    {
        Description = "Blocks the lab's property in the north.\nRenewed each year.",
        ExternalIds = [SdnEntry, OpenSanctionsId],
    };

    private static NegotiationDocument Document(params Sanction[] sanctions) => new NegotiationBuilder("ids", "Sanctions with ids")
        .State("north", "Northland", "NO")
        .Add(new Group(new PartyId("lab"), "A lab", GroupType.Businesses))
        .Add(new NegotiationContent(Sanctions: [.. sanctions]))
        .Build()
        .Match(document => document, failure => throw new InvalidOperationException(failure.ToString()));

    [Fact]
    public void A_sanction_has_external_ids_and_a_description_beside_its_reason()
    {
        Assert.Equal(["ofac-sdn:36412", "opensanctions:NK-example"], Listing.ExternalIds.Select(id => id.ToString()));
        Assert.Equal("Supplies precursors.", Listing.Reason);
        Assert.StartsWith("Blocks", Listing.Description, StringComparison.Ordinal);
        Assert.Empty(new Sanction(new SanctionId("s"), new PartyId("a"), [new PartyId("b")], [SanctionMeasure.Other]).ExternalIds);
    }

    [Fact]
    public void External_ids_and_the_description_are_written_after_their_neighbours_and_read_back_equal()
    {
        var document = Document(Listing);

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"reason\": \"Supplies precursors.\",\n      \"description\": \"Blocks the lab's property in the north.\\nRenewed each year.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"externalIds\": [\n        {\n          \"scheme\": \"ofac-sdn\",\n          \"value\": \"36412\"\n        },", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
    }

    [Fact]
    public void The_sanctions_behind_an_external_id_are_found_by_scheme_and_value_as_written()
    {
        var other = new Sanction(new SanctionId("other"), new PartyId("north"), [new PartyId("lab")], [SanctionMeasure.TravelBan]) { ExternalIds = [SdnEntry] };
        var document = Document(Listing, other);

        Assert.Equal([new SanctionId("listing"), new SanctionId("other")], document.SanctionsIdentifiedBy(new ExternalId("ofac-sdn", "36412")).Select(s => s.Id));
        Assert.Equal([new SanctionId("listing")], document.SanctionsIdentifiedBy(OpenSanctionsId).Select(s => s.Id));
        Assert.Empty(document.SanctionsIdentifiedBy(new ExternalId("OFAC-SDN", "36412")));
        Assert.Equal("externalId", Assert.Throws<ArgumentNullException>(() => document.SanctionsIdentifiedBy(null!)).ParamName);
    }

    [Fact]
    public void A_null_external_id_or_a_blank_description_is_refused_by_the_sanction_and_by_a_with()
    {
        Assert.Equal("ExternalIds", Assert.Throws<ArgumentNullException>(() => Listing with { ExternalIds = [null!] }).ParamName);
        Assert.Equal("Description", Assert.Throws<ArgumentException>(() => Listing with { Description = " \n " }).ParamName);
        Assert.Null((Listing with { Description = null }).Description);
    }
}
