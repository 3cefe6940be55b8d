using System.Text.Json;

namespace Negotiation.Domain.Serialization.Converters;

/// <summary>
/// Thrown by this library's converters when a JSON value is not what its type needs, carrying the stable code of the
/// problem (<c>invalid-date</c>, <c>wrong-type</c>, ...). Its message is a sentence for a person; System.Text.Json adds
/// the path when it passes through.
/// </summary>
internal sealed class JsonValueException : JsonException
{
    public JsonValueException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public JsonValueException()
        : this(ErrorCodes.InvalidValue, "The value is not valid.")
    {
    }

    public JsonValueException(string message)
        : this(ErrorCodes.InvalidValue, message)
    {
    }

    public JsonValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InvalidValue;
    }

    public string Code { get; }

    /// <summary>The error for a token of the wrong type where <paramref name="expected"/> (a string, an array) is due.</summary>
    public static JsonValueException WrongType(JsonTokenType found, string expected)
        => new(ErrorCodes.WrongType, $"Expected {expected}, found {Describe(found)}.");

    /// <summary>How a token type is named in messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    /// <summary>Reads the current token as a string, or throws <c>wrong-type</c> naming what was due.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected)
        => reader.TokenType == JsonTokenType.String ? Format.FormatValues.GetString(ref reader) : throw WrongType(reader.TokenType, expected);
}
