using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The two ways the format is read and written: through the source-generated context (what the package uses) and
/// through reflection over the same options. Tests take the name as a theory parameter and run the same cases
/// through both, as dotnet/runtime's System.Text.Json tests do, so the two can never drift apart.
/// </summary>
internal static class Serializers
{
    public const string SourceGenerated = "source-generated";
    public const string Reflection = "reflection";

    private static readonly DocumentSerializer ReflectionBased = new(new DefaultJsonTypeInfoResolver());

    public static TheoryData<string> Both => [SourceGenerated, Reflection];

    public static DocumentSerializer Get(string name) => name switch
    {
        SourceGenerated => DocumentSerializer.Default,
        Reflection => ReflectionBased,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown serializer."),
    };
}
