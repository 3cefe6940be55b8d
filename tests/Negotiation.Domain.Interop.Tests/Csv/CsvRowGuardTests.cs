using System.Text;
using Negotiation.Domain.Interop.Csv;
using Negotiation.Domain.Interop.Ofac;
using Negotiation.Domain.Interop.ScreeningList;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>
/// The importers' safety net: a record's guard that refuses a value becomes an error of the row (refused-value). No
/// input reaches it (the importers check each value first), so a mapper that builds a bad record stands in for one.
/// </summary>
public sealed class CsvRowGuardTests
{
    [Fact]
    public async Task A_guard_s_refusal_becomes_an_error_of_the_row()
    {
        using var reader = await ReaderAtSecondRowAsync();

        var e = Assert.Throws<CsvRowException>(() => CsvRowGuard.Map(new Mapper("x\ty"), reader, "sdn.csv"));

        Assert.Equal((CsvErrorCodes.RefusedValue, 2L, 0L, "sdn.csv", "7"), (e.Error.Code, e.Error.Line, e.Error.Column, e.Error.Path, e.Error.SourceId));
        Assert.Contains("the row has a value the library's records refuse", e.Error.Message, StringComparison.Ordinal);
        Assert.Contains("value must be a single line", e.Error.Message, StringComparison.Ordinal); // the guard's own words
    }

    [Fact]
    public async Task A_good_row_and_the_mapper_s_own_errors_pass_through()
    {
        using var reader = await ReaderAtSecondRowAsync();
        var mapper = new Mapper("x");

        CsvRowGuard.Map(mapper, reader, "");
        var own = new CsvRowException(new(OfacImportCodes.InvalidName, 2, 1, "", null, "no name"));

        Assert.Equal("x", mapper.Made!.Value);
        Assert.Same(own, Assert.Throws<CsvRowException>(() => CsvRowGuard.Map(new Mapper("x", own), reader, "")));
        Assert.Throws<InvalidOperationException>(() => CsvRowGuard.Map(new Mapper("x", new InvalidOperationException()), reader, ""));
    }

    [Fact]
    public void The_code_is_each_importer_s()
    {
        Assert.Equal(CsvErrorCodes.RefusedValue, OfacImportCodes.RefusedValue);
        Assert.Equal(CsvErrorCodes.RefusedValue, ScreeningListCodes.RefusedValue);
    }

    private static async Task<CsvReader> ReaderAtSecondRowAsync()
    {
        var reader = new CsvReader(new MemoryStream(Encoding.ASCII.GetBytes("1,a\n7,b\n")), CsvTextEncoding.Utf8, 1024);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return reader;
    }

    /// <summary>Makes an external id of the row's value, or throws <paramref name="fault"/>.</summary>
    private sealed class Mapper(string value, Exception? fault = null) : ICsvRowMapper
    {
        public string? RowId { get; private set; }

        public ExternalId? Made { get; private set; }

        public void MapRow(CsvReader reader)
        {
            RowId = reader.GetString(0);
            if (fault is not null)
            {
                throw fault;
            }

            Made = new ExternalId("test", value);
        }
    }
}
