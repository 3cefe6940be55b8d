using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Cli.Bargaining;

/// <summary>
/// What <c>negotiation bargain</c> analyses: a bargaining domain and what names its parties and agreements, wherever it
/// came from. A document's bargaining section is one source (<see cref="FromDocument"/>); an importer of another format
/// makes one of these too, and the rest of the command is the same.
/// </summary>
/// <param name="Name">The name of the input in messages: a path, <c>&lt;stdin&gt;</c>, or the built-in example's.</param>
/// <param name="Domain">The domain to analyse.</param>
/// <param name="PartyNames">A name for each party to show beside its id; a party without one is shown by its id.</param>
/// <param name="AgreementTitles">A title for each agreement the domain gives an outcome for, where known.</param>
internal sealed record BargainingInput(string Name, BargainingDomain Domain, IReadOnlyDictionary<PartyId, string> PartyNames, IReadOnlyDictionary<AgreementId, string> AgreementTitles)
{
    /// <summary>The bargaining section of a document, or <see langword="null"/> when it has none.</summary>
    public static BargainingInput? FromDocument(string name, NegotiationDocument document)
        => document.Bargaining is { } domain
            ? new BargainingInput(name, domain, document.Parties.ToDictionary(p => p.Id, p => p.Name), document.Agreements.ToDictionary(a => a.Id, a => a.Title))
            : null;

    /// <summary>A party's name, or its id when it has none.</summary>
    public string NameOf(PartyId party) => PartyNames.TryGetValue(party, out var name) ? name : party.Value;
}
