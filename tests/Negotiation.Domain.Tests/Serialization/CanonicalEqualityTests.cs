using CsCheck;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Sources;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Two documents are equal exactly when their canonical bytes are, and equal documents have equal hash codes. The
/// property is tried where it broke: a source's address, which <see cref="Uri.Equals(object)"/> compares loosely
/// while the writer writes its text.
/// </summary>
public class CanonicalEqualityTests
{
    // The parts of an address, each with spellings that Uri.Equals takes for the same (host case, a default port,
    // escapes of unreserved characters, the fragment) and spellings that differ for it too.
    private static readonly string[][] Parts =
    [
        ["https", "http"],
        ["example.org", "Example.org", "EXAMPLE.ORG", "example.net"],
        ["", "default", ":8443"],
        ["", "/", "/a", "/a/", "/%61", "/A", "/~x", "/%7Ex", "/a%2Fb", "/a/b"],
        ["", "?q=1", "?Q=1"],
        ["", "#", "#f", "#F"],
    ];

    /// <summary>Two addresses: a random one, and the same or the same with one part spelled another way.</summary>
    private static readonly Gen<(string, string)> Addresses = Gen.Select(Gen.Int.Positive.Array[Parts.Length], Gen.Int[0, Parts.Length - 1], Gen.Int.Positive, Gen.Int[0, 3], (drawn, part, other, same) =>
    {
        var first = drawn.Select((d, i) => d % Parts[i].Length).ToArray();
        var second = (int[])first.Clone();
        if (same > 0)
        {
            second[part] = other % Parts[part].Length;
        }

        return (Spell(first), Spell(second));
    });

    [Fact]
    public void Documents_that_differ_in_a_source_address_are_equal_exactly_when_they_write_the_same_bytes()
    {
        int equal = 0, different = 0, equalForUri = 0;
        Gen.Select(Gen.Int, Addresses).Sample((seed, addresses) =>
        {
            var (first, second) = addresses;
            var document = DocumentGen.Make([.. DocumentDrafter.Collections.Select(_ => 1)], seed);
            var a = WithAddress(document, first);
            var b = WithAddress(document, second);

            var sameBytes = NegotiationJson.Write(a) == NegotiationJson.Write(b);
            Assert.True((a == b) == sameBytes, $"'{first}' and '{second}': equal {a == b}, same bytes {sameBytes}");
            Assert.Equal(a.Equals(b), a == b);
            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
                Interlocked.Increment(ref equal);
            }
            else
            {
                Interlocked.Increment(ref different);
                if (new Uri(first).Equals(new Uri(second)))
                {
                    Interlocked.Increment(ref equalForUri); // the case that broke: equal for Uri, written differently
                }
            }

            Assert.Equal(a, NegotiationJson.ReadOrThrow(NegotiationJson.Write(a)));
        }, iter: 300);

        Assert.True(equal > 0 && different > 0 && equalForUri > 0, $"{equal} equal, {different} different ({equalForUri} of them equal for Uri): the draws must reach each case");
    }

    [Theory]
    [InlineData("https://example.org/a#x", "https://example.org/a#y")]
    [InlineData("https://example.org/a", "https://Example.org/a")]
    [InlineData("https://example.org/a", "https://example.org:443/a")]
    [InlineData("http://example.org/a", "http://example.org:80/a")]
    [InlineData("https://example.org/a", "https://example.org/%61")]
    public void Sources_whose_addresses_uri_calls_equal_but_that_write_them_differently_are_different(string first, string second)
    {
        Assert.Equal(new Uri(first), new Uri(second)); // the trap
        var a = Source(first);
        var b = Source(second);

        Assert.NotEqual(a, b);
        Assert.Equal(a, Source(first));
        Assert.Equal(a.GetHashCode(), Source(first).GetHashCode());
        Assert.Equal(b, Source(second));
        Assert.Equal(b.GetHashCode(), Source(second).GetHashCode());
    }

    [Fact]
    public void Every_address_of_the_format_is_a_source_s_or_an_instrument_s_url_which_compares_by_its_text()
    {
        // A new member holding a Uri would compare with Uri.Equals unless it is held as Source.Url is: add it to the
        // property above when it is. LegalInstrument.Url is held the same way, and tested so in LegalInstrumentTests.
        var addresses = FormatDescription.Records
            .SelectMany(record => record.Members.Where(member => (member.Value.Element ?? member.Value).Kind == ValueKind.Uri).Select(member => $"{record.Name}.{member.PropertyName}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["LegalInstrument.Url", "Source.Url"], addresses);
    }

    [Fact]
    public void Every_value_of_an_enum_of_the_format_has_one_name_and_every_name_one_value()
    {
        // Equality compares an enum's value and the writer writes its name: an alias (two names, one value) would
        // make equal records that write different bytes.
        var enums = FormatDescription.Records
            .SelectMany(record => record.Members)
            .Select(member => member.Value.Element ?? member.Value)
            .Where(value => value.Kind == ValueKind.Enum)
            .Select(value => value.Type)
            .Distinct()
            .ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            Assert.Equal(Enum.GetNames(type).Length, Enum.GetValues(type).Cast<object>().Distinct().Count());
        }
    }

    private static string Spell(int[] parts)
    {
        var port = Parts[2][parts[2]] == "default" ? (parts[0] == 0 ? ":443" : ":80") : Parts[2][parts[2]];
        return $"{Parts[0][parts[0]]}://{Parts[1][parts[1]]}{port}{Parts[3][parts[3]]}{Parts[4][parts[4]]}{Parts[5][parts[5]]}";
    }

    private static Source Source(string address) => new(new SourceId("s"), "Publisher", SourceType.News, url: new Uri(address));

    /// <summary>The document with its first source's address replaced, or with a source of that address added when it has none.</summary>
    private static NegotiationDocument WithAddress(NegotiationDocument document, string address)
    {
        var content = document.Content;
        var sources = content.Sources.IsEmpty
            ? [new Source(new SourceId("url-variant-source"), "Publisher", SourceType.News, url: new Uri(address))]
            : content.Sources.AsImmutableArray().SetItem(0, content.Sources[0] with { Url = new Uri(address) });
        return NegotiationDocument.Create(document.Id, document.Title, content with { Sources = [.. sources] }, document.Description).AsT0;
    }
}
