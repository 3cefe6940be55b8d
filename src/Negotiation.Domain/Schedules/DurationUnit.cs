using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Schedules;

/// <summary>The unit a <see cref="Duration"/> counts in: the units agreements state their periods in.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DurationUnit>))]
public enum DurationUnit
{
    /// <summary>Calendar days ("within 14 days of the ceasefire").</summary>
    Day = 1,

    /// <summary>Weeks of seven days.</summary>
    Week,

    /// <summary>Calendar months: from the 31st, a month later is the last day of a shorter month.</summary>
    Month,

    /// <summary>Calendar years ("8 years from Adoption Day").</summary>
    Year,
}
