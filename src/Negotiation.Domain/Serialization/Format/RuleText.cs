namespace Negotiation.Domain.Serialization.Format;

/// <summary>The sentence a record's guard refused a value with, as a reader's error says it.</summary>
internal static class RuleText
{
    /// <summary>
    /// The guard's own sentence: the message without what the runtime appends to it (the parameter's name, and for a
    /// value out of range the value). The appended part is made by the runtime itself, from an empty message with the
    /// same parameter, so it matches in any culture and nothing is guessed from the wording.
    /// </summary>
    public static string Of(ArgumentException rule)
    {
        var appended = rule is ArgumentOutOfRangeException range
            ? new ArgumentOutOfRangeException(range.ParamName, range.ActualValue, string.Empty).Message
            : new ArgumentException(string.Empty, rule.ParamName).Message;
        var message = rule.Message;
        return appended.Length > 0 && message.Length > appended.Length && message.EndsWith(appended, StringComparison.Ordinal)
            ? message[..^appended.Length]
            : message;
    }
}
