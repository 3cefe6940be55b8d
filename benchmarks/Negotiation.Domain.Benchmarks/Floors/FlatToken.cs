using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>One token of a flattened document: its type, and its text already encoded (names, strings) or its number (a whole number, or a decimal amount of version 2).</summary>
public readonly record struct FlatToken(JsonTokenType Type, JsonEncodedText Text, decimal Number);
