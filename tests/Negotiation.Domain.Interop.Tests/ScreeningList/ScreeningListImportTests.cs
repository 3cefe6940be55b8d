using Negotiation.Domain.Dates;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Interop.Tests.Csv;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.ScreeningList;

public sealed class ScreeningListImportTests
{
    internal static readonly PartialDate Published = new(2025, 1, 15);

    internal static async Task<ImportResult> ImportFixtureAsync() =>
        await TestFiles.GatherAsync(
            ScreeningListImport.ReadFileAsync(TestFiles.Fixture("ScreeningList", "consolidated.csv"), Published, cancellationToken: TestContext.Current.CancellationToken),
            "us-csl-fixture");

    [Fact]
    public async Task The_fixture_imports_to_the_reviewed_document_and_notes()
    {
        var result = await ImportFixtureAsync();

        TestFiles.AssertSameAsFile(TestFiles.Fixture("ScreeningList", "expected.json"), NegotiationJson.Write(result.Document) + "\n");
        TestFiles.AssertSameAsFile(TestFiles.Fixture("ScreeningList", "expected-notes.txt"), string.Concat(result.Notes.Select(static n => n + "\n")));
    }

    [Fact]
    public async Task An_entity_list_row_is_an_export_control_by_bis_with_the_dates_and_citation_the_file_gives()
    {
        var document = (await ImportFixtureAsync()).Document;

        var institute = document.Parties.Single(p => p.Name == "Institute of Forensic Science of China");
        Assert.Equal("CN", institute.Country?.Value);
        Assert.Equal(["Forensic Science Institute of the MPS", "Example Forensic Institute"], institute.Aliases.ToArray());
        var sanction = Assert.Single(document.Sanctions, s => s.Targets.Contains(institute.Id));
        Assert.Equal("us-commerce-bis", sanction.Authority.Value);
        Assert.Equal("Entity List", sanction.Program);
        Assert.Equal([SanctionMeasure.ExportControl], sanction.Measures.ToArray());
        Assert.Equal(new PartialDate(2020, 6, 5), sanction.ListingDate);
        Assert.Equal("85 FR 34495", sanction.AuthorityId);
        Assert.Null(sanction.LegalBasis); // the file gives none: none invented
        Assert.Null(sanction.Reason);
        Assert.Equal("License requirement: For all items subject to the EAR.\nLicense policy: Presumption of denial.", sanction.Description);
    }

    [Fact]
    public async Task Each_list_hangs_under_its_department_and_the_united_states()
    {
        var document = (await ImportFixtureAsync()).Document;
        var parents = document.Parties.Where(static p => p is State or GovernmentBody).ToDictionary(static p => p.Id.Value, static p => p.ParentId?.Value);

        Assert.Equal("us-commerce", parents["us-commerce-bis"]);
        Assert.Equal("us-treasury", parents["us-treasury-ofac"]);
        Assert.Equal("us-state", parents["us-state-isn"]);
        Assert.Equal("us", parents["us-commerce"]);
        Assert.Equal(1, document.Parties.Count(static p => p.Id.Value == "us"));
    }

    [Fact]
    public async Task A_treasury_row_keeps_its_ofac_number_and_a_person_their_nationality()
    {
        var document = (await ImportFixtureAsync()).Document;

        var person = Assert.IsType<Person>(document.Parties.Single(p => p.Id.Value == "csl-1001"));
        Assert.Equal("MÜLLER, Jörg Beispiel", person.Name);
        Assert.Equal("DE", person.Country?.Value);
        Assert.Contains(new ExternalId("ofac-sdn", "1001"), person.ExternalIds);
        Assert.Equal(["SDGT", "IRGC"], document.Sanctions.Where(s => s.Targets.Contains(person.Id)).Select(static s => s.Program));
    }

    [Fact]
    public void The_table_of_lists_names_each_source_once() =>
        Assert.Equal(ScreeningListSource.All.Count, ScreeningListSource.All.Select(static s => s.Code).Distinct().Count());
}
