using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Recognitions;

/// <summary>Where a party stands on recognising another, as of a recognition's date.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RecognitionPosition>))]
public enum RecognitionPosition
{
    /// <summary>It recognises the other: it grants recognition, or holds it.</summary>
    Recognizes = 1,

    /// <summary>It states that it does not recognise the other (a policy of non-recognition), never having done so.</summary>
    DoesNotRecognize,

    /// <summary>It withdraws a recognition it had granted (a state that switches its recognition to a rival government).</summary>
    WithdrawsRecognition,
}
