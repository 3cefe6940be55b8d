namespace Negotiation.Domain.Benchmarks.Variants;

/// <summary>The whitespace of a variant.</summary>
public enum VariantLayout
{
    /// <summary>Indented by two spaces, as the canonical text is.</summary>
    Indented,

    /// <summary>No whitespace at all.</summary>
    Minified,

    /// <summary>Indented by one tab per level.</summary>
    Tabs,
}
