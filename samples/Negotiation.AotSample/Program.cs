using Negotiation.Domain.Analysis;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Plover;
using Negotiation.Domain.Serialization;

// Read the embedded seed case through the library's reader: no reflection anywhere on this path.
using var seed = typeof(Program).Assembly.GetManifestResourceStream("seed.json")!;
var read = NegotiationJson.Read(seed);
if (read.TryPickT1(out var error, out var document))
{
    Console.Error.WriteLine(error);
    return 1;
}

// Query it.
var deal = new AgreementId("us-cn-fentanyl-deal");
var ledger = TradeOffLedger.Of(document, deal);
Console.WriteLine(document.Title);
foreach (var side in ledger.Parties)
{
    Console.WriteLine($"{document.Find(side.Party)!.Name} gives {side.Commitments.Count} commitment(s), gets {side.CommitmentsReceived.Count}");
}

Console.WriteLine($"Would lift: {string.Join(", ", document.SanctionsLiftedBy(deal).Select(s => s.Id))}");
Console.WriteLine($"Opposed by: {string.Join(", ", document.OpponentsOf(deal).Select(p => p.Name))}");

// Export it as PLOVER event data (the Interop package): the records, one JSON line each, and the notes.
using var events = new MemoryStream();
var plover = PloverExport.Write(document, events);
var lines = events.ToArray().Count(b => b == (byte)'\n');
Console.WriteLine($"PLOVER: {plover.Records.Count} records ({lines} lines, {events.Length} bytes), {plover.Notes.Count} notes");
if (lines != plover.Records.Count || plover.Records.Count == 0)
{
    return 1;
}

// Write it back and check the round trip is exact.
var written = NegotiationJson.Write(document);
var again = NegotiationJson.ReadOrThrow(written);
Console.WriteLine(again == document ? $"Round trip: equal ({written.Length} characters)" : "Round trip: DIFFERENT");
return again == document ? 0 : 1;
