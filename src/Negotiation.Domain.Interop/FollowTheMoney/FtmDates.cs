using System.Globalization;
using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>FollowTheMoney dates: ISO 8601 prefixes (<c>2020</c>, <c>2020-05</c>, <c>2020-05-17</c>) that may run on to a time of day.</summary>
internal static class FtmDates
{
    /// <summary>Reads <paramref name="text"/>: the date, whether a time of day was cut from it, or null when it is no date.</summary>
    public static PartialDate? Parse(string text, out bool truncated)
    {
        truncated = false;
        var value = text.Trim();
        if (value.Length > 10 && (value[10] == 'T' || value[10] == ' '))
        {
            value = value[..10];
            truncated = true;
        }

        if (value.Length is not (4 or 7 or 10))
        {
            return null;
        }

        return PartialDate.TryParse(value, CultureInfo.InvariantCulture, out var date) ? date : null;
    }

    /// <summary>Writes a date as FollowTheMoney does: the ISO prefix of its precision.</summary>
    public static string Format(PartialDate date) => date.ToString();
}
