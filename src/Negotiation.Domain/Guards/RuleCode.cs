using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Guards;

/// <summary>
/// The code a record's rule between its members is known by, carried by the <see cref="ArgumentException"/> it throws:
/// an end before its start (<c>date-order</c>), a body that is its own parent (<c>parent-cycle</c>, as a group
/// affiliated with itself is). Reading a record that breaks such a rule reports that code, not <c>invalid-value</c>:
/// a rule has one code however it is found, and the rules a JSON Schema cannot state (it cannot compare two members)
/// have codes apart from those it can.
/// </summary>
/// <remarks>
/// The code rides in <see cref="Exception.Data"/> so that the exception stays a plain <see cref="ArgumentException"/>,
/// as every record documents; a subclass would show an internal type to callers.
/// </remarks>
internal static class RuleCode
{
    private const string Key = "Negotiation.Domain.ErrorCode";

    /// <summary><paramref name="rule"/>, marked with the code <paramref name="code"/>.</summary>
    public static ArgumentException With(ArgumentException rule, string code)
    {
        rule.Data[Key] = code;
        return rule;
    }

    /// <summary>The code <paramref name="rule"/> is marked with, or <c>invalid-value</c>.</summary>
    public static string Of(ArgumentException rule) => rule.Data[Key] as string ?? ErrorCodes.InvalidValue;
}
