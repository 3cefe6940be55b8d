namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>Splits one CSV record (RFC 4180: fields in double quotes may hold commas, quotes doubled and line breaks) into its fields.</summary>
internal static class FtmCsv
{
    /// <summary>The fields of <paramref name="record"/>, or <see langword="null"/> when a quoted field is not closed.</summary>
    public static List<string>? Split(string record)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < record.Length && record[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= record.Length)
                    {
                        return null;
                    }

                    if (record[i] == '"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(record[i++]);
                }

                // Text after a closing quote, up to the comma, is kept as it stands (a lenient reading of a common slip).
                while (i < record.Length && record[i] != ',')
                {
                    field.Append(record[i++]);
                }
            }
            else
            {
                var comma = record.IndexOf(',', i);
                var end = comma < 0 ? record.Length : comma;
                field.Append(record, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= record.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
