using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.LowerBound;

/// <summary>The snake_case JSON names of an enum's values, indexed by value (the model's enums run 1, 2, 3...).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    // Index 0 is unused: no enum of the model has a zero value.
    public static readonly JsonEncodedText[] Names = Build();

    private static JsonEncodedText[] Build()
    {
        var values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Length + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()));
        }

        return names;
    }

    public static JsonEncodedText Name(TEnum value) => Names[System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value)];

    public static TEnum Parse(ref Utf8JsonReader reader)
    {
        var names = Names;
        for (var i = 1; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i].EncodedUtf8Bytes))
            {
                return System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref i);
            }
        }

        throw new JsonException($"'{reader.GetString()}' is not a {typeof(TEnum).Name}.");
    }
}
