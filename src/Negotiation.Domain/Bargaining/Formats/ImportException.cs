namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Unwinds an import from the place a problem is found to the public call, which turns it into a
/// <see cref="BargainingImportError"/> with the file's party. Never escapes the importers.
/// </summary>
internal sealed class ImportException : Exception
{
    public ImportException(string code, string path, string message)
        : base(message)
    {
        Code = code;
        Path = path;
    }

    public ImportException()
        : this(ErrorCodes.InvalidValue, "$", "An import failed.")
    {
    }

    public ImportException(string message)
        : this(ErrorCodes.InvalidValue, "$", message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InvalidValue;
        Path = "$";
    }

    public string Code { get; }

    public string Path { get; }
}
