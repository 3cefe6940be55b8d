using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Negotiation.Domain.Benchmarks.Baseline;

/// <summary>
/// Newtonsoft.Json set up to write and read the format's JSON (camelCase, snake_case enums, ids and dates as strings,
/// the party's kind first, null and empty members left out, indented), as a user without our serializer would. It
/// reads without the document-level validation: the records' constructors run, nothing more.
/// </summary>
public static class NewtonsoftSettings
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new FormatContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
        Converters =
        {
            new StringEnumConverter(new SnakeCaseNamingStrategy(), allowIntegerValues: false),
            new SlugIdNewtonsoftConverter(),
            new ValueTypeNewtonsoftConverter(),
            new EquatableArrayNewtonsoftConverter(),
            new PartyNewtonsoftConverter(),
        },
    };

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    /// <summary>The same, without the party converter: what it uses to build a party once it knows the kind.</summary>
    internal static JsonSerializer WithoutParties { get; } = JsonSerializer.Create(new JsonSerializerSettings(Settings)
    {
        Converters = [.. Settings.Converters.Where(converter => converter is not PartyNewtonsoftConverter)],
    });
}
