using System.Text;
using System.Text.Json;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// Checks every id a document's records hold of other records, as the generated walks hand them over: each must name a
/// record of its kind that the document has. A dangling one is reported at its path, and when the id belongs to a record
/// of another kind the message says which. No member is checked by hand: a new member that holds an id is walked, and
/// so checked, because its type says what it points at.
/// </summary>
internal sealed class ReferenceWalker(DocumentIndex index, ErrorList errors)
{
    // A slot per level of the path, as in ReadContext; the format nests less than this.
    private readonly string[] _names = new string[16];
    private readonly int[] _indexes = new int[16];
    private int _length;

    /// <summary>The value visited next is the member <paramref name="name"/> of the record whose members are at <paramref name="depth"/>.</summary>
    public void Member(int depth, JsonEncodedText name)
    {
        _names[depth] = name.Value;
        _indexes[depth] = -1;
        _length = depth + 1;
    }

    /// <summary>The value visited next is item <paramref name="index"/> of the array member <paramref name="name"/>.</summary>
    public void Item(int depth, JsonEncodedText name, int index)
    {
        _names[depth] = name.Value;
        _indexes[depth] = index;
        _length = depth + 1;
    }

    /// <summary>Checks a typed id: it must be the id of a record of its kind.</summary>
    public void Id<TId>(TId id)
        where TId : struct, ISlugId<TId>
    {
        if (!index.Contains(id))
        {
            Dangling(TId.KindName, id.Value);
        }
    }

    /// <summary>Checks a reference (<c>kind:id</c>): the kind it names must have a record with the id.</summary>
    public void Reference(Reference reference)
    {
        if (!index.Contains(reference))
        {
            Dangling(Domain.References.Reference.KindName(reference.Kind), reference.Id);
        }
    }

    private void Dangling(string kind, string id)
    {
        if (!errors.ShouldList(_names[0], _indexes[0]))
        {
            return; // counted; its path and message are not built
        }

        var actual = index.KindsOf(id);
        var message = actual.Count == 0
            ? $"no {kind} has the id '{id}'"
            : $"no {kind} has the id '{id}'; it is the id of a {string.Join(" and a ", actual)}";
        errors.Add(new ValidationError(ErrorCodes.DanglingReference, Path(), message));
    }

    /// <summary>The JSON path of the current value: <c>$.agreements[0].commitments[1].by</c>.</summary>
    private string Path()
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < _length; i++)
        {
            path.Append('.').Append(_names[i]);
            if (_indexes[i] >= 0)
            {
                path.Append('[').Append(_indexes[i]).Append(']');
            }
        }

        return path.ToString();
    }
}
