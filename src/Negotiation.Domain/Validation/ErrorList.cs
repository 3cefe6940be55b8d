namespace Negotiation.Domain.Validation;

/// <summary>
/// The errors a validation lists, at most a set number of them, and a count of the rest. A document can break a rule
/// millions of times (a 16 MB document can hold two million dangling references); listing each would cost far more
/// than the document, so past the cap an error is only counted. The caller asks <see cref="ShouldList"/> before it
/// builds an error's path and message, so an error past the cap allocates nothing.
/// </summary>
internal sealed class ErrorList(int maxErrors)
{
    /// <summary>The errors listed, at most the cap, in the order found.</summary>
    public List<ValidationError> Listed { get; } = [];

    /// <summary>How many errors were found past the cap: counted, not listed. Exact, as every rule is still checked.</summary>
    public int Omitted { get; private set; }

    /// <summary>Whether any error was found.</summary>
    public bool Any => Listed.Count > 0;

    /// <summary>
    /// Whether the error found now is to be listed: <see langword="true"/> while there is room, and the caller then
    /// calls <see cref="Add"/>; otherwise the error is counted among the omitted, and the caller builds nothing.
    /// </summary>
    public bool ShouldList()
    {
        if (Listed.Count < maxErrors)
        {
            return true;
        }

        Omitted++;
        return false;
    }

    /// <summary>Lists an error, after <see cref="ShouldList"/> said there was room.</summary>
    public void Add(ValidationError error) => Listed.Add(error);
}
