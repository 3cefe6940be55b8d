using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Recognitions;

/// <summary>
/// What a party is recognised as. International law keeps the two apart: recognising a state accepts that it exists;
/// recognising a government accepts who speaks for a state (many states recognise states, not governments, and say so).
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RecognitionType>))]
public enum RecognitionType
{
    /// <summary>As a state: an entity with a territory, a people and a government of its own (Kosovo, Palestine).</summary>
    State = 1,

    /// <summary>As a government: the authority that speaks for a state (the Taliban in Afghanistan, a government in exile).</summary>
    Government,
}
