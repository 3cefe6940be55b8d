using Negotiation.Domain.Attributions;
using Negotiation.Domain.Guards;

namespace Negotiation.Domain.Diagrams;

/// <summary>
/// The rule for marking uncertainty: a document has a usual confidence, the one most of its drawn claims carry (ties go
/// to the less certain), and only a claim whose confidence differs is marked: with its confidence in a word, and dashed
/// when it is less certain than usual. A claim with counterclaims counts as contested, below disputed. A claim with no
/// attribution says nothing about its confidence and is never marked. So a case reported by the press is not all
/// dashed: its official listing stands out instead, and in a case of official texts the one reported claim does.
/// </summary>
internal sealed class DiagramConfidence
{
    private DiagramConfidence(Confidence? usual) => Usual = usual;

    /// <summary>The usual confidence, or <see langword="null"/> when no drawn claim has an attribution.</summary>
    public Confidence? Usual { get; }

    /// <summary>The usual confidence of the given claims' attributions (nulls skipped).</summary>
    public static DiagramConfidence Of(IEnumerable<Attribution?> attributions)
    {
        var counts = new int[Enum.GetValues<Confidence>().Length + 1];
        foreach (var attribution in attributions)
        {
            if (attribution is not null)
            {
                counts[(int)attribution.Confidence]++;
            }
        }

        Confidence? usual = null;
        foreach (var confidence in Enum.GetValues<Confidence>())
        {
            var count = counts[(int)confidence];
            if (count > 0 && (usual is not { } best || count > counts[(int)best] || (count == counts[(int)best] && Rank(confidence) < Rank(best))))
            {
                usual = confidence;
            }
        }

        return new DiagramConfidence(usual);
    }

    /// <summary>The mark for a claim, or <see langword="null"/> when it has the usual confidence or no attribution.</summary>
    public DiagramMark? Mark(Attribution? attribution)
    {
        if (attribution is null || Usual is not { } usual)
        {
            return null;
        }

        var contested = attribution.Counterclaims.Count > 0 && attribution.Confidence is not (Confidence.Disputed or Confidence.Denied);
        if (!contested && attribution.Confidence == usual)
        {
            return null;
        }

        return contested
            ? new DiagramMark("contested", true)
            : new DiagramMark(Word(attribution.Confidence), Rank(attribution.Confidence) < Rank(usual));
    }

    /// <summary>A confidence in a word, as its JSON name has it.</summary>
    public static string Word(Confidence confidence) => JsonNames.EnumValue(confidence.ToString());

    /// <summary>How certain a confidence is: official, confirmed, reported, assumed, disputed, denied, from most to least.</summary>
    private static int Rank(Confidence confidence) => confidence switch
    {
        Confidence.Official => 5,
        Confidence.Confirmed => 4,
        Confidence.Reported => 3,
        Confidence.Assumed => 2,
        Confidence.Disputed => 1,
        _ => 0,
    };
}
