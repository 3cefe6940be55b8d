using System.Text.Json;

namespace Negotiation.Domain.Serialization;

/// <summary>
/// Thrown by the <c>ReadOrThrow</c> methods of <see cref="NegotiationJson"/> when a text cannot be read as a document.
/// It is a <see cref="JsonException"/>, so code that catches those catches it too; <see cref="Error"/> says exactly what
/// is wrong.
/// </summary>
public sealed class NegotiationJsonException : JsonException
{
    /// <summary>Creates the exception for an error.</summary>
    /// <param name="error">What is wrong.</param>
    public NegotiationJsonException(JsonReadError error)
        : base(Describe(error), error.Path, error.Line - 1, error.Column - 1)
    {
        Error = error;
    }

    /// <summary>What is wrong: code, path, line, column, message, and every broken rule.</summary>
    public JsonReadError Error { get; }

    // JsonException counts lines and positions from 0; the message, like JsonReadError, counts from 1, as editors do.
    private static string Describe(JsonReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.ToString();
    }
}
