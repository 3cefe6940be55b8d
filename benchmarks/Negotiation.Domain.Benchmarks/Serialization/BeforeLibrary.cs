#if COMPARE_BEFORE
extern alias before;

using System.Reflection;
using BeforeJson = before::Negotiation.Domain.Serialization.NegotiationJson;

namespace Negotiation.Domain.Benchmarks.Serialization;

/// <summary>
/// The library as it was at an earlier commit (<c>benchmarks/before/pack-before.sh</c>), loaded beside the current one
/// as the assembly <c>Negotiation.Domain.Before</c>: which commit it is, and a check that it works under its new name.
/// </summary>
public static class BeforeLibrary
{
    /// <summary>The variable through which the switch reaches the builds BenchmarkDotNet runs (MSBuild reads it as a property).</summary>
    public const string BuildSwitch = "CompareWithBefore";

    /// <summary>The package's version and the commit it was packed from.</summary>
    public static string Describe()
    {
        var assembly = typeof(BeforeJson).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";

        // The embedded schema is found by name in the assembly: it must survive the rename.
        return BeforeJson.Schema.Length > 0
            ? $"{assembly.GetName().Name} {version}"
            : throw new InvalidOperationException("The before library's schema resource does not resolve.");
    }
}
#endif
