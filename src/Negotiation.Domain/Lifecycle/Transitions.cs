namespace Negotiation.Domain.Lifecycle;

/// <summary>A table of the legal status changes of one kind of record.</summary>
/// <typeparam name="TStatus">The status enum.</typeparam>
internal sealed class Transitions<TStatus>
    where TStatus : struct, Enum
{
    private readonly Dictionary<TStatus, TStatus[]> _next;

    public Transitions(Dictionary<TStatus, TStatus[]> next) => _next = next;

    public IReadOnlyList<TStatus> From(TStatus status) => _next.TryGetValue(status, out var next) ? next : [];

    public bool IsAllowed(TStatus from, TStatus to) => Array.IndexOf(_next.GetValueOrDefault(from) ?? [], to) >= 0;

    public TransitionError? Check(string subject, TStatus from, TStatus to)
    {
        if (IsAllowed(from, to))
        {
            return null;
        }

        var allowed = From(from);
        var message = allowed.Count == 0
            ? $"{from} is final: no status change is allowed from it."
            : $"cannot go from {from} to {to}; from {from} it can go to {string.Join(", ", allowed)}.";
        return new TransitionError(subject, from.ToString(), to.ToString(), "$.status", message); // the record's status member
    }
}
