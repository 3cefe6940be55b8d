namespace Negotiation.Domain.Serialization.Reading;

/// <summary>A problem found in a JSON text: its code, path and message, and which occurrence of the path it is at (a repeated member is at the second).</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Path">The JSON path.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Occurrence">Which occurrence of <paramref name="Path"/> in the text, from 1.</param>
internal sealed record Problem(string Code, string Path, string Message, int Occurrence = 1);
