namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// Marks a record as part of the JSON format. Negotiation.Domain.Generators reads the record's declaration (its
/// settable properties, its constructor, the guards of its <c>init</c> accessors) and generates its reader, writer,
/// reference walk and description, so the declaration is the one place the format is described.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class FormatRecordAttribute : Attribute
{
    /// <summary>Whether the record is written to streams one record of its arrays at a time (the document's root).</summary>
    public bool Streamed { get; init; }
}
