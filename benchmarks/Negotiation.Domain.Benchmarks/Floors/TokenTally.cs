namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>
/// What the read floor saw: how many tokens of each kind, the bytes of every property name and string as they stand in
/// the input, and the sum of the numbers (whole numbers and decimal amounts). Two passes that see the same tokens give equal tallies, whatever the order of
/// members or the whitespace.
/// </summary>
public readonly record struct TokenTally(
    int Objects,
    int Arrays,
    int Properties,
    int Strings,
    int Numbers,
    int Literals,
    long TextBytes,
    decimal NumberSum);
