using System.Text;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.Tests.Csv;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.Ofac;

public sealed class OfacSdnImportTests
{
    internal static readonly PartialDate Published = new(2025, 1, 15);

    internal static async Task<ImportResult> ImportFixtureAsync() =>
        await TestFiles.GatherAsync(
            OfacSdnImport.ReadFilesAsync(
                TestFiles.Fixture("Ofac", "sdn.csv"),
                TestFiles.Fixture("Ofac", "add.csv"),
                TestFiles.Fixture("Ofac", "alt.csv"),
                TestFiles.Fixture("Ofac", "sdn_comments.csv"),
                Published,
                cancellationToken: TestContext.Current.CancellationToken),
            "ofac-sdn-fixture");

    [Fact]
    public async Task The_fixture_imports_to_the_reviewed_document_and_notes()
    {
        var result = await ImportFixtureAsync();

        TestFiles.AssertSameAsFile(TestFiles.Fixture("Ofac", "expected.json"), NegotiationJson.Write(result.Document) + "\n");
        TestFiles.AssertSameAsFile(TestFiles.Fixture("Ofac", "expected-notes.txt"), string.Concat(result.Notes.Select(static n => n + "\n")));
    }

    [Fact]
    public async Task An_individual_becomes_a_person_with_office_nationality_aliases_and_one_sanction_per_program()
    {
        var document = (await ImportFixtureAsync()).Document;

        var person = Assert.IsType<Person>(document.Parties.Single(p => p.Id.Value == "ofac-sdn-1001"));
        Assert.Equal("MÜLLER, Jörg Beispiel", person.Name); // Latin-1 read as Latin-1
        Assert.Equal("DE", person.Country?.Value); // nationality before citizen
        Assert.Equal("Director General", Assert.Single(person.Positions).Office);
        Assert.Equal(["MUELLER, Joerg", "MÜLLER-BEISPIEL, Jörg", "JOERG MUELLER", "MUELLER-BEISPIEL, Jorg"], person.Aliases.ToArray());
        Assert.Equal(new ExternalId("ofac-sdn", "1001"), Assert.Single(person.ExternalIds));

        var sanctions = document.Sanctions.Where(s => s.Targets.Contains(person.Id)).ToList();
        Assert.Equal(["SDGT", "IRGC"], sanctions.Select(static s => s.Program));
        Assert.All(sanctions, s =>
        {
            Assert.Equal("us-treasury-ofac", s.Authority.Value);
            Assert.Equal([Sanctions.SanctionMeasure.AssetFreeze, Sanctions.SanctionMeasure.FinancialRestriction], s.Measures.ToArray());
            Assert.True(s.IsActive);
            Assert.Null(s.ListingDate); // the files have no dates, legal basis or reasons: none invented
            Assert.Null(s.LegalBasis);
            Assert.Null(s.Reason);
            Assert.True(s.History.IsEmpty);
        });
    }

    [Fact]
    public async Task The_authority_chain_and_the_source_are_made_once()
    {
        var document = (await ImportFixtureAsync()).Document;

        Assert.Equal(["us", "us-treasury", "us-treasury-ofac"], document.Parties.Where(static p => p is State or GovernmentBody).Select(static p => p.Id.Value));
        var source = Assert.Single(document.Sources);
        Assert.Equal(Published, source.Published);
    }

    [Fact]
    public async Task An_entity_gets_a_country_only_when_its_addresses_name_exactly_one()
    {
        var document = (await ImportFixtureAsync()).Document;
        Party Get(string id) => document.Parties.Single(p => p.Id.Value == id);

        Assert.Equal("AE", Get("ofac-sdn-1002").Country?.Value); // two addresses, one country
        Assert.Null(Get("ofac-sdn-1003").Country); // Burma and Korea, North
        Assert.Null(Get("ofac-sdn-1008").Country); // Netherlands Antilles has no code
        Assert.Equal("CU", Get("ofac-sdn-1009").Country?.Value);
        Assert.Equal("UA", Get("ofac-sdn-1006").Country?.Value); // nationality Region: Crimea
        Assert.Equal("KP", Get("ofac-sdn-1007").Country?.Value); // nationality not mapped, then citizen Korea, North
    }

    [Fact]
    public async Task Remarks_extended_continue_the_remarks_where_they_were_cut()
    {
        var person = (await ImportFixtureAsync()).Document.Parties.Single(p => p.Id.Value == "ofac-sdn-1006");

        Assert.Equal("DOB 02 Feb 1975; nationality Region: Crimea; a.k.a. 'EXAMPLE JOHN'.", person.Description);
        Assert.Equal(["EXAMPLE JOHN"], person.Aliases.ToArray());
    }

    [Fact]
    public async Task Vessels_and_aircraft_are_not_imported_but_noted()
    {
        var result = await ImportFixtureAsync();

        Assert.DoesNotContain(result.Document.Parties, p => p.Id.Value is "ofac-sdn-1004" or "ofac-sdn-1005");
        Assert.Contains(result.Notes, n => n.Code == OfacImportCodes.VesselNotImported && n.SourceId == "1004");
        Assert.Contains(result.Notes, n => n.Code == OfacImportCodes.AircraftNotImported && n.SourceId == "1005");
        Assert.DoesNotContain(result.Notes, n => n.Code == OfacImportCodes.OrphanRow && n.SourceId == "1004"); // its rows are accounted for
    }

    [Theory]
    [InlineData("SDGT", new[] { "SDGT" })]
    [InlineData("SDGT] [IRGC", new[] { "SDGT", "IRGC" })]
    [InlineData("NPWMD] [IFSR] [IRAN-CON-ARMS-EO", new[] { "NPWMD", "IFSR", "IRAN-CON-ARMS-EO" })]
    [InlineData("[SDGT] [IRGC]", new[] { "SDGT", "IRGC" })]
    [InlineData(" ] [ ", new string[0])]
    public void Programs_are_split_at_closing_and_opening_brackets(string cell, string[] expected) =>
        Assert.Equal(expected, OfacSdnReader.SplitPrograms(cell));

    [Fact]
    public async Task Records_come_out_while_sdn_csv_is_still_being_read()
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= 20_000; i++)
        {
            builder.Append(i).Append(",\"EXAMPLE COMPANY ").Append(i).Append("\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        }

        var stream = new MemoryStream(Encoding.Latin1.GetBytes(builder.ToString()));
        await foreach (var record in OfacSdnImport.ReadAsync(stream, null, null, null, Published, cancellationToken: TestContext.Current.CancellationToken))
        {
            if (record is ImportedParty { Party: Organization })
            {
                Assert.True(stream.Position < stream.Length / 4, $"the first entry came after {stream.Position} of {stream.Length} bytes");
                return;
            }
        }

        Assert.Fail("no entry");
    }

    [Fact]
    public void Every_name_of_the_country_table_has_a_country()
    {
        Assert.All(OfacCountryNames.All, pair => Assert.NotNull(Countries.CountryTable.FindByAlpha2(pair.Value.Value)));
        Assert.Equal("KP", OfacCountryNames.Find("Korea, North")?.Value);
        Assert.Equal("MM", OfacCountryNames.Find(" burma ")?.Value);
        Assert.Equal("UA", OfacCountryNames.Find("Region: Crimea")?.Value);
        Assert.Equal("FR", OfacCountryNames.Find("France")?.Value); // an ISO name, from the country table
        Assert.Null(OfacCountryNames.Find("Netherlands Antilles"));
        Assert.Null(OfacCountryNames.Find("Undetermined"));
    }
}
