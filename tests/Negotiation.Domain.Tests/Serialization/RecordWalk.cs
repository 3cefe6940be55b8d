using System.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Every record of a document, found by following <see cref="FormatDescription"/> from the root: nested records and
/// the items of arrays of records, at any depth. Each comes with the descriptions it answers to: a party with its
/// kind's and with <c>Party</c>'s.
/// </summary>
internal static class RecordWalk
{
    /// <summary>The records of <paramref name="document"/>, its root first.</summary>
    public static IEnumerable<(RecordDescription Record, object Instance)> Records(NegotiationDocument document)
        => From(new RawDocument(document), FormatDescription.Of(typeof(RawDocument)));

    /// <summary>The value of <paramref name="member"/> in <paramref name="instance"/>.</summary>
    public static object? ValueOf(object instance, MemberDescription member) => instance.GetType().GetProperty(member.PropertyName)!.GetValue(instance);

    private static IEnumerable<(RecordDescription Record, object Instance)> From(object instance, RecordDescription declared)
    {
        var record = declared.Kinds.IsEmpty ? declared : FormatDescription.Of(instance.GetType());
        yield return (record, instance);
        if (record != declared)
        {
            yield return (declared, instance);
        }

        foreach (var member in record.Members)
        {
            var value = ValueOf(instance, member);
            var nested = member.Value.Kind == ValueKind.Array ? member.Value.Element! : member.Value;
            if (nested.Kind != ValueKind.Record || value is null)
            {
                continue;
            }

            var items = member.Value.Kind == ValueKind.Array ? ((IEnumerable)value).Cast<object>() : [value];
            foreach (var item in items)
            {
                foreach (var found in From(item, FormatDescription.Of(nested.Type)))
                {
                    yield return found;
                }
            }
        }
    }
}
