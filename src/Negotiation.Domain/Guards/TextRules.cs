namespace Negotiation.Domain.Guards;

/// <summary>
/// The rules every name and every free text of the model keeps, to ask before making a record: an importer that maps
/// strangers' data drops or notes a value the records would refuse, instead of catching their exceptions.
/// </summary>
/// <remarks>
/// A text is not blank (nor made only of invisible characters), is valid Unicode (no lone surrogate), and has no control
/// character or bidirectional override. A name is also one line. Lengths count Unicode scalar values.
/// </remarks>
public static class TextRules
{
    /// <summary>The longest name or title accepted.</summary>
    public const int MaxNameLength = 500;

    /// <summary>The longest free text (a statement, a description, a note) accepted.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Whether <paramref name="value"/> is a name the records accept: one line, at most <see cref="MaxNameLength"/> characters.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when a record would take it as a name.</returns>
    public static bool IsName(string? value) => value is not null && TextGuards.Accepts(value, MaxNameLength);

    /// <summary>Whether <paramref name="value"/> is free text the records accept: at most <see cref="MaxTextLength"/> characters, line breaks allowed.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when a record would take it as free text.</returns>
    public static bool IsText(string? value) => value is not null && TextGuards.Accepts(value, MaxTextLength);
}
