using System.Buffers;
using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>
/// The floor of writing: a <see cref="Utf8JsonWriter"/> with the canonical layout replaying a document's tokens,
/// flattened ahead of time (<see cref="TokenStream"/>), so the only work left is the writer's: indentation, separators,
/// copying the encoded text, formatting the numbers. To a stream it flushes every <see cref="CanonicalLayout.FlushThreshold"/>
/// bytes, as the library does. The writers are reused, so a replay allocates nothing. It shares no code with the library.
/// </summary>
public sealed class WriteFloor(TokenStream tokens)
{
    private Utf8JsonWriter? _toBuffer;
    private Utf8JsonWriter? _toStream;

    public void WriteTo(IBufferWriter<byte> output)
    {
        var writer = Reuse(ref _toBuffer, output);
        Replay(writer, tokens.Tokens, flushEvery: int.MaxValue);
        writer.Flush();
        output.Write(CanonicalLayout.FinalNewLine);
    }

    public void WriteTo(Stream output)
    {
        var writer = Reuse(ref _toStream, output);
        Replay(writer, tokens.Tokens, CanonicalLayout.FlushThreshold);
        writer.Flush();
        output.Write(CanonicalLayout.FinalNewLine);
    }

    private static Utf8JsonWriter Reuse(ref Utf8JsonWriter? writer, IBufferWriter<byte> output)
    {
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, CanonicalLayout.WriterOptions);
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }

    private static Utf8JsonWriter Reuse(ref Utf8JsonWriter? writer, Stream output)
    {
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, CanonicalLayout.WriterOptions);
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }

    private static void Replay(Utf8JsonWriter writer, ReadOnlySpan<FlatToken> tokens, int flushEvery)
    {
        foreach (ref readonly var token in tokens)
        {
            switch (token.Type)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    writer.WritePropertyName(token.Text);
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(token.Text);
                    break;
                case JsonTokenType.Number:
                    writer.WriteNumberValue(token.Number);
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
                default:
                    throw new InvalidOperationException($"No token of type {token.Type} in a flattened document.");
            }

            if (writer.BytesPending >= flushEvery)
            {
                writer.Flush();
            }
        }
    }
}
