using Negotiation.Domain.Countries;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Interop.ScreeningList;

/// <summary>
/// The US government bodies that keep the lists OFAC's files and the Consolidated Screening List hold, under the
/// United States, with the ids the seed documents use for the state and its departments (<c>us</c>,
/// <c>us-treasury</c>, <c>us-commerce</c>), so that an import and a hand-written document name them alike.
/// </summary>
internal static class UsAuthorities
{
    public static readonly PartyId UnitedStates = new("us");
    public static readonly PartyId Treasury = new("us-treasury");
    public static readonly PartyId Ofac = new("us-treasury-ofac");
    public static readonly PartyId Commerce = new("us-commerce");
    public static readonly PartyId Bis = new("us-commerce-bis");
    public static readonly PartyId StateDepartment = new("us-state");
    public static readonly PartyId Isn = new("us-state-isn");
    public static readonly PartyId Ddtc = new("us-state-ddtc");

    private static readonly CountryCode Us = new("US");

    private static readonly Dictionary<PartyId, Party> Bodies = new Party[]
    {
        new State(UnitedStates, "United States", Us),
        new GovernmentBody(Treasury, "US Department of the Treasury", GovernmentBodyType.Ministry, UnitedStates, Us),
        new GovernmentBody(Ofac, "Office of Foreign Assets Control", GovernmentBodyType.Agency, Treasury, Us, aliases: new[] { "OFAC" }),
        new GovernmentBody(Commerce, "US Department of Commerce", GovernmentBodyType.Ministry, UnitedStates, Us),
        new GovernmentBody(Bis, "Bureau of Industry and Security", GovernmentBodyType.Agency, Commerce, Us, aliases: new[] { "BIS" }),
        new GovernmentBody(StateDepartment, "US Department of State", GovernmentBodyType.Ministry, UnitedStates, Us),
        new GovernmentBody(Isn, "Bureau of International Security and Nonproliferation", GovernmentBodyType.Agency, StateDepartment, Us, aliases: new[] { "ISN" }),
        new GovernmentBody(Ddtc, "Directorate of Defense Trade Controls", GovernmentBodyType.Agency, StateDepartment, Us, aliases: new[] { "DDTC" }),
    }.ToDictionary(static p => p.Id);

    /// <summary>The name of one of the bodies.</summary>
    public static string Name(PartyId body) => Bodies[body].Name;

    /// <summary>Adds to <paramref name="output"/> the parties from the state down to <paramref name="body"/> not yet in <paramref name="emitted"/>, as made records (line 0).</summary>
    public static void EmitChain(PartyId body, HashSet<PartyId> emitted, List<ImportRecord> output)
    {
        var chain = new Stack<Party>();
        for (PartyId? at = body; at is { } id && !emitted.Contains(id); at = Bodies[id].ParentId)
        {
            chain.Push(Bodies[id]);
        }

        while (chain.Count > 0)
        {
            var party = chain.Pop();
            emitted.Add(party.Id);
            output.Add(new ImportedParty(party, 0));
        }
    }
}
