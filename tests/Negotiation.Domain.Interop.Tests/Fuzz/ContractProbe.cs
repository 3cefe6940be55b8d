#pragma warning disable
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.Fuzz;

/// <summary>
/// Runs one input through an importer four ways (read with and without SkipBadLines, gathered with and without) and
/// collects anything that escapes other than <see cref="ImportException"/>. Also notes (softly) a gathered import that
/// is not a valid document.
/// </summary>
internal static class ContractProbe
{
    public sealed record Finding(string Importer, string Case, string Mode, string Type, string Message, string ThrowSite, string LibraryFrame)
    {
        public string Key => $"{Importer}|{Type}|{ThrowSite}";

        public override string ToString() => $"[{Importer}] {Case} ({Mode}): {Type}: {Message}\n    thrown at {ThrowSite}\n    library frame {LibraryFrame}";
    }

    public static readonly string FindingsFile = Path.Combine(Path.GetTempPath(), "fuzz-importers-findings.txt");
    private static readonly object FileLock = new();

    /// <summary>The hard findings (exceptions) of <paramref name="make"/>; validation failures go to <paramref name="soft"/>.</summary>
    public static async Task<List<Finding>> ProbeAsync(string importer, string name, Func<ImportOptions, IAsyncEnumerable<ImportRecord>> make, CancellationToken ct, List<string>? soft = null, bool gather = true, int maxLineBytes = ImportOptions.DefaultMaxLineBytes)
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
                var result = await ImportGathering.GatherAsync(make(options), new NegotiationId("fuzz"), "Fuzz", ct);
                if (result.IsT1 && soft is not null)
                {
                    soft.Add($"[{importer}] {name} ({mode}): ValidationFailure: {string.Join("; ", result.AsT1.Errors.Take(3))}");
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
        }

        Log(findings, soft);
        return findings;
    }

    public static void Log(IEnumerable<Finding> findings, IEnumerable<string>? soft = null)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.AppendLine(f.ToString());
        }

        foreach (var s in soft ?? [])
        {
            text.AppendLine("SOFT " + s);
        }

        if (text.Length > 0)
        {
            lock (FileLock)
            {
                File.AppendAllText(FindingsFile, text.ToString());
            }
        }
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

    /// <summary>A readable text of an input, for the report: C# escapes for anything outside printable ASCII, cut when long.</summary>
    public static string Show(string text, int max = 400)
    {
        var b = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            b.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Length > max ? b + $"...(+{text.Length - max} chars)" : b.ToString();
    }
}
