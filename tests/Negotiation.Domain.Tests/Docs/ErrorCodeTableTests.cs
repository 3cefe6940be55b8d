using System.Reflection;
using System.Runtime.CompilerServices;

namespace Negotiation.Domain.Tests.Docs;

/// <summary>The codes of every error sit in one registry, <see cref="ErrorCodes"/>, and the README's table lists exactly them.</summary>
public class ErrorCodeTableTests
{
    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [Fact]
    public void The_registry_describes_each_of_its_codes_once()
    {
        var constants = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        var described = ErrorCodes.All.Select(entry => entry.Code).ToList();

        Assert.Equal(described.Count, described.Distinct().Count());
        Assert.Equal(constants, described.Order(StringComparer.Ordinal));
        Assert.All(described, code => Assert.Matches("^[a-z]+(-[a-z]+)*$", code));
    }

    [Fact]
    public void The_readme_table_lists_every_code_with_its_source_and_meaning()
    {
        var lines = File.ReadAllLines(Path.Combine(Root(), "README.md"));
        var header = Array.IndexOf(lines, "| code | from | meaning |");
        Assert.True(header >= 0, "README.md has no table of error codes.");
        var rows = lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Code: cells[0].Trim('`'), Source: cells[1], Meaning: cells[2]))
            .ToList();

        Assert.Equal(ErrorCodes.All, rows);
    }
}
