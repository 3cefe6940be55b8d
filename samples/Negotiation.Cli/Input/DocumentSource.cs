using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Cli.Input;

/// <summary>A document's raw bytes and the name to show for it (a path, or the embedded seed's name).</summary>
/// <param name="Name">The name shown in messages.</param>
/// <param name="Bytes">The UTF-8 JSON, exactly as stored: the library, not the tool, decides what is valid text.</param>
/// <param name="IsExample">Whether it is the built-in example, read because no document was given.</param>
internal sealed record DocumentSource(string Name, byte[] Bytes, bool IsExample = false)
{
    /// <summary>The argument that names standard input instead of a file.</summary>
    public const string StandardInput = "-";

    /// <summary>The name messages give to standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The length of the UTF-8 byte-order mark, which the library ignores at the start of a text.</summary>
    private const int ByteOrderMarkLength = 3;

    /// <summary>Reads the file a command-line argument names, or standard input for <c>-</c>; or says why it can't.</summary>
    public static OneOf<DocumentSource, string> FromArgument(string argument, NegotiationJsonOptions limits)
    {
        if (argument != StandardInput)
        {
            return FromFile(argument, limits);
        }

        if (StandardInputCheck.IsClosed())
        {
            return "cannot read standard input: it is closed";
        }

        try
        {
            using var input = Console.OpenStandardInput();
            return new DocumentSource(StandardInputName, ReadBounded(input, limits));
        }
        catch (IOException e)
        {
            return $"cannot read standard input: {PrintableText.Escape(e.Message)}";
        }
    }

    /// <summary>
    /// Standard input, for a command given no FILE, when it is redirected and has content; <see langword="null"/> when
    /// it is a terminal (a person is typing commands, not a document), or empty or closed (<c>&lt; /dev/null</c>, a
    /// CI runner with no input), so that the command can fall back on its default. A redirected input is read to its
    /// end (bounded, as a file), as every tool that reads standard input does.
    /// </summary>
    public static OneOf<DocumentSource, string>? FromRedirectedInput(NegotiationJsonOptions limits)
    {
        if (!Console.IsInputRedirected || StandardInputCheck.IsClosed())
        {
            return null;
        }

        try
        {
            using var input = Console.OpenStandardInput();
            var bytes = ReadBounded(input, limits);
            if (bytes.Length == 0)
            {
                return null;
            }

            return new DocumentSource(StandardInputName, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A closed descriptor fails to open or to read: there is nothing on it.
            return null;
        }
    }

    /// <summary>Reads a file, or says why it can't be read. The name shown is escaped: a file name is text from anyone.</summary>
    public static OneOf<DocumentSource, string> FromFile(string path, NegotiationJsonOptions limits)
    {
        var name = PrintableText.Escape(path);
        try
        {
            if (Directory.Exists(path))
            {
                return $"cannot read {name}: it is a directory";
            }

            using var file = File.OpenRead(path);
            return new DocumentSource(name, ReadBounded(file, limits));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"cannot read {name}: no such file";
        }
        catch (Exception e) when (e is UnauthorizedAccessException)
        {
            return $"cannot read {name}: permission denied";
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return $"cannot read {name}: {PrintableText.Escape(e.Message)}";
        }
    }

    /// <summary>
    /// Reads at most one buffer past the longest text the library accepts (and the byte-order mark it allows before
    /// it), so that <c>/dev/zero</c> or an endless pipe can't fill the memory: the library then refuses the text as too
    /// large.
    /// </summary>
    private static byte[] ReadBounded(Stream input, NegotiationJsonOptions limits)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (copy.Length <= limits.MaxTextBytes + ByteOrderMarkLength && (read = input.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    /// <summary>The built-in example: the embedded seed case.</summary>
    public static DocumentSource Example() => new(SeedDocuments.DefaultName, SeedDocuments.ReadDefault(), IsExample: true);

    /// <summary>Reads the bytes as a document under the given limits; text past them is refused by the library.</summary>
    public OneOf<NegotiationDocument, JsonReadError> Read(NegotiationJsonOptions limits) => NegotiationJson.Read(Bytes, limits);
}
