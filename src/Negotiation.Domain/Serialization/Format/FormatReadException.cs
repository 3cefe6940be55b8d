namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// The one exception the format's reader throws: a problem of the text, with its code, its JSON path and its byte
/// offset. It never leaves the library: <see cref="DocumentSerializer"/> turns it into a <see cref="JsonReadError"/>.
/// </summary>
internal sealed class FormatReadException : Exception
{
    public FormatReadException(string code, string path, long offset, string message, string? member = null)
        : base(message)
    {
        Code = code;
        Path = path;
        Offset = offset;
        Member = member;
    }

    public FormatReadException()
        : this(ErrorCodes.InvalidValue, "$", 0, "The value is not valid.")
    {
    }

    public FormatReadException(string message)
        : this(ErrorCodes.InvalidValue, "$", 0, message)
    {
    }

    public FormatReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InvalidValue;
        Path = "$";
    }

    /// <summary>The error code.</summary>
    public string Code { get; }

    /// <summary>Where in the document, as a JSON path.</summary>
    public string Path { get; }

    /// <summary>The byte offset in the text where the problem is: the value's, or the object's when <see cref="Member"/> is set.</summary>
    public long Offset { get; }

    /// <summary>The member of the object at <see cref="Offset"/> the problem is about, to be found there only when reported.</summary>
    public string? Member { get; }
}
