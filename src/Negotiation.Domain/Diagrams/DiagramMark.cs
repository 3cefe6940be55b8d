namespace Negotiation.Domain.Diagrams;

/// <summary>How a record's confidence differs from the document's usual one (<see cref="DiagramConfidence"/>).</summary>
/// <param name="Word">The record's confidence in a word ("official", "disputed", "contested"), shown on it.</param>
/// <param name="LessCertain">Whether it is less certain than usual, drawn dashed.</param>
internal sealed record DiagramMark(string Word, bool LessCertain);
