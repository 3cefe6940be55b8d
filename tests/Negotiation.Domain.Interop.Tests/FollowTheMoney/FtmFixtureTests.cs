using System.Runtime.CompilerServices;
using System.Text;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>
/// The hand-written fixtures, in the three shapes, imported and gathered: the document (as the library writes it) and
/// the notes must equal, byte for byte, the expected files committed beside them, which were reviewed by hand. On a
/// difference the test writes <c>*.received.*</c> beside the expected file, for review.
/// </summary>
public sealed class FtmFixtureTests
{
    [Theory]
    [InlineData("entities.ftm.json", FtmFormat.Entities, "entities")]
    [InlineData("targets.nested.json", FtmFormat.NestedTargets, "nested")]
    [InlineData("statements.csv", FtmFormat.Statements, "statements")]
    public async Task A_fixture_imports_to_its_reviewed_document_and_notes(string fixture, FtmFormat format, string expected)
    {
        var result = await FtmTestSupport.GatherAsync(new MemoryStream(FtmTestSupport.Fixture(fixture)), format);

        var document = NegotiationJson.Write(result.Document);
        var notes = string.Concat(result.Notes.Select(n => n + "\n"));
        var documentMatches = Compare($"{expected}.expected.json", document);
        var notesMatch = Compare($"{expected}.notes.txt", notes);
        Assert.True(documentMatches, $"the document differs from {expected}.expected.json; see {expected}.expected.received.json");
        Assert.True(notesMatch, $"the notes differ from {expected}.notes.txt; see {expected}.notes.received.txt");
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_spooled_and_gives_the_same_records()
    {
        var bytes = FtmTestSupport.Fixture("entities.ftm.json");
        var seekable = await FtmTestSupport.ReadAllAsync(new MemoryStream(bytes), FtmFormat.Entities);
        var forwardOnly = await FtmTestSupport.ReadAllAsync(new ForwardOnlyStream(bytes), FtmFormat.Entities);

        Assert.Equal(seekable.Select(Describe), forwardOnly.Select(Describe));
    }

    [Fact]
    public async Task Case_differing_ids_are_two_parties_each_keeping_its_original_id()
    {
        var result = await FtmTestSupport.GatherAsync(new MemoryStream(FtmTestSupport.Fixture("entities.ftm.json")), FtmFormat.Entities);

        var lower = result.Document.Content.Parties.Single(p => p.ExternalIds.Any(x => x.Scheme == "ftm" && x.Value == "NK-4qGdAbC"));
        var upper = result.Document.Content.Parties.Single(p => p.ExternalIds.Any(x => x.Scheme == "ftm" && x.Value == "NK-4QGdAbC"));
        Assert.NotEqual(lower.Id, upper.Id);
        Assert.StartsWith("nk-4qgdabc-", lower.Id.Value, StringComparison.Ordinal);
        Assert.StartsWith("nk-4qgdabc-", upper.Id.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_path_overload_reads_the_same_records_and_the_format_follows_the_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ftm-{Guid.NewGuid():N}-statements.csv");
        await File.WriteAllBytesAsync(path, FtmTestSupport.Fixture("statements.csv"), TestContext.Current.CancellationToken);
        try
        {
            var fromFile = new List<string>();
            await foreach (var record in FtmImport.ReadFileAsync(path, FtmImport.FormatOf(path), cancellationToken: TestContext.Current.CancellationToken))
            {
                fromFile.Add(Describe(record));
            }

            var fromStream = await FtmTestSupport.ReadAllAsync(new MemoryStream(FtmTestSupport.Fixture("statements.csv")), FtmFormat.Statements);
            Assert.Equal(fromStream.Select(Describe), fromFile);
            Assert.Equal(FtmFormat.NestedTargets, FtmImport.FormatOf("/data/targets.nested.json"));
            Assert.Equal(FtmFormat.Entities, FtmImport.FormatOf("entities.ftm.json"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Progress_is_told_the_bytes_read()
    {
        var bytes = FtmTestSupport.Fixture("entities.ftm.json");
        var reported = new List<long>();
        await FtmTestSupport.ReadAllAsync(new MemoryStream(bytes), FtmFormat.Entities, new Domain.Interop.Imports.ImportOptions { Progress = new SyncProgress(reported) });

        Assert.Equal(bytes.Length, reported[^1]);
        Assert.Equal(2, reported.Count(n => n == bytes.Length)); // both passes, each counted from 0
    }

    internal static string Describe(Domain.Interop.Imports.ImportRecord record) => record switch
    {
        Domain.Interop.Imports.ImportedParty p => $"party {p.Party.Id} {p.Line}",
        Domain.Interop.Imports.ImportedSanction s => $"sanction {s.Sanction.Id} {s.Line}",
        Domain.Interop.Imports.ImportedSource s => $"source {s.Source.Id}",
        Domain.Interop.Imports.ImportedNote n => n.Note.ToString(),
        _ => record.ToString()!,
    };

    private static bool Compare(string expectedName, string actual, [CallerFilePath] string here = "")
    {
        var expectedPath = Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", expectedName);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8) : null;
        if (expected != actual)
        {
            File.WriteAllText(Path.ChangeExtension(expectedPath, ".received" + Path.GetExtension(expectedPath)), actual, new UTF8Encoding(false));
        }

        return expected == actual;
    }

    private sealed class SyncProgress(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }
}
