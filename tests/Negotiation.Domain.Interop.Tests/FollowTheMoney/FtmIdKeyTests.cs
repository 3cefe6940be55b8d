using System.Text;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// An id is found in the index by a key that the first pass hashes from the line's bytes when the id is plain ASCII
/// there, and from its text otherwise: however an id is written (escaped, plain, not ASCII), a reference to it must find
/// it, and two different ids must not meet.
/// </summary>
public sealed class FtmIdKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("NK-000000Aq0")]
    [InlineData("ofac-12345 with spaces and punctuation: ~!@#$%^&*()_+{}|:<>?")]
    public void The_key_of_ascii_bytes_is_the_key_of_their_text(string id)
        => Assert.Equal(FtmIndex.Key(id), FtmIndex.Key(Encoding.ASCII.GetBytes(id)));

    [Fact]
    public void Ids_that_differ_in_case_or_by_one_character_have_different_keys()
    {
        Assert.NotEqual(FtmIndex.Key("Q-1"), FtmIndex.Key("q-1"));
        Assert.NotEqual(FtmIndex.Key("ab"), FtmIndex.Key("ba"));
        Assert.NotEqual(FtmIndex.Key("é"), FtmIndex.Key("e"));
    }

    [Theory]
    [InlineData("plain-1", "plain-1")] // both plain ASCII: hashed from bytes on both sides
    [InlineData("plain-2", "\\u0070lain-2")] // the reference escaped
    [InlineData("\\u0070lain-3", "plain-3")] // the entity's id escaped
    [InlineData("caf\u00e9-4", "caf\\u00e9-4")] // not ASCII, and escaped in the reference
    [InlineData("\u5317\u4eac-5", "\u5317\u4eac-5")] // not ASCII on both sides
    public async Task A_sanction_finds_its_target_however_each_writes_the_id(string written, string referenced)
    {
        var input = $$$"""
            {"id":"s-1","schema":"Sanction","properties":{"entity":["{{{referenced}}}"],"authority":["Example Authority"],"country":["us"],"provisions":["Asset freeze"]}}
            {"id":"{{{written}}}","caption":"Example Person","schema":"Person","properties":{"name":["Example Person"]}}
            """;

        var records = await FtmTestSupport.ReadAllAsync(input, FtmFormat.Entities);

        var sanction = Assert.Single(records.OfType<ImportedSanction>()).Sanction;
        var person = Assert.Single(records.OfType<ImportedParty>(), p => p.Party.Name == "Example Person").Party;
        Assert.Equal(person.Id, Assert.Single(sanction.Targets));
        Assert.DoesNotContain(records.Notes(), n => n.Code == FtmCodes.UnimportedTarget);
    }

    [Fact]
    public async Task An_id_written_twice_once_escaped_is_a_duplicate()
    {
        var input = """
            {"id":"dup-1","schema":"Person","properties":{"name":["A"]}}
            {"id":"\u0064up-1","schema":"Person","properties":{"name":["B"]}}
            """;

        var error = await FtmTestSupport.ErrorOfAsync(input, FtmFormat.Entities);

        Assert.Equal((FtmCodes.DuplicateId, 2L, "dup-1"), (error.Code, error.Line, error.SourceId));
    }
}
