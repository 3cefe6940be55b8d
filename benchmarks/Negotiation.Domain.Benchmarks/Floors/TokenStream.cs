using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>
/// A document's JSON flattened into its tokens, each name and string encoded once, ahead of time: what the write
/// floor replays. Flattening is setup work, never measured.
/// </summary>
public sealed class TokenStream
{
    private readonly FlatToken[] _tokens;

    private TokenStream(FlatToken[] tokens) => _tokens = tokens;

    public ReadOnlySpan<FlatToken> Tokens => _tokens;

    /// <summary>Flattens <paramref name="utf8Json"/> (the format's numbers are whole numbers and decimal amounts: another number is refused).</summary>
    public static TokenStream Flatten(ReadOnlySpan<byte> utf8Json)
    {
        var tokens = new List<FlatToken>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        while (reader.Read())
        {
            tokens.Add(reader.TokenType switch
            {
                JsonTokenType.PropertyName or JsonTokenType.String
                    => new FlatToken(reader.TokenType, JsonEncodedText.Encode(reader.GetString()!, CanonicalLayout.WriterOptions.Encoder), 0),
                JsonTokenType.Number => reader.TryGetDecimal(out var number)
                    ? new FlatToken(JsonTokenType.Number, default, number)
                    : throw new NotSupportedException("The format's numbers are whole numbers and decimals."),
                _ => new FlatToken(reader.TokenType, default, 0),
            });
        }

        return new TokenStream([.. tokens]);
    }
}
