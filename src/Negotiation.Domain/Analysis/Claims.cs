using Negotiation.Domain.Agreements;
using Negotiation.Domain.Attributions;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// How sure a document is of a claim, read from its attribution. The analysis and the diagrams share this one rule so
/// that a claim drawn dashed is the claim the analysis calls uncertain.
/// </summary>
internal static class Claims
{
    /// <summary>
    /// Whether a claim is only reported, disputed or denied, or has sources that say otherwise. A claim with no
    /// attribution is the document author's own statement and counts as certain: there is nothing to doubt it with.
    /// </summary>
    public static bool IsUncertain(Attribution? attribution)
        => attribution is { } a && (a.Confidence is Confidence.Reported or Confidence.Assumed || a.IsContested);

    /// <summary>Whether an agreement is unconfirmed or denied by its parties, or its report is uncertain.</summary>
    public static bool IsUncertain(Agreement agreement)
        => agreement.Confirmation != Confirmation.Confirmed || IsUncertain(agreement.Attribution);
}
