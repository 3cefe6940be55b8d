using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Validation;

/// <summary>
/// The errors a validation lists: the first ones in document order, at most a set number, and a count of the rest. A
/// document can break a rule millions of times (a 16 MB document can hold two million dangling references); listing
/// each would cost far more than the document, so past the cap an error is only counted. The caller asks
/// <see cref="ShouldList(string?, int)"/>, naming the record the error is about, before it builds the error's path and
/// message: an error that won't be listed allocates nothing.
/// </summary>
/// <remarks>
/// The rules are checked pass by pass (ids, then references, then the rules across records), each pass in document
/// order. Once the list is full, an error about an earlier record than the last one listed takes that one's place,
/// which is then counted instead; so a pass builds at most twice the cap, and the list ends as the first errors of the
/// document, whatever pass found them.
/// </remarks>
internal sealed class ErrorList(int maxErrors, IReadOnlyList<string> rootOrder)
{
    // The latest listed error on top: the one to give up when an earlier one is found.
    private readonly PriorityQueue<ValidationError, (long Record, int Found)> _listed = new(Comparer<(long Record, int Found)>.Create((a, b) => b.CompareTo(a)));
    private (long Record, int Found) _pending;
    private int _found;

    /// <summary>How many errors were found and not listed. Exact: every rule is still checked.</summary>
    public int Omitted { get; private set; }

    /// <summary>Whether any error was found.</summary>
    public bool Any => _listed.Count > 0;

    /// <summary>
    /// Whether the error found now, about item <paramref name="index"/> of the root collection
    /// <paramref name="collection"/>, is to be listed. When <see langword="true"/> the caller builds it and calls
    /// <see cref="Add"/>; otherwise it is counted among the omitted, and the caller builds nothing.
    /// </summary>
    public bool ShouldList(string? collection, int index)
    {
        var record = collection is null ? -1L : ((long)IndexOf(collection) << 32) | (uint)index;
        _pending = (record, _found++);
        if (_listed.Count < maxErrors || _listed.TryPeek(out _, out var latest) && _pending.CompareTo(latest) < 0)
        {
            return true;
        }

        Omitted++;
        return false;
    }

    /// <inheritdoc cref="ShouldList(string?, int)"/>
    public bool ShouldList(ValidationPath path) => ShouldList(path.Collection, path.Record);

    /// <summary>Lists the error <see cref="ShouldList(string?, int)"/> just made room for, giving up the latest one listed if the list is full.</summary>
    public void Add(ValidationError error)
    {
        if (_listed.Count == maxErrors)
        {
            _listed.Dequeue();
            Omitted++;
        }

        _listed.Enqueue(error, _pending);
    }

    /// <summary>The errors listed, in document order: record by record, and a record's in the order they were found.</summary>
    public List<ValidationError> Listed()
    {
        var ordered = new List<(ValidationError Error, (long, int) Key)>(_listed.UnorderedItems);
        ordered.Sort((a, b) => a.Key.CompareTo(b.Key));
        return ordered.ConvertAll(item => item.Error);
    }

    private int IndexOf(string collection)
    {
        for (var i = 0; i < rootOrder.Count; i++)
        {
            if (string.Equals(rootOrder[i], collection, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return rootOrder.Count;
    }
}
