using System.Text;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>What the tests of each real case need: its committed seed, read, and short ways to name dates and check sources.</summary>
internal static class SeedCase
{
    /// <summary>Reads a committed seed, failing with the reader's error if it is not valid.</summary>
    public static NegotiationDocument Read(string name)
        => NegotiationJson.Read(SeedFiles.Bytes(name)).Match(d => d, e => throw new InvalidOperationException($"{name}: {e}"));

    /// <summary>Asserts the seed reads as valid and is stored in canonical form: writing what was read gives back the same bytes.</summary>
    public static NegotiationDocument AssertValidAndCanonical(string name)
    {
        Assert.Contains(name, SeedFiles.Names);
        var bytes = SeedFiles.Bytes(name);
        var document = NegotiationJson.Read(bytes).Match(d => d, e => throw new Xunit.Sdk.XunitException($"{name}: {e}"));
        Assert.Equal(NegotiationDocument.CurrentFormatVersion, document.FormatVersion);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(NegotiationJson.Write(document)));
        Assert.Equal(document, NegotiationJson.ReadOrThrow(NegotiationJson.Write(document)));
        return document;
    }

    /// <summary>A partial date from its text: <c>D("2015-02")</c>.</summary>
    public static PartialDate D(string text) => PartialDate.Parse(text);

    /// <summary>Asserts an attribution's confidence and that it cites each of the given sources, each a source of the document with an address.</summary>
    public static void AssertSourced(NegotiationDocument document, Attribution? attribution, Confidence confidence, params string[] sources)
    {
        Assert.NotNull(attribution);
        Assert.Equal(confidence, attribution.Confidence);
        foreach (var source in sources)
        {
            Assert.Contains(attribution.Sources, s => s.Value == source);
        }

        Assert.All(attribution.Sources, s => Assert.NotNull(document.Find(s)?.Url));
    }
}
