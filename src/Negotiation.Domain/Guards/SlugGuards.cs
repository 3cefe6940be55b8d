using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.References;

namespace Negotiation.Domain.Guards;

/// <summary>
/// Guards for slugs and what is made of them: the text of an id, typed ids that must be set (not <c>default</c>), and
/// lists of ids and references with no repeat. Each throws an <see cref="ArgumentException"/> that names the parameter.
/// </summary>
internal static class SlugGuards
{
    /// <summary>Throws unless <paramref name="value"/> is a slug (<see cref="Slug.Explain"/> says why not).</summary>
    public static string InvalidSlug(this IGuardClause guard, string? value, [CallerArgumentExpression(nameof(value))] string parameterName = "")
    {
        var problem = Slug.Explain(value);
        if (problem is not null)
        {
            throw value is null ? new ArgumentNullException(parameterName, problem) : new ArgumentException(problem, parameterName);
        }

        return value!;
    }

    /// <summary>Throws when <paramref name="value"/> is the <c>default</c> id, which names nothing.</summary>
    public static TId DefaultId<TId>(this IGuardClause guard, TId value, string parameterName)
        where TId : struct, ISlugId<TId>
        => value.Value.Length == 0 ? throw new ArgumentException($"{JsonNames.Member(parameterName)} must be a {TId.KindName} id, not default.", parameterName) : value;

    /// <summary>Throws when <paramref name="value"/> is set to the <c>default</c> id; <see langword="null"/> passes.</summary>
    public static TId? DefaultId<TId>(this IGuardClause guard, TId? value, string parameterName)
        where TId : struct, ISlugId<TId>
        => value is null ? null : guard.DefaultId(value.Value, parameterName);

    /// <summary>
    /// Throws when <paramref name="value"/>, a parent, is <paramref name="own"/>, the record's own id: a body that is its
    /// own parent. The error's code is <c>parent-cycle</c> (<see cref="RuleCode"/>), as for a longer cycle.
    /// </summary>
    public static TId OwnParent<TId>(this IGuardClause guard, TId value, TId own, string parameterName)
        where TId : struct, ISlugId<TId>
        => value.Equals(own) ? throw RuleCode.With(new ArgumentException($"A body cannot be its own parent: '{value}' is both its id and its parent's.", parameterName), ErrorCodes.ParentCycle) : value;

    /// <summary>Throws when an id of the list is <c>default</c>, or appears twice.</summary>
    public static EquatableArray<TId> DefaultOrRepeatedIds<TId>(this IGuardClause guard, EquatableArray<TId> value, string parameterName)
        where TId : struct, ISlugId<TId>
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i].Value.Length == 0)
            {
                throw new ArgumentException($"{JsonNames.Member(parameterName)}[{i}] must be a {TId.KindName} id, not default.", parameterName);
            }
        }

        var repeat = Repeats.First(value.AsSpan());
        return repeat < 0 ? value : throw new ArgumentException($"{JsonNames.Member(parameterName)}[{repeat}] repeats the {TId.KindName} id '{value[repeat]}'.", parameterName);
    }

    /// <summary>Throws when a reference of the list is not set, or appears twice.</summary>
    public static EquatableArray<Reference> DefaultOrRepeatedReferences(this IGuardClause guard, EquatableArray<Reference> value, string parameterName)
    {
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i].IsDefault)
            {
                throw new ArgumentException($"{JsonNames.Member(parameterName)}[{i}] is not set.", parameterName);
            }
        }

        var repeat = Repeats.First(value.AsSpan());
        return repeat < 0 ? value : throw new ArgumentException($"{JsonNames.Member(parameterName)}[{repeat}] repeats '{value[repeat]}'.", parameterName);
    }
}
