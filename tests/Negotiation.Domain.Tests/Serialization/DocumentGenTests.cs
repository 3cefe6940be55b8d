using System.Collections;
using System.Collections.Concurrent;
using CsCheck;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The random documents reach the whole format, as the description tells it: a member added to a record and not
/// filled by the generator fails here, rather than leaving the property tests to prove less than they claim.
/// </summary>
public class DocumentGenTests
{
    [Fact]
    public void Every_member_of_every_record_of_the_description_is_set_in_some_generated_document()
    {
        var set = new ConcurrentDictionary<string, byte>();
        DocumentGen.Document.Sample(document =>
        {
            foreach (var (record, instance) in RecordWalk.Records(document))
            {
                foreach (var member in record.Members.Where(member => IsSet(RecordWalk.ValueOf(instance, member))))
                {
                    set.TryAdd(Name(record, member), 0);
                }
            }
        }, iter: 200);

        var all = FormatDescription.Records.SelectMany(record => record.Members.Select(member => Name(record, member)));
        Assert.Empty(all.Except(set.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_seed_makes_the_same_document_each_time()
        => Assert.Equal(DocumentGen.Make(7), DocumentGen.Make(7));

    private static string Name(RecordDescription record, MemberDescription member) => $"{record.Name}.{member.JsonName}";

    /// <summary>Whether a value is there: not null, not an empty array, not a struct's default.</summary>
    private static bool IsSet(object? value) => value switch
    {
        null => false,
        string => true,
        IEnumerable items => items.Cast<object>().Any(),
        ValueType => !value.Equals(Activator.CreateInstance(value.GetType())),
        _ => true,
    };
}
