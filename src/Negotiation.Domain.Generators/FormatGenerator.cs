using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Negotiation.Domain.Generators.Emit;
using Negotiation.Domain.Generators.Model;

namespace Negotiation.Domain.Generators;

/// <summary>
/// Derives the JSON format from the records marked <c>[FormatRecord]</c>: for each, a reader, a canonical writer and a
/// walk of the ids it holds of other records; for all, a description the schema and the tests are made from. A record's
/// declaration is the one description of its part of the format: adding a member to it adds it everywhere.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FormatGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor Unsupported = new(
        "NDG001",
        "A record of the format cannot be described",
        "{0}",
        "Negotiation.Domain.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var records = context.SyntaxProvider.ForAttributeWithMetadataName(
            ModelBuilder.FormatRecordAttribute,
            static (node, _) => true,
            static (syntax, cancellation) =>
            {
                var (model, problem) = ModelBuilder.Build((INamedTypeSymbol)syntax.TargetSymbol, cancellation);
                return (Model: model, Problem: problem, Name: syntax.TargetSymbol.Name);
            });

        context.RegisterSourceOutput(records.Collect(), static (output, all) => Generate(output, all));
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<(RecordModel? Model, string? Problem, string Name)> all)
    {
        foreach (var failed in all.Where(r => r.Model is null))
        {
            output.ReportDiagnostic(Diagnostic.Create(Unsupported, Location.None, failed.Problem));
        }

        var records = all.Where(r => r.Model is not null).Select(r => r.Model!).ToDictionary(r => r.Name);
        foreach (var record in records.Values)
        {
            var missing = record.Members.Select(m => m.Value.Element ?? m.Value).FirstOrDefault(v => v.Category == Categories.Record && !records.ContainsKey(v.RecordName!));
            if (missing is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(Unsupported, Location.None, $"{record.Name} holds a {missing.RecordName}, which is not described."));
                return;
            }
        }

        foreach (var record in records.Values.OrderBy(r => r.Name, System.StringComparer.Ordinal))
        {
            output.AddSource($"{record.Name}Format.g.cs", new FormatEmitter(record, records).Emit());
        }

        output.AddSource("FormatDescription.g.cs", DescriptionEmitter.Emit(records.Values.ToList()));
        output.AddSource("FormatTypeInfoResolver.g.cs", ResolverEmitter.Emit(records.Values.ToList()));
    }
}
