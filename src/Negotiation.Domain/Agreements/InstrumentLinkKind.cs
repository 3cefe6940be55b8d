using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Agreements;

/// <summary>
/// How one instrument of a deal stands to another, in the words of treaty practice: a deal may be one text or several
/// (mirror texts signed separately, an annex, a side letter, a parallel memorandum, a joint declaration of some of the
/// parties), and a later text may implement, amend or supersede an earlier one.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<InstrumentLinkKind>))]
public enum InstrumentLinkKind
{
    /// <summary>A text of the same terms signed separately, each side with a third party (the 2020 Washington agreements on Kosovo and Serbia).</summary>
    MirrorOf = 1,

    /// <summary>An annex: part of the other text, with its force.</summary>
    AnnexTo,

    /// <summary>A side letter: an undertaking or interpretation given beside the other text.</summary>
    SideLetterTo,

    /// <summary>A parallel text (a memorandum, an arrangement) concluded together with the other, without being part of it.</summary>
    ParallelTo,

    /// <summary>A joint declaration of some of the parties about the other text.</summary>
    DeclarationOn,

    /// <summary>Carries out the other text: a roadmap, an implementation plan, a protocol of application.</summary>
    Implements,

    /// <summary>Changes the other text, which stays in force as changed.</summary>
    Amends,

    /// <summary>Replaces the other text, which ends.</summary>
    Supersedes,
}
