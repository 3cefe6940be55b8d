using System.Text;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>Compact JSON texts built to cost the reader as much as their size allows.</summary>
internal static class HostileDocuments
{
    /// <summary>
    /// One sanction whose <paramref name="count"/> targets name no party: every one is a dangling reference, at about 8
    /// bytes each (ids of up to five base-36 letters and digits; the one party is "the-us", which no base-36 id can be), so 2 million of them fit in 16 MB.
    /// </summary>
    public static byte[] DanglingTargets(int count)
    {
        var json = new StringBuilder(64 + (count * 8));
        json.Append("""{"formatVersion":1,"id":"hostile","title":"Dangling","parties":[{"kind":"state","id":"the-us","name":"United States","country":"US"}],"sanctions":[{"id":"s","authority":"the-us","targets":[""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"").Append(Base36(i)).Append('"');
        }

        json.Append("""],"measures":["export_control"],"status":"active"}]}""");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>The seed-like valid prefix of <see cref="DanglingTargets"/> with one bad value at the very end instead.</summary>
    public static byte[] BadValueAtEnd(int targets)
    {
        var text = Encoding.UTF8.GetString(DanglingTargets(targets));
        var parties = new StringBuilder();
        for (var i = 0; i < targets; i++)
        {
            parties.Append(",{\"kind\":\"state\",\"id\":\"").Append(Base36(i)).Append("\",\"name\":\"N\",\"country\":\"US\"}");
        }

        // Every target now names a party, and the last member holds a status the format does not know.
        return Encoding.UTF8.GetBytes(text
            .Replace("""{"kind":"state","id":"the-us","name":"United States","country":"US"}""", """{"kind":"state","id":"the-us","name":"United States","country":"US"}""" + parties, StringComparison.Ordinal)
            .Replace("\"status\":\"active\"", "\"status\":\"no-such-status\"", StringComparison.Ordinal));
    }

    private static string Base36(int value)
    {
        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        do
        {
            var d = value % 36;
            digits[--at] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            value /= 36;
        }
        while (value > 0);

        return new string(digits[at..]);
    }
}
