using System.Text.Json;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>Reads one item of an array at the reader's current token; <paramref name="depth"/> is the path slot of the item's own members.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="reader">The reader, at the item.</param>
/// <param name="context">The read's path and limits.</param>
/// <param name="depth">The path slot of the item's members.</param>
/// <returns>The item.</returns>
internal delegate T ItemReader<T>(ref Utf8JsonReader reader, ReadContext context, int depth);
