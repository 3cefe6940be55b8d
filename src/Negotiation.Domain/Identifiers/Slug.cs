using System.Diagnostics.CodeAnalysis;
using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Identifiers;

/// <summary>The rules of the slugs that identifiers are made of.</summary>
public static class Slug
{
    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>The pattern a slug matches, as a regular expression, for the JSON Schema.</summary>
    internal const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Tells whether <paramref name="value"/> is a valid slug.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when it is a valid slug.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => Explain(value) is null;

    /// <summary>Says why <paramref name="value"/> is not a valid slug, or returns <see langword="null"/> when it is.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>A sentence a person understands, or <see langword="null"/>.</returns>
    public static string? Explain(string? value)
    {
        if (value is null)
        {
            return "an id is required";
        }

        if (value.Length == 0)
        {
            return "an id cannot be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"an id has at most {MaxLength} characters, this one has {value.Length}";
        }

        var previousWasHyphen = true; // a slug cannot start with a hyphen
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return $"{QuotedInput.Quote(value)} is not a valid id: hyphens join runs of letters and digits, they cannot lead or repeat";
                }

                previousWasHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return $"{QuotedInput.Quote(value)} is not a valid id: only lower-case ASCII letters, digits and single hyphens are allowed";
            }
        }

        return previousWasHyphen ? $"{QuotedInput.Quote(value)} is not a valid id: it cannot end with a hyphen" : null;
    }
}
