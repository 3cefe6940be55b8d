using System.Reflection;

namespace Negotiation.Domain.Tests.Seeds;

/// <summary>The seed documents of the repository's seeds/ folder, embedded in the test assembly so no test depends on a path.</summary>
internal static class SeedFiles
{
    public const string UsChinaFentanyl2023 = "us-china-fentanyl-2023.json";

    public const string NewStart2010 = "new-start-2010.json";

    public const string MinskIi2015 = "minsk-ii-2015.json";

    public const string UsIranPrisonerExchange2023 = "us-iran-prisoner-exchange-2023.json";

    public const string UsCuba2014 = "us-cuba-2014.json";

    private const string Prefix = "seeds/";

    /// <summary>The names of every embedded seed document.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(SeedFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    public static TheoryData<string> All() => [.. Names];

    /// <summary>The raw bytes of a seed document, exactly as committed.</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"No embedded seed named {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The seeds/ folder in the source tree, for the test that writes a changed seed out for review.</summary>
    public static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "seeds"));
}
