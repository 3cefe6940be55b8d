using System.Globalization;
using System.Text.Json;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// How each kind of value the format knows is read and written. The generated readers and writers call these for every
/// member of that kind; a value that is not right throws <see cref="JsonValueException"/> with its code and a sentence
/// that says what is allowed, and the reader adds the path and position.
/// </summary>
internal static class FormatValues
{
    public static string ReadString(ref Utf8JsonReader r)
        => r.TokenType == JsonTokenType.String ? GetString(ref r) : throw JsonValueException.WrongType(r.TokenType, "a string");

    /// <summary>The string at the reader, or the typed error when its bytes are not valid UTF-8 or it escapes a lone surrogate.</summary>
    public static string GetString(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The reader checks a string's bytes only when it decodes them, and says so with this exception.
            throw new JsonValueException(ErrorCodes.InvalidJson, "This string is not valid Unicode: it has bytes that are not UTF-8, or an escaped lone surrogate.");
        }
    }

    public static int ReadInt32(ref Utf8JsonReader r)
        => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw JsonValueException.WrongType(r.TokenType, "a whole number");

    public static FormatVersion ReadVersion(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw JsonValueException.WrongType(r.TokenType, "a whole number");
        }

        if (r.TryGetInt32(out var version) && version == NegotiationDocument.CurrentFormatVersion)
        {
            return new FormatVersion(version);
        }

        var text = System.Text.Encoding.UTF8.GetString(r.ValueSpan);
        throw new JsonValueException(ErrorCodes.UnsupportedVersion, DocumentErrors.UnsupportedVersion(text));
    }

    public static Uri ReadUri(ref Utf8JsonReader r)
    {
        var text = ReadString(ref r);

        // Read as System.Text.Json reads a Uri; the record's own rule then asks for an absolute http(s) address.
        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new JsonValueException(ErrorCodes.InvalidValue, $"{QuotedInput.Quote(text)} is not a web address.");
    }

    public static PartialDate ReadDate(ref Utf8JsonReader r) => PartialDateConverter.ReadValue(ref r);

    public static CountryCode ReadCountry(ref Utf8JsonReader r) => CountryCodeConverter.ReadValue(ref r);

    public static Reference ReadReference(ref Utf8JsonReader r) => ReferenceConverter.ReadValue(ref r);

    public static TId ReadId<TId>(ref Utf8JsonReader r)
        where TId : struct, ISlugId<TId>
        => SlugIdConverter<TId>.ReadValue(ref r);

    public static TEnum ReadEnum<TEnum>(ref Utf8JsonReader r)
        where TEnum : struct, Enum
        => SnakeCaseEnumConverter<TEnum>.ReadValue(ref r);

    public static JsonEncodedText NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => SnakeCaseEnumConverter<TEnum>.NameOf(value);

    /// <summary>How much a writer holds before the root's writer hands it on, between two records.</summary>
    public const int FlushThreshold = 16 * 1024;

    /// <summary>Hands what the writer holds to its stream or buffer once it holds <see cref="FlushThreshold"/> bytes.</summary>
    public static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushThreshold)
        {
            w.Flush();
        }
    }

    public static void Write(Utf8JsonWriter w, FormatVersion version) => w.WriteNumberValue(version.Value);

    public static void Write(Utf8JsonWriter w, Uri uri) => w.WriteStringValue(uri.OriginalString);

    public static void Write(Utf8JsonWriter w, CountryCode code) => w.WriteStringValue(code.Value);

    public static void Write(Utf8JsonWriter w, PartialDate date)
    {
        Span<char> buffer = stackalloc char[10];
        date.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        w.WriteStringValue(buffer[..written]);
    }

    // "kind:id" formatted on the stack, so writing a reference allocates nothing.
    public static void Write(Utf8JsonWriter w, Reference reference)
    {
        var kind = Reference.KindName(reference.Kind);
        var id = reference.Id;
        var length = kind.Length + 1 + id.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        kind.CopyTo(buffer);
        buffer[kind.Length] = ':';
        id.CopyTo(buffer[(kind.Length + 1)..]);
        w.WriteStringValue(buffer);
    }
}
