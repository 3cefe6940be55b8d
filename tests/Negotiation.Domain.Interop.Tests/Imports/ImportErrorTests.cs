using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.Imports;

public sealed class ImportErrorTests
{
    [Fact]
    public void An_error_says_its_code_line_column_and_path()
    {
        var error = new ImportError("broken-line", 12, 7, "$.properties.name[2]", "NK-4qGd", "a name is a string");

        Assert.Equal("broken-line (line 12, column 7, $.properties.name[2]): a name is a string", error.ToString());
        Assert.Equal(error.ToString(), new ImportException(error).Message);
    }

    [Theory]
    [InlineData(3, "NK-1", "country", "unmapped-country (line 3, NK-1.country): zz is not a country")]
    [InlineData(0, null, "country", "unmapped-country (country): zz is not a country")]
    [InlineData(0, null, null, "unmapped-country: zz is not a country")]
    public void A_note_says_where_as_far_as_it_knows(long line, string? id, string? property, string expected) =>
        Assert.Equal(expected, new ImportNote("unmapped-country", line, id, property, "zz is not a country").ToString());
}
