using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// Inputs that pass the parser but that a record's own rules would refuse, found by fuzzing: each is now a note with
/// what was kept, never an exception other than <see cref="ImportException"/> (the whole sweep is in the Fuzz folder).
/// </summary>
public sealed class FtmHostileInputTests
{
    private const string Person = """{"id":"p","schema":"Person","properties":{"name":["Example Person"]}}""";

    [Fact]
    public async Task Reasons_that_together_pass_the_longest_text_keep_the_first_with_a_note()
    {
        var sanction = $$$"""{"id":"s","schema":"Sanction","properties":{"entity":["p"],"country":["us"],"reason":["{{{new string('r', 15_000)}}}","{{{new string('s', 15_000)}}}"]}}""";

        var records = await FtmTestSupport.ReadAllAsync(Person + "\n" + sanction + "\n", FtmFormat.Entities);

        Assert.Equal(new string('r', 15_000), Assert.Single(records.OfType<ImportedSanction>()).Sanction.Reason);
        var note = Assert.Single(records.Notes(), n => n.Code == FtmCodes.ExtraValues && n.Property == "reason");
        Assert.Contains("the first was kept, 1 dropped", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_with_the_id_of_the_state_the_import_makes_is_not_imported_and_says_why()
    {
        // The body has a country and no parent: the import makes it the state of its country, whose id is the body's.
        var madeState = Slug.From("ftm state US");
        var body = $$$"""{"id":"{{{madeState}}}","schema":"PublicBody","properties":{"name":["Example Ministry"],"country":["us"]}}""";

        var records = await FtmTestSupport.ReadAllAsync(body + "\n", FtmFormat.Entities);

        Assert.DoesNotContain(records.OfType<ImportedParty>(), p => p.Party.Name == "Example Ministry");
        Assert.Single(records.OfType<ImportedParty>(), p => p.Party is State { Id.Value: var id } && id == madeState); // the state it made stays
        var note = Assert.Single(records.Notes(), n => n.Code == FtmCodes.InvalidValue && n.Property is null);
        Assert.StartsWith("the PublicBody was not imported: ", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_whose_parent_slugs_to_its_own_id_has_no_parent()
    {
        var parent = Slug.From("B");
        var input = $$$"""
            {"id":"{{{parent}}}","schema":"Organization","properties":{"name":["Example Co"]}}
            {"id":"B","schema":"Organization","properties":{"name":["Example Sub"],"parent":["{{{parent}}}"]}}
            """;

        var records = await FtmTestSupport.ReadAllAsync(input, FtmFormat.Entities);

        Assert.Null(((Organization)Assert.Single(records.OfType<ImportedParty>(), p => p.Party.Name == "Example Sub").Party).Parent);
        Assert.Contains(records.Notes(), n => n.Code == FtmCodes.UnresolvedReference && n.Property == "parent");
    }

    [Fact]
    public void The_longest_line_is_bounded_so_that_a_buffer_can_hold_it()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxLineBytes = int.MaxValue });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxLineBytes = ImportOptions.MaxMaxLineBytes + 1 });
        Assert.Equal(ImportOptions.MaxMaxLineBytes, new ImportOptions { MaxLineBytes = ImportOptions.MaxMaxLineBytes }.MaxLineBytes);
    }

    [Theory]
    [InlineData(1025)] // a read ends just after the CR of a line exactly as long as allowed
    [InlineData(1024)]
    [InlineData(1026)]
    [InlineData(7)]
    public async Task A_line_as_long_as_allowed_and_ended_by_CRLF_reads_alike_however_the_input_is_cut(int readSize)
    {
        const string Start = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Example A\"],\"notes\":[\"";
        const string End = "\"]}}";
        var first = Start + new string('x', 1024 - Start.Length - End.Length) + End;
        Assert.Equal(1024, Encoding.UTF8.GetByteCount(first));
        var bytes = Encoding.UTF8.GetBytes(first + "\r\n" + """{"id":"b","schema":"Person","properties":{"name":["Example B"]}}""" + "\r\n");
        var options = new ImportOptions { MaxLineBytes = 1024, SkipBadLines = true };

        var records = await FtmTestSupport.ReadAllAsync(new ForwardOnlyStream(bytes, readSize), FtmFormat.Entities, options);

        Assert.Equal(["Example A", "Example B"], records.OfType<ImportedParty>().Select(p => p.Party.Name));
        Assert.DoesNotContain(records.Notes(), n => n.Code == FtmCodes.SkippedLine);
    }
}
