using System.Buffers;
using System.Text.Json;
using Negotiation.Domain.Benchmarks.Floors;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Benchmarks.Variants;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Benchmarks;

/// <summary>
/// The non-canonical variants the benchmarks read must be the same document in another form, and really another form:
/// read back equal by the library, the same tokens (but the nulls asked for), members out of order with no
/// <c>kind</c> first, and the same text again for the same seed.
/// </summary>
public class VariantWriterTests
{
    private static readonly VariantWriter Writer = new(new FormatSchema(NegotiationJson.Schema));

    public static TheoryData<string> Documents => ["seed-file", "everything", "generated-100"];

    public static TheoryData<string, bool, bool, VariantLayout> Variants
    {
        get
        {
            var data = new TheoryData<string, bool, bool, VariantLayout>();
            foreach (var name in new[] { "seed-file", "everything", "generated-100" })
            {
                foreach (var layout in Enum.GetValues<VariantLayout>())
                {
                    data.Add(name, true, false, layout);
                    data.Add(name, true, true, layout);
                    data.Add(name, false, true, layout);
                    data.Add(name, false, false, layout);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_reads_back_into_the_same_document(string name, bool shuffle, bool nulls, VariantLayout layout)
    {
        var document = Get(name);
        var canonical = Canonical(document);

        var variant = Writer.Write(canonical, new VariantOptions(shuffle, nulls, layout));

        Assert.Equal(document, NegotiationJson.Read(variant).Match(read => read, error => throw new InvalidOperationException(error.ToString())));
        Assert.Equal(shuffle || nulls || layout != VariantLayout.Indented, !variant.AsSpan().SequenceEqual(canonical));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Shuffling_and_whitespace_keep_every_token(string name)
    {
        var canonical = Canonical(Get(name));
        var expected = ReadFloor.Read(canonical);

        foreach (var layout in Enum.GetValues<VariantLayout>())
        {
            Assert.Equal(expected, ReadFloor.Read(Writer.Write(canonical, new VariantOptions(ShuffleMembers: true, ExplicitNulls: false, layout))));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Explicit_nulls_add_null_members_only(string name)
    {
        var canonical = Canonical(Get(name));
        var expected = ReadFloor.Read(canonical);

        var tally = ReadFloor.Read(Writer.Write(canonical, new VariantOptions(ShuffleMembers: false, ExplicitNulls: true, VariantLayout.Indented)));

        var nulls = tally.Literals - expected.Literals;
        Assert.True(nulls > 0);
        Assert.Equal(expected with { Properties = expected.Properties + nulls, Literals = tally.Literals, TextBytes = tally.TextBytes }, tally);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Shuffled_members_are_out_of_order_and_kind_is_never_first(string name)
    {
        var canonical = Canonical(Get(name));

        var variant = Writer.Write(canonical, new VariantOptions(ShuffleMembers: true, ExplicitNulls: false, VariantLayout.Indented));

        var before = MemberOrders(canonical);
        var after = MemberOrders(variant);
        Assert.DoesNotContain(after, order => order.Length > 1 && order[0] == "kind");
        Assert.Contains(before, order => order[0] == "kind");
        Assert.True(after.Zip(before).Count(pair => !pair.First.SequenceEqual(pair.Second)) > before.Count(order => order.Length > 1) / 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_variant_and_another_seed_another()
    {
        var canonical = Canonical(Get("generated-100"));
        var options = new VariantOptions(ShuffleMembers: true, ExplicitNulls: true, VariantLayout.Tabs);

        Assert.Equal(Writer.Write(canonical, options), Writer.Write(canonical, options));
        Assert.NotEqual(Writer.Write(canonical, options), Writer.Write(canonical, options with { Seed = 7 }));
    }

    [Fact]
    public void The_layouts_are_what_they_say()
    {
        var canonical = Canonical(Get("everything"));

        var minified = Writer.Write(canonical, new VariantOptions(false, false, VariantLayout.Minified));
        var tabs = Writer.Write(canonical, new VariantOptions(false, false, VariantLayout.Tabs));

        Assert.DoesNotContain((byte)'\n', minified);
        Assert.Contains("\n\t\t{\n\t\t\t\"", System.Text.Encoding.UTF8.GetString(tabs), StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", System.Text.Encoding.UTF8.GetString(tabs), StringComparison.Ordinal);
    }

    /// <summary>Each object's member names, the objects in document order.</summary>
    private static List<string[]> MemberOrders(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var orders = new List<string[]>();
        Visit(document.RootElement);
        return orders;

        void Visit(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                orders.Add([.. element.EnumerateObject().Select(member => member.Name)]);
                foreach (var member in element.EnumerateObject())
                {
                    Visit(member.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item);
                }
            }
        }
    }

    private static byte[] Canonical(NegotiationDocument document)
    {
        var bytes = new ArrayBufferWriter<byte>();
        NegotiationJson.Write(document, bytes);
        return bytes.WrittenSpan.ToArray();
    }

    private static NegotiationDocument Get(string name) => name switch
    {
        "seed-file" => NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023)),
        "generated-100" => DocumentGenerator.Generate(100),
        _ => SampleDocuments.Get(name),
    };
}
