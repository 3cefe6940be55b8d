using System.Reflection;
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>Runs imports in tests: from text or bytes, to a list of records or a gathered result.</summary>
internal static class FtmTestSupport
{
    public static byte[] Fixture(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ftm/" + name) ?? throw new InvalidOperationException($"no fixture {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string FixtureText(string name) => Encoding.UTF8.GetString(Fixture(name));

    public static async Task<List<ImportRecord>> ReadAllAsync(Stream input, FtmFormat format, ImportOptions? options = null)
    {
        var records = new List<ImportRecord>();
        await foreach (var record in FtmImport.ReadAsync(input, format, options, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    public static Task<List<ImportRecord>> ReadAllAsync(string text, FtmFormat format, ImportOptions? options = null)
        => ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), format, options);

    public static async Task<ImportResult> GatherAsync(Stream input, FtmFormat format, ImportOptions? options = null)
    {
        var gathered = await ImportGathering.GatherAsync(FtmImport.ReadAsync(input, format, options), new NegotiationId("ftm-import"), "FollowTheMoney import", TestContext.Current.CancellationToken);
        return gathered.Match(result => result, failure => throw new InvalidOperationException("the import is not a valid document: " + string.Join("; ", failure.Errors)));
    }

    public static async Task<ImportError> ErrorOfAsync(string text, FtmFormat format, ImportOptions? options = null)
        => await ErrorOfAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), format, options);

    public static async Task<ImportError> ErrorOfAsync(Stream input, FtmFormat format, ImportOptions? options = null)
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ReadAllAsync(input, format, options));
        return e.Error;
    }

    public static IEnumerable<ImportNote> Notes(this IEnumerable<ImportRecord> records) => records.OfType<ImportedNote>().Select(n => n.Note);
}
