using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Interop.Tests.Plover;

/// <summary>The five seed documents, embedded in the test assembly as <c>seeds/&lt;name&gt;.json</c>.</summary>
internal static class PloverSeeds
{
    public const string UsChina = "us-china-fentanyl-2023";

    public static TheoryData<string> Names { get; } = new(["us-china-fentanyl-2023", "new-start-2010", "minsk-ii-2015", "us-iran-prisoner-exchange-2023", "us-cuba-2014"]);

    public static NegotiationDocument Read(string name)
    {
        using var stream = typeof(PloverSeeds).Assembly.GetManifestResourceStream($"seeds/{name}.json")
            ?? throw new InvalidOperationException($"The seed {name} is not embedded.");
        return NegotiationJson.ReadOrThrow(stream);
    }
}
