namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// The format as data: every record and member, generated from the records' declarations (see
/// <c>FormatDescription.g.cs</c> among the generated files). The schema, the tests' random documents and the tests
/// that every id member is checked are made from it.
/// </summary>
internal static partial class FormatDescription
{
    /// <summary>The description of the record of type <paramref name="type"/>.</summary>
    public static RecordDescription Of(Type type) => Records.First(r => r.Type == type);
}
