namespace Negotiation.Domain.Interop.Imports;

/// <summary>
/// Thrown by a streaming import (an <see cref="IAsyncEnumerable{T}"/>, which has no other way to fail) when its input
/// can't be read and the options do not ask to skip bad lines. <see cref="Error"/> says what and where.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">What is wrong and where.</param>
    public ImportException(ImportError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>What is wrong and where.</summary>
    public ImportError Error { get; }
}
