// The package readme, made from a repository readme at pack time (Directory.Build.targets runs it as an inline MSBuild
// task) and tested by the core tests, which compile this file too. A package page shows the readme without the
// repository around it: relative links would break there, so each becomes absolute under the repository's address, or
// plain text when no address is configured, and the sections that only make sense in a clone are dropped.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Negotiation.Build;

/// <summary>Turns a repository readme into a package readme.</summary>
public static class PackageReadmeText
{
    private static readonly Regex Heading = new Regex(@"^(#{1,6})\s+(.*?)\s*#*\s*$");

    // A link or an image: [text](target) or [text](target "title"); the text may hold `code` but no brackets.
    private static readonly Regex Link = new Regex(@"(!?)\[([^\]]*)\]\(([^)\s]+)((?:\s+""[^""]*"")?)\)");

    /// <summary>
    /// Drops the sections titled in <paramref name="dropSections"/> (each with its subsections), and makes every
    /// relative link absolute under <paramref name="repositoryUrl"/> (documents under <c>/blob/</c>, images under
    /// <c>/raw/</c>, on <paramref name="branch"/>), or, with no address, plain text. Links to a heading that is kept
    /// stay as they are; links to a dropped heading become plain text. Code blocks and code spans are left alone.
    /// </summary>
    /// <param name="markdown">The repository readme.</param>
    /// <param name="directory">The readme's folder in the repository, with '/' separators; empty for the root.</param>
    /// <param name="repositoryUrl">The repository's web address (https://…), or null or empty for none.</param>
    /// <param name="branch">The branch links point at.</param>
    /// <param name="dropSections">Section titles to drop, compared whole.</param>
    /// <returns>The package readme.</returns>
    public static string Transform(string markdown, string directory, string repositoryUrl, string branch, IEnumerable<string> dropSections)
    {
        var drop = new HashSet<string>(dropSections.Select(s => s.Trim()).Where(s => s.Length > 0), StringComparer.Ordinal);
        var kept = new List<string>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        var droppingLevel = 0; // the level of the heading being dropped; 0 when keeping
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && Heading.Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Value.Length;
                if (droppingLevel > 0 && level <= droppingLevel)
                {
                    droppingLevel = 0;
                }

                if (droppingLevel == 0 && drop.Contains(heading.Groups[2].Value))
                {
                    droppingLevel = level;
                }

                if (droppingLevel == 0)
                {
                    anchors.Add(Anchor(heading.Groups[2].Value));
                }
            }

            if (droppingLevel == 0)
            {
                kept.Add(line);
            }
        }

        var output = new StringBuilder();
        inFence = false;
        foreach (var line in kept)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                output.Append(line).Append('\n');
                continue;
            }

            output.Append(inFence ? line : Rewrite(line, directory, repositoryUrl, branch, anchors)).Append('\n');
        }

        // One blank line at the end, however many the dropped sections left.
        return output.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces as hyphens.</summary>
    /// <param name="title">The heading's text.</param>
    /// <returns>The anchor, without its '#'.</returns>
    public static string Anchor(string title)
    {
        var anchor = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    /// <summary>Whether <paramref name="target"/> is a link that works on a package page as it is.</summary>
    /// <param name="target">A link's target.</param>
    /// <returns>True for an absolute address.</returns>
    public static bool IsAbsolute(string target) =>
        target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string Rewrite(string line, string directory, string repositoryUrl, string branch, HashSet<string> anchors)
    {
        // Text between a pair of backticks is code and is not rewritten; a link's text may hold code itself.
        var spans = new List<(int Start, int End)>();
        for (var open = line.IndexOf('`'); open >= 0;)
        {
            var close = line.IndexOf('`', open + 1);
            if (close < 0)
            {
                break;
            }

            spans.Add((open, close));
            open = line.IndexOf('`', close + 1);
        }

        return Link.Replace(line, match =>
        {
            if (spans.Any(span => match.Index > span.Start && match.Index < span.End))
            {
                return match.Value;
            }

            var isImage = match.Groups[1].Value.Length > 0;
            var text = match.Groups[2].Value;
            var target = match.Groups[3].Value;
            var title = match.Groups[4].Value;
            if (IsAbsolute(target))
            {
                return match.Value;
            }

            if (target.StartsWith("#", StringComparison.Ordinal))
            {
                return anchors.Contains(target.Substring(1)) ? match.Value : text;
            }

            if (string.IsNullOrEmpty(repositoryUrl))
            {
                return isImage ? "*" + text + "*" : text;
            }

            var path = Resolve(directory, target);
            var kind = isImage ? "raw" : "blob";
            return $"{match.Groups[1].Value}[{text}]({repositoryUrl.TrimEnd('/')}/{kind}/{branch}/{path}{title})";
        });
    }

    /// <summary>A relative target resolved against the readme's folder: '.' and '..' segments folded.</summary>
    private static string Resolve(string directory, string target)
    {
        var segments = new List<string>(directory.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && segment.Length > 0)
            {
                segments.Add(segment);
            }
        }

        var path = string.Join("/", segments);
        return target.EndsWith("/", StringComparison.Ordinal) ? path + "/" : path;
    }
}

#if !NEGOTIATION_README_TESTS
/// <summary>The MSBuild task: reads <see cref="Source"/>, writes <see cref="Destination"/>.</summary>
public sealed class MakePackageReadme : Microsoft.Build.Utilities.Task
{
    /// <summary>The repository readme.</summary>
    [Microsoft.Build.Framework.Required]
    public string Source { get; set; } = "";

    /// <summary>The readme's folder in the repository.</summary>
    public string Directory { get; set; } = "";

    /// <summary>Where to write the package readme.</summary>
    [Microsoft.Build.Framework.Required]
    public string Destination { get; set; } = "";

    /// <summary>The repository's web address, or empty.</summary>
    public string RepositoryUrl { get; set; } = "";

    /// <summary>The branch links point at.</summary>
    public string Branch { get; set; } = "main";

    /// <summary>Section titles to drop, separated by ';'.</summary>
    public string DropSections { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        var text = PackageReadmeText.Transform(System.IO.File.ReadAllText(Source), Directory, RepositoryUrl, Branch, DropSections.Split(';'));
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Destination)!);
        if (!System.IO.File.Exists(Destination) || System.IO.File.ReadAllText(Destination) != text)
        {
            System.IO.File.WriteAllText(Destination, text);
        }

        return true;
    }
}
#endif
