using CsCheck;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Random valid documents for property tests, made from the format's description: every kind of record, every member
/// of each (optional ones set or not at random), text with quotes, escapes, control characters and characters from
/// every plane. <see cref="DocumentDrafter"/> drafts the records from <c>FormatDescription</c>, keeping the few rules
/// it does not carry (<see cref="UndescribedRules"/>); <see cref="RecordFactory"/> builds them through their
/// constructors; the document-level rules then check the whole. CsCheck draws the size of each of the root's
/// collections (and shrinks a failing document by them) and a seed that drives the details.
/// </summary>
internal static class DocumentGen
{
    /// <summary>The most records a collection has beyond the fewest it needs.</summary>
    private const int MaxExtraRecords = 5;

    /// <summary>Random valid documents.</summary>
    public static readonly Gen<NegotiationDocument> Document = Gen.Select(
        Gen.Int[0, MaxExtraRecords].Array[DocumentDrafter.Collections.Length], Gen.Int, (sizes, seed) => Make(sizes, seed));

    /// <summary>The document of <paramref name="seed"/> whose every collection has the most records: the same one each time.</summary>
    public static NegotiationDocument Make(int seed) => Make([.. DocumentDrafter.Collections.Select(_ => MaxExtraRecords)], seed);

    /// <summary>The document of <paramref name="seed"/> whose collections have <paramref name="sizes"/> records beyond the fewest they need.</summary>
    public static NegotiationDocument Make(IReadOnlyList<int> sizes, int seed)
    {
        var root = (RawDocument)RecordFactory.Build(new DocumentDrafter(new Random(seed)).Draft(sizes));
        return NegotiationDocument.FromRoot(root, NegotiationJsonOptions.DefaultMaxErrors).Match(document => document, failure => throw new InvalidOperationException($"The generator made an invalid document:\n{failure}"));
    }
}
