namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>The FollowTheMoney schemas: which the import maps, and which it knows but does not import.</summary>
internal static class FtmSchemas
{
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string LegalEntity = "LegalEntity";
    public const string Company = "Company";
    public const string PublicBody = "PublicBody";
    public const string Sanction = "Sanction";
    public const string Position = "Position";
    public const string Occupancy = "Occupancy";
    public const string Address = "Address";
    public const string Membership = "Membership";

    /// <summary>Every schema of the FollowTheMoney model (its published schema files), abstract ones included.</summary>
    private static readonly HashSet<string> KnownSchemas = new(StringComparer.Ordinal)
    {
        "Thing", "Interval", "Value", "Analyzable", "Asset", "Interest", "LegalEntity", "Person", "Organization", "Company",
        "PublicBody", "Address", "Airplane", "Vessel", "Vehicle", "RealEstate", "Security", "BankAccount", "CryptoWallet",
        "Passport", "Identification", "Sanction", "Position", "Occupancy", "Family", "Associate", "Ownership", "Directorship",
        "Membership", "Employment", "Representation", "Succession", "UnknownLink", "Event", "Contract", "ContractAward",
        "Payment", "Debt", "Trip", "Note", "Mention", "Article", "Document", "Image", "Video", "Audio", "Email", "Message",
        "Pages", "Page", "Folder", "Package", "PlainText", "HyperText", "Workbook", "Table", "Call", "Project",
        "ProjectParticipant", "Documentation", "EconomicActivity", "CourtCase", "CourtCaseParty", "TaxRoll", "License",
        "Assessment", "UserAccount", "Post", "Land", "Risk",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownByText = KnownSchemas.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="schema"/> is a schema of FollowTheMoney.</summary>
    public static bool IsKnown(string schema) => KnownSchemas.Contains(schema);

    /// <summary>The schema the reader's string token names, as the one string kept here, or null when it names none.</summary>
    public static string? Known(ref System.Text.Json.Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || bytes.Length > 32)
        {
            return null;
        }

        Span<char> chars = stackalloc char[32];
        var length = System.Text.Encoding.UTF8.GetChars(bytes, chars);
        return KnownByText.TryGetValue(chars[..length], out var schema) ? schema : null;
    }
}
