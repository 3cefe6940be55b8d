using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.LegalInstruments;

/// <summary>What kind of act a <see cref="LegalInstrument"/> is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<LegalInstrumentKind>))]
public enum LegalInstrumentKind
{
    /// <summary>A resolution of the UN Security Council, by its number (resolution 2231 of 20 July 2015).</summary>
    UnSecurityCouncilResolution = 1,

    /// <summary>An executive order of a head of state or government (US Executive Order 13846 of 6 August 2018).</summary>
    ExecutiveOrder,

    /// <summary>A regulation (Council Regulation (EU) 2019/796 of 17 May 2019; a part of the US Code of Federal Regulations).</summary>
    Regulation,

    /// <summary>A statute: an act of a legislature (the International Emergency Economic Powers Act).</summary>
    Statute,

    /// <summary>A decision (Council Decision (CFSP) 2019/797 of 17 May 2019).</summary>
    Decision,

    /// <summary>A treaty or another agreement between states.</summary>
    Treaty,

    /// <summary>Anything else: say what in the title.</summary>
    Other,
}
