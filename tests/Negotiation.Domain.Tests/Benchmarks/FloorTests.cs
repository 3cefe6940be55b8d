using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Negotiation.Domain.Benchmarks.Dtos;
using Negotiation.Domain.Benchmarks.Floors;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Benchmarks;

/// <summary>
/// The benchmarks compare the library with floors that share no code with it (a <see cref="Utf8JsonReader"/> pass, a
/// <see cref="Utf8JsonWriter"/> replay) and with System.Text.Json on plain classes. The comparison is only honest if
/// they do the same work on the same text: these tests hold the read floor to every token of the library's output
/// (counted by an independent <see cref="JsonDocument"/> walk), and the write floor and the plain classes to the
/// library's exact bytes.
/// </summary>
public class FloorTests
{
    public static TheoryData<string> Documents => ["seed-file", "seed", "everything", "generated-100", "generated-1000"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_write_floor_writes_exactly_the_library_bytes(string name)
    {
        var library = LibraryBytes(name);
        var floor = new WriteFloor(TokenStream.Flatten(library));

        var buffer = new ArrayBufferWriter<byte>();
        floor.WriteTo(buffer);
        using var stream = new MemoryStream();
        floor.WriteTo(stream);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(library), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.True(library.AsSpan().SequenceEqual(stream.ToArray()));
    }

    [Fact]
    public void The_write_floor_writes_the_same_bytes_again_with_its_reused_writers()
    {
        var library = LibraryBytes("generated-100");
        var floor = new WriteFloor(TokenStream.Flatten(library));
        var buffer = new ArrayBufferWriter<byte>();
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        floor.WriteTo(buffer);
        floor.WriteTo(first);
        buffer.ResetWrittenCount();
        floor.WriteTo(buffer);
        floor.WriteTo(second);

        Assert.True(library.AsSpan().SequenceEqual(buffer.WrittenSpan));
        Assert.True(library.AsSpan().SequenceEqual(second.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_read_floor_sees_every_token_of_the_library_bytes(string name)
    {
        var library = LibraryBytes(name);

        var tally = ReadFloor.Read(library);

        using var json = JsonDocument.Parse(library);
        Assert.Equal(Walk(json.RootElement), tally);
        Assert.True(tally.Objects > 1 && tally.Properties > tally.Objects && tally.Strings > 0 && tally.Numbers > 0);
    }

    [Fact]
    public void The_read_floor_allocates_nothing()
    {
        var library = LibraryBytes("generated-100");
        ReadFloor.Read(library);

        var before = GC.GetAllocatedBytesForCurrentThread();
        ReadFloor.Read(library);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void System_Text_Json_on_the_plain_classes_writes_back_exactly_the_library_bytes(string name)
    {
        var library = LibraryBytes(name);

        var dto = DtoJson.Read(library);
        var buffer = new ArrayBufferWriter<byte>();
        DtoJson.Write(dto, buffer);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(library), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static TokenTally Walk(JsonElement root)
    {
        var tally = default(TokenTally);
        Visit(root, ref tally);
        return tally;

        static void Visit(JsonElement element, ref TokenTally tally)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    tally = tally with { Objects = tally.Objects + 1 };
                    foreach (var property in element.EnumerateObject())
                    {
                        tally = tally with { Properties = tally.Properties + 1, TextBytes = tally.TextBytes + JsonMarshal.GetRawUtf8PropertyName(property).Length };
                        Visit(property.Value, ref tally);
                    }

                    break;
                case JsonValueKind.Array:
                    tally = tally with { Arrays = tally.Arrays + 1 };
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item, ref tally);
                    }

                    break;
                case JsonValueKind.String:
                    // The raw value with its quotes, as the text has it.
                    tally = tally with { Strings = tally.Strings + 1, TextBytes = tally.TextBytes + JsonMarshal.GetRawUtf8Value(element).Length - 2 };
                    break;
                case JsonValueKind.Number:
                    tally = tally with { Numbers = tally.Numbers + 1, NumberSum = tally.NumberSum + element.GetDecimal() };
                    break;
                default:
                    tally = tally with { Literals = tally.Literals + 1 };
                    break;
            }
        }
    }

    private static byte[] LibraryBytes(string name)
    {
        var bytes = new ArrayBufferWriter<byte>();
        NegotiationJson.Write(Get(name), bytes);
        return bytes.WrittenSpan.ToArray();
    }

    private static NegotiationDocument Get(string name) => name switch
    {
        "seed-file" => NegotiationJson.ReadOrThrow(SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023)),
        "generated-100" => DocumentGenerator.Generate(100),
        "generated-1000" => DocumentGenerator.Generate(1000),
        _ => SampleDocuments.Get(name),
    };
}
