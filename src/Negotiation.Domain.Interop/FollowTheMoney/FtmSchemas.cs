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
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
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

    /// <summary>Whether <paramref name="schema"/> is a schema of FollowTheMoney.</summary>
    public static bool IsKnown(string schema) => Known.Contains(schema);
}
