using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Negotiation.Diagrams.LayoutCheck;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Serialization;

// Usage: Negotiation.Diagrams.LayoutCheck [SEEDS-FOLDER]   (default: the repository's seeds/)
//        Negotiation.Diagrams.LayoutCheck --dot FILE.dot     (checks a DOT file as it is, to try the check itself)
// For each seed: the library's DOT, laid out by `dot -Tjson`; fails if dot prints anything on standard error, or if two
// label boxes (nodes, edge labels, cluster labels) overlap, naming the seed and the two labels.
var dotFile = args is ["--dot", var file] ? file : null;
var folder = dotFile is null && args.Length > 0 ? args[0] : FindSeeds();
var seeds = dotFile is null ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [dotFile];
if (seeds.Count == 0)
{
    Console.Error.WriteLine($"layout check: no seeds in {folder}");
    return 2;
}

var failures = 0;
foreach (var seed in seeds)
{
    var name = Path.GetFileName(seed);
    var dot = dotFile is null ? DotDiagram.Write(NegotiationJson.ReadOrThrow(File.ReadAllBytes(seed))) : File.ReadAllText(seed);
    var (json, warnings, exit) = RunDot(dot);
    if (exit != 0 || warnings.Length > 0)
    {
        Console.Error.WriteLine($"layout check: {name}: dot exited {exit} and printed: {warnings.Trim()}");
        failures++;
        continue;
    }

    var boxes = Layout.Boxes(JsonDocument.Parse(json).RootElement);
    var overlaps = 0;
    for (var i = 0; i < boxes.Count; i++)
    {
        for (var j = i + 1; j < boxes.Count; j++)
        {
            if (boxes[i].Overlaps(boxes[j]))
            {
                Console.Error.WriteLine($"layout check: {name}: {boxes[i]} overlaps {boxes[j]}");
                overlaps++;
            }
        }
    }

    Console.WriteLine($"{name}: {boxes.Count} label boxes, {overlaps} overlapping pairs");
    failures += overlaps;
}

return failures == 0 ? 0 : 1;

static (string Output, string Error, int Exit) RunDot(string dot)
{
    var start = new ProcessStartInfo("dot", "-Tjson")
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        StandardInputEncoding = new UTF8Encoding(false),
        StandardOutputEncoding = Encoding.UTF8,
    };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dot (is Graphviz installed?)");
    var error = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEndAsync();
    process.StandardInput.Write(dot);
    process.StandardInput.Close();
    process.WaitForExit();
    return (output.Result, error.Result, process.ExitCode);
}

static string FindSeeds()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Negotiation.Domain.sln")))
        {
            return Path.Combine(directory.FullName, "seeds");
        }
    }

    return "seeds";
}
