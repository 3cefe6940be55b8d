#pragma warning disable
using System.Diagnostics;
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.Fuzz;

/// <summary>
/// Runs one input through an importer four ways (read with and without SkipBadLines, gathered with and without) and
/// collects anything that escapes other than <see cref="ImportException"/>.
/// </summary>
internal static class ContractProbe
{
    public sealed record Finding(string Importer, string Case, string Mode, string Type, string Message, string ThrowSite, string LibraryFrame)
    {
        public string Key => $"{Importer}|{Type}|{ThrowSite}";

        public override string ToString() => $"[{Importer}] {Case} ({Mode}): {Type}: {Message}\n    thrown at {ThrowSite}\n    library frame {LibraryFrame}";
    }

    /// <summary>What escapes <paramref name="make"/> other than <see cref="ImportException"/>, read and gathered, with and without SkipBadLines.</summary>
    public static async Task<List<Finding>> ProbeAsync(string importer, string name, Func<ImportOptions, IAsyncEnumerable<ImportRecord>> make, CancellationToken ct, bool gather = true, int maxLineBytes = ImportOptions.DefaultMaxLineBytes)
    {
        var findings = new List<Finding>();
        foreach (var skip in new[] { false, true })
        {
            var options = new ImportOptions { SkipBadLines = skip, MaxLineBytes = maxLineBytes };
            var mode = skip ? "read, SkipBadLines" : "read";
            try
            {
                await foreach (var _ in make(options).WithCancellation(ct))
                {
                }
            }
            catch (ImportException)
            {
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                findings.Add(Make(importer, name, mode, e));
            }

            if (!gather)
            {
                continue;
            }

            mode = skip ? "GatherAsync, SkipBadLines" : "GatherAsync";
            try
            {
                _ = await ImportGathering.GatherAsync(make(options), new NegotiationId("fuzz"), "Fuzz", ct);
            }
            catch (ImportException)
            {
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                findings.Add(Make(importer, name, mode, e));
            }
        }

        return findings;
    }

    public static Finding Make(string importer, string name, string mode, Exception e)
    {
        var trace = new StackTrace(e, fNeedFileInfo: true);
        string Describe(StackFrame f)
        {
            var m = f.GetMethod();
            var where = f.GetFileName() is { } file ? $" in {Path.GetFileName(file)}:{f.GetFileLineNumber()}" : "";
            return $"{m?.DeclaringType?.FullName}.{m?.Name}{where}";
        }

        var frames = trace.GetFrames() ?? [];
        var site = frames.Length > 0 ? Describe(frames[0]) : "?";
        var library = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Negotiation.Domain.Interop.", StringComparison.Ordinal) == true && f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Negotiation.Domain.Interop.Tests", StringComparison.Ordinal) != true) is { } lf ? Describe(lf) : "?";
        var message = e.Message.Length > 300 ? e.Message[..300] + "..." : e.Message;
        return new Finding(importer, name, mode, e.GetType().FullName!, message, site, library);
    }
}
