namespace Negotiation.Domain.Errors;

/// <summary>The sentence a report ends with when it lists fewer errors than it found.</summary>
internal static class ErrorCounts
{
    /// <summary>A new line and the count of the errors not listed, or nothing when every error is listed.</summary>
    public static string OmittedLine(int omitted) => omitted switch
    {
        0 => string.Empty,
        1 => Environment.NewLine + "... and 1 more error, not listed (raise MaxErrors to list it).",
        _ => Environment.NewLine + $"... and {omitted} more errors, not listed (raise MaxErrors to list them).",
    };
}
