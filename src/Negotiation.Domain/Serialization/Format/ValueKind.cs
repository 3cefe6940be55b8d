namespace Negotiation.Domain.Serialization.Format;

/// <summary>The kinds of values of the format, as the description tells them.</summary>
internal enum ValueKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A whole number.</summary>
    Int32,

    /// <summary>A decimal number, read exactly and written in one canonical form.</summary>
    Decimal,

    /// <summary>A unit of a quantity: a measure's name or an ISO 4217 currency code.</summary>
    Unit,

    /// <summary>The root's format version.</summary>
    Version,

    /// <summary>An absolute http(s) address.</summary>
    Uri,

    /// <summary>A partial date (<c>2020</c>, <c>2020-05</c>, <c>2020-05-22</c>).</summary>
    Date,

    /// <summary>An ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A <c>kind:id</c> reference to a record of any kind.</summary>
    Reference,

    /// <summary>A typed id: the record's own, or a pointer to a record of the id's kind.</summary>
    Id,

    /// <summary>A value from a closed list, in snake_case.</summary>
    Enum,

    /// <summary>A nested record.</summary>
    Record,

    /// <summary>An array of values of one kind.</summary>
    Array,
}
