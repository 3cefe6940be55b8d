using System.Runtime.CompilerServices;
using System.Text;

namespace Negotiation.Domain.Documents;

/// <summary>
/// Where in a document a rule is checked (<c>$.agreements[2].commitments[0].by</c>), kept as its parts and formatted
/// only when a rule is broken. Valid documents are the common case, and formatting every path up front cost the
/// validator a dozen strings per record: more than the checks themselves.
/// </summary>
internal readonly struct ValidationPath
{
    private const int MaxSegments = 8;

    private readonly Names _names;
    private readonly Indexes _indexes;
    private readonly int _count;

    private ValidationPath(in Names names, in Indexes indexes, int count)
    {
        _names = names;
        _indexes = indexes;
        _count = count;
    }

    /// <summary>The path of item <paramref name="index"/> of a root collection: <c>$.parties[3]</c>.</summary>
    public static ValidationPath Of(string collection, int index) => default(ValidationPath).Dot(collection).At(index);

    /// <summary>The path of a root member that is not a collection: <c>$.bargaining</c>.</summary>
    public static ValidationPath OfMember(string member) => default(ValidationPath).Dot(member);

    /// <summary>The root collection the path starts in (<c>parties</c>), or <see langword="null"/> for the root.</summary>
    public string? Collection => _count > 0 ? _names[0] : null;

    /// <summary>The index of the record the path starts at (3 in <c>$.parties[3].parent</c>), or -1.</summary>
    public int Record => _count > 0 ? _indexes[0] : -1;

    /// <summary>This path followed by a member: <c>$.parties[3].parent</c>.</summary>
    public ValidationPath Dot(string member)
    {
        if (_count == MaxSegments)
        {
            throw new InvalidOperationException("A validation path is deeper than the model.");
        }

        var names = _names;
        var indexes = _indexes;
        names[_count] = member;
        indexes[_count] = -1;
        return new ValidationPath(names, indexes, _count + 1);
    }

    /// <summary>This path's last member indexed: <c>$.parties[3].members[1]</c>.</summary>
    public ValidationPath At(int index)
    {
        var indexes = _indexes;
        indexes[_count - 1] = index;
        return new ValidationPath(_names, indexes, _count);
    }

    /// <summary>The path as the validation errors state it: a JSON path from the document's root.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("$");
        for (var i = 0; i < _count; i++)
        {
            text.Append('.').Append(_names[i]);
            if (_indexes[i] >= 0)
            {
                text.Append('[').Append(_indexes[i]).Append(']');
            }
        }

        return text.ToString();
    }

    [InlineArray(MaxSegments)]
    private struct Names
    {
        private string _first;
    }

    [InlineArray(MaxSegments)]
    private struct Indexes
    {
        private int _first;
    }
}
