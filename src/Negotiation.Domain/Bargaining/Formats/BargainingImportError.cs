using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Why a GENIUS or GeniusWeb file was not imported: a stable code from <see cref="ErrorCodes"/>, where in which file,
/// and what is wrong. An import stops at the first error it finds.
/// </summary>
public sealed record BargainingImportError : INegotiationError
{
    internal BargainingImportError(string code, string path, string message, PartyId? party)
    {
        Code = code;
        Path = path;
        Message = message;
        Party = party;
    }

    /// <summary>A stable code from <see cref="ErrorCodes"/> (<c>unknown-option</c>).</summary>
    public string Code { get; }

    /// <summary>
    /// Where in the file. In XML, an element path with attributes after <c>@</c>, and the position among elements of
    /// the same name where there are several (<c>/utility_space/objective/issue[2]/item[1]/@evaluation</c>); in JSON,
    /// a JSON path (<c>$.LinearAdditiveUtilitySpace.issueWeights.sanction</c>). A file that could not be parsed at all
    /// has the path of where parsing stopped, or the root's (<c>/</c>, <c>$</c>), with the line in the message.
    /// </summary>
    public string Path { get; }

    /// <summary>What is wrong, in a sentence a person understands; names and values from the file are quoted and escaped.</summary>
    public string Message { get; }

    /// <summary>
    /// The party whose profile the error is in, or <see langword="null"/> when it is in the GENIUS domain file. A
    /// GeniusWeb profile holds its domain, so each of its errors is in a party's file.
    /// </summary>
    public PartyId? Party { get; }

    /// <summary>Which file the error is in, in words: <c>the domain</c> or <c>the profile of 'us'</c>.</summary>
    public string File => Party is { } party ? $"the profile of '{party}'" : "the domain";

    /// <summary>The error as <c>file: path: code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => $"{File}: {Path}: {Code}: {Message}";
}
