namespace Negotiation.Domain.Benchmarks.Variants;

/// <summary>
/// How a variant departs from the canonical text. Each switch is independent, so a benchmark can show what each one
/// costs.
/// </summary>
/// <param name="ShuffleMembers">Members in a random order within every object, and <c>kind</c> never first (a party's discriminator included).</param>
/// <param name="ExplicitNulls">An explicit <c>null</c> for every absent member the format allows to be null (per its JSON Schema).</param>
/// <param name="Layout">The whitespace.</param>
/// <param name="Seed">The seed of the shuffle, so a variant is the same in every process.</param>
public sealed record VariantOptions(bool ShuffleMembers, bool ExplicitNulls, VariantLayout Layout, int Seed = 2023)
{
    public override string ToString()
        => string.Join(", ", new[] { ShuffleMembers ? "shuffled" : "canonical order", ExplicitNulls ? "explicit nulls" : null, Layout.ToString().ToLowerInvariant() }.Where(part => part is not null));
}
