using System.Text.Json.Serialization.Metadata;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// For the oracle, whose metadata comes from reflection: the one rule of the format that such metadata cannot express. System.Text.Json silently skips a JSON
/// member named like a computed property (<c>isActive</c>, <c>parentId</c>, <c>nextStatuses</c>), even with
/// <c>JsonIgnore</c> and unmapped members disallowed, so a stranger's <c>"isActive": false</c> would be dropped
/// without a word. Removing such properties from the contract makes the name unknown, and so refused.
/// </summary>
internal static class StrictContract
{
    public static void RefuseComputedMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            // A property set by neither a constructor nor a setter is computed from the others: it is never written
            // (IgnoreReadOnlyProperties) and must not be read.
            if (info.Properties[i] is { Set: null, AssociatedParameter: null })
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
