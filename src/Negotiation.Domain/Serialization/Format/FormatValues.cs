using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Guards;

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

    // Numbers. A whole number is a value, not a spelling: 13, 13.0, 1.3e1 and 130e-1 are all thirteen, as JSON Schema's
    // "integer" has it, and all are read as 13 and written as 13, the one canonical form (an int has no -0 and no
    // trailing zeros). Version 2's decimal amounts go the same way: the value is read exactly from its digits (1.0,
    // 1.00, 1 and 10e-1 are one value), held as a decimal in its canonical form (AmountGuards.Canonical: no trailing
    // zeros, no -0), whose equality is by value, and written in that one form, with no exponent, so that equal amounts
    // write the same bytes. A number no decimal holds exactly (1e-29, 1e29, 0.1 followed by thirty digits) is refused.

    public static int ReadInt32(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw JsonValueException.WrongType(r.TokenType, "a whole number");
        }

        return r.TryGetInt32(out var value) || TryGetWholeNumber(NumberText(ref r), out value)
            ? value
            : throw new JsonValueException(ErrorCodes.WrongType, $"Expected a whole number from {int.MinValue} to {int.MaxValue}, found {QuotedInput.Quote(System.Text.Encoding.UTF8.GetString(NumberText(ref r)))}.");
    }

    /// <summary>The largest magnitude of a decimal, as the message that refuses a larger one says it.</summary>
    private const string DecimalRange = "79228162514264337593543950335";

    public static decimal ReadDecimal(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw JsonValueException.WrongType(r.TokenType, "a number");
        }

        return TryGetDecimal(NumberText(ref r), out var value)
            ? value
            : throw new JsonValueException(ErrorCodes.WrongType, $"Expected a decimal number of at most 28 decimal places, from -{DecimalRange} to {DecimalRange}, found {QuotedInput.Quote(System.Text.Encoding.UTF8.GetString(NumberText(ref r)))}.");
    }

    public static QuantityUnit ReadUnit(ref Utf8JsonReader r) => QuantityUnitConverter.ReadValue(ref r);

    public static FormatVersion ReadVersion(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw JsonValueException.WrongType(r.TokenType, "a whole number");
        }

        if ((r.TryGetInt32(out var version) || TryGetWholeNumber(NumberText(ref r), out version)) && version >= NegotiationDocument.EarliestFormatVersion && version <= NegotiationDocument.CurrentFormatVersion)
        {
            return new FormatVersion(version);
        }

        var text = System.Text.Encoding.UTF8.GetString(NumberText(ref r));
        throw new JsonValueException(ErrorCodes.UnsupportedVersion, DocumentErrors.UnsupportedVersion(text));
    }

    /// <summary>The bytes of the number token at the reader, in one piece.</summary>
    private static ReadOnlySpan<byte> NumberText(ref Utf8JsonReader r) => r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan;

    /// <summary>
    /// Reads a JSON number that is a whole number within an <see cref="int"/>, in any of its spellings (<c>13.0</c>,
    /// <c>1.3e1</c>, <c>130e-1</c>, <c>-0</c>), exactly from its digits: no rounding through a double or a decimal, so
    /// <c>13.000000000000000000000000001</c> and <c>1e-400</c> are not whole, and no exponent is too long to read.
    /// </summary>
    /// <param name="number">A number as JSON writes it (the reader has checked its grammar).</param>
    /// <param name="value">The whole number.</param>
    /// <returns>Whether it is a whole number in range.</returns>
    internal static bool TryGetWholeNumber(ReadOnlySpan<byte> number, out int value)
    {
        value = 0;
        if (!TrySplit(number, out var negative, out var integer, out var fraction, out var exponent))
        {
            return false;
        }

        if (!TrySignificant(integer, fraction, exponent, out var first, out var last, out var scale))
        {
            return true; // zero, however written (-0, 0.000, 0e7)
        }

        if (scale < 0 || last - first + 1 + scale > 10)
        {
            return false; // a fraction, or more digits than any int has
        }

        long magnitude = 0;
        for (var k = first; k <= last; k++)
        {
            magnitude = magnitude * 10 + Digit(integer, fraction, k);
        }

        for (var k = 0; k < scale; k++)
        {
            magnitude *= 10;
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }

    /// <summary>
    /// Reads a JSON number that a <see cref="decimal"/> holds exactly, in any of its spellings (<c>1.50</c>,
    /// <c>15e-1</c>, <c>0.15E1</c>), from its digits as <see cref="TryGetWholeNumber"/> does: its significant digits,
    /// once the zeros at either end are dropped, must fit a decimal's 96 bits, with at most 28 of them after the point.
    /// Nothing is rounded, so <c>1e-29</c> is refused rather than read as zero. The value is in its canonical form (no
    /// trailing zeros; zero, however written, is <c>0</c>).
    /// </summary>
    /// <param name="number">A number as JSON writes it (the reader has checked its grammar).</param>
    /// <param name="value">The decimal.</param>
    /// <returns>Whether a decimal holds it exactly.</returns>
    internal static bool TryGetDecimal(ReadOnlySpan<byte> number, out decimal value)
    {
        value = 0m;
        if (!TrySplit(number, out var negative, out var integer, out var fraction, out var exponent))
        {
            return false;
        }

        if (!TrySignificant(integer, fraction, exponent, out var first, out var last, out var scale))
        {
            return true; // zero, however written (-0, 0.000, 0e-400)
        }

        // A decimal is a 96-bit whole number over 10^0..10^28: 29 digits at most, and fewer past
        // 79228162514264337593543950335.
        var digits = last - first + 1;
        if (scale < -28 || digits + Math.Max(scale, 0) > 29)
        {
            return false;
        }

        UInt128 magnitude = 0;
        for (var k = first; k <= last; k++)
        {
            magnitude = (magnitude * 10) + (uint)Digit(integer, fraction, k);
        }

        for (var k = 0; k < scale; k++)
        {
            magnitude *= 10;
        }

        var most = new UInt128(uint.MaxValue, ulong.MaxValue); // 2^96 - 1
        if (magnitude > most)
        {
            return false;
        }

        var low = (ulong)magnitude;
        var high = (uint)(magnitude >> 64);
        value = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)Math.Max(-scale, 0));
        return true;
    }

    /// <summary>
    /// Splits a JSON number into its sign, the digits before and after its point, and its exponent, which is held at
    /// 10^15 once past it (a span has fewer than 2^31 digits to bring it back within a decimal's reach, and the sums
    /// made with it stay far from a long's end). False for what is not a JSON number.
    /// </summary>
    private static bool TrySplit(ReadOnlySpan<byte> number, out bool negative, out ReadOnlySpan<byte> integer, out ReadOnlySpan<byte> fraction, out long exponent)
    {
        var i = 0;
        negative = i < number.Length && number[i] == (byte)'-';
        if (negative)
        {
            i++;
        }

        var integerStart = i;
        while (i < number.Length && char.IsAsciiDigit((char)number[i]))
        {
            i++;
        }

        integer = number[integerStart..i];
        fraction = ReadOnlySpan<byte>.Empty;
        if (i < number.Length && number[i] == (byte)'.')
        {
            var fractionStart = ++i;
            while (i < number.Length && char.IsAsciiDigit((char)number[i]))
            {
                i++;
            }

            fraction = number[fractionStart..i];
        }

        exponent = 0;
        if (i < number.Length && (number[i] | 0x20) == (byte)'e')
        {
            i++;
            var negativeExponent = i < number.Length && number[i] == (byte)'-';
            if (i < number.Length && number[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            for (; i < number.Length && char.IsAsciiDigit((char)number[i]); i++)
            {
                exponent = Math.Min((exponent * 10) + (number[i] - '0'), 1_000_000_000_000_000);
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        return i == number.Length && !integer.IsEmpty;
    }

    /// <summary>
    /// The significant digits of a split number, the run <paramref name="first"/>..<paramref name="last"/> of its
    /// integer digits then its fraction digits with the zeros at either end dropped, and the power of ten
    /// (<paramref name="scale"/>) that run is multiplied by. False when the number is zero, however written.
    /// </summary>
    private static bool TrySignificant(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, long exponent, out int first, out int last, out long scale)
    {
        var count = integer.Length + fraction.Length;
        first = 0;
        while (first < count && Digit(integer, fraction, first) == 0)
        {
            first++;
        }

        last = count - 1;
        scale = 0;
        if (first == count)
        {
            return false;
        }

        while (Digit(integer, fraction, last) == 0)
        {
            last--;
        }

        scale = exponent - fraction.Length + (count - 1 - last); // the trailing zeros dropped count in the scale
        return true;
    }

    /// <summary>The digit at <paramref name="k"/> of the run made of <paramref name="integer"/>'s digits then <paramref name="fraction"/>'s.</summary>
    private static int Digit(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, int k)
        => (k < integer.Length ? integer[k] : fraction[k - integer.Length]) - '0';

    public static Uri ReadUri(ref Utf8JsonReader r)
    {
        var text = ReadString(ref r);

        // The record's own rule, checked on the text before Uri parses it: Uri refuses some texts the rule also
        // refuses (https:// with no host) and would throw without saying why. Every text the rule accepts, Uri takes.
        return WebAddress.Explain(text) is { } problem
            ? throw new JsonValueException(ErrorCodes.InvalidValue, $"{QuotedInput.Quote(text)} is not a web address this format accepts: it {problem}.")
            : new Uri(text, UriKind.Absolute);
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

    /// <summary>A whole number in its one canonical form: digits, a minus sign if negative, nothing else (see the note on numbers above).</summary>
    public static void Write(Utf8JsonWriter w, int value) => w.WriteNumberValue(value);

    /// <summary>
    /// A decimal in its one canonical form: its digits, with a point only before significant ones, no exponent and no
    /// -0 (see the note on numbers above). The records hold amounts in that form already; the writer does not rely on it.
    /// </summary>
    public static void Write(Utf8JsonWriter w, decimal value)
    {
        // A decimal's "G" form, which the writer uses, never has an exponent; it keeps the scale, which Canonical drops.
        w.WriteNumberValue(Guards.AmountGuards.Canonical(value));
    }

    public static void Write(Utf8JsonWriter w, QuantityUnit unit) => w.WriteStringValue(unit.Value);

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
