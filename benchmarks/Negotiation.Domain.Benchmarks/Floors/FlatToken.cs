using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.Floors;

/// <summary>One token of a flattened document: its type, and its text already encoded (names, strings) or its number.</summary>
public readonly record struct FlatToken(JsonTokenType Type, JsonEncodedText Text, long Number);
