using System.Reflection;

namespace Negotiation.Cli.Input;

/// <summary>The seed documents embedded in the tool (from the repository's seeds/ folder).</summary>
internal static class SeedDocuments
{
    /// <summary>The name a briefing shows for the embedded seed case.</summary>
    public const string DefaultName = "seeds/us-china-fentanyl-2023.json";

    /// <summary>Reads the embedded seed case's UTF-8 JSON.</summary>
    public static byte[] ReadDefault()
    {
        using var stream = typeof(SeedDocuments).Assembly.GetManifestResourceStream(DefaultName)
            ?? throw new InvalidOperationException($"The tool was built without its embedded seed {DefaultName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
