using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>
/// The floor of reading: one <see cref="Utf8JsonReader"/> pass over the bytes that touches every token (its type, each
/// property name's and string's bytes, each number's value) and allocates nothing. It shares no code with the library
/// and builds nothing: any reader of the format does at least this much.
/// </summary>
public static class ReadFloor
{
    public static TokenTally Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        int objects = 0, arrays = 0, properties = 0, strings = 0, numbers = 0, literals = 0;
        long textBytes = 0;
        decimal numberSum = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects++;
                    break;
                case JsonTokenType.StartArray:
                    arrays++;
                    break;
                case JsonTokenType.PropertyName:
                    properties++;
                    textBytes += reader.ValueSpan.Length;
                    break;
                case JsonTokenType.String:
                    strings++;
                    textBytes += reader.ValueSpan.Length;
                    break;
                case JsonTokenType.Number:
                    numbers++;
                    numberSum += reader.TryGetInt64(out var whole) ? whole : reader.GetDecimal();
                    break;
                case JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    literals++;
                    break;
                default:
                    break;
            }
        }

        return new TokenTally(objects, arrays, properties, strings, numbers, literals, textBytes, numberSum);
    }
}
