using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// The stable codes of <see cref="JsonReadError.Code"/> for input that is not a well-formed document of this format.
/// They are part of the public contract: they do not change. A document that is well formed but breaks a
/// document-level rule is reported with that rule's code from <see cref="ValidationCodes"/> instead
/// (<c>dangling-reference</c>, <c>duplicate-id</c>, <c>self-demand</c>, ...).
/// </summary>
public static class JsonReadErrorCodes
{
    /// <summary>The input is not JSON: a syntax error, a truncated text, a comment, a trailing comma, a byte-order mark, or text that is not valid UTF-8.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The input is longer than <see cref="NegotiationJsonOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Objects and arrays are nested deeper than <see cref="NegotiationJsonOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>The root's <c>formatVersion</c> is not a version this library reads.</summary>
    public const string UnsupportedVersion = "unsupported-version";

    /// <summary>A value has the wrong JSON type: a number where a string is due, an object where an array is due, a null where a value is required.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>An object has a member the format does not define (names are case-sensitive).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>An object has the same member twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>An object lacks a member the format requires.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A party's <c>kind</c> is not one of the kinds of party.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>An id is not a slug (lower-case letters and digits joined by single hyphens, at most 100 characters).</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>A date is not a partial date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, a day that exists).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A country is not an assigned ISO 3166-1 alpha-2 code in upper case.</summary>
    public const string InvalidCountry = "invalid-country";

    /// <summary>A reference is not <c>kind:id</c> with a known kind and a valid id.</summary>
    public const string InvalidReference = "invalid-reference";

    /// <summary>
    /// A value has the right JSON type but breaks a rule of its record: a blank or over-long name, a value not in a
    /// closed list, a number out of range, an end date before its start, a relative address.
    /// </summary>
    public const string InvalidValue = "invalid-value";
}
