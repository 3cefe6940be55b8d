using Ardalis.GuardClauses;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Guards;

/// <summary>The guard of an agreement's roles. It throws an <see cref="ArgumentException"/> that names the property.</summary>
internal static class RoleGuards
{
    /// <summary>
    /// Throws when a role of the list is null, or gives a party a role it already has in the list: the IAEA is the
    /// verifier of an agreement once, whatever the notes say. The code is <c>duplicate-role</c> (<see cref="RuleCode"/>):
    /// a JSON Schema can say that no two items are the same, but not that no two share two of their members.
    /// </summary>
    public static EquatableArray<AgreementRole> RepeatedRoles(this IGuardClause guard, EquatableArray<AgreementRole> value, string parameterName)
    {
        guard.NullItems(value, parameterName);
        if (value.Count < 2)
        {
            return value;
        }

        var pairs = new (Identifiers.PartyId Party, RoleKind Role)[value.Count];
        for (var i = 0; i < value.Count; i++)
        {
            pairs[i] = (value[i].Party, value[i].Role);
        }

        var repeat = Repeats.First<(Identifiers.PartyId, RoleKind)>(pairs);
        return repeat < 0
            ? value
            : throw RuleCode.With(
                new ArgumentException($"{JsonNames.Member(parameterName)}[{repeat}] gives '{value[repeat].Party}' the role '{JsonNames.EnumValue(value[repeat].Role.ToString())}' a second time.", parameterName),
                ErrorCodes.DuplicateRole);
    }
}
