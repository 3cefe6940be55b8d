using System.Text.RegularExpressions;
using Negotiation.Build;

namespace Negotiation.Domain.Tests.Packaging;

/// <summary>The package readme made from the repository README: what a package page shows.</summary>
public sealed partial class PackageReadmeTests
{
    private static readonly string[] Dropped = ["Newcomer commands", "Samples", "Repository layout"];

    [GeneratedRegex(@"\]\((?!https?://|#|mailto:)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"\]\(#([^)]+)\)")]
    private static partial Regex AnchorLink();

    private static string RepositoryReadme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [Theory]
    [InlineData("")]
    [InlineData("https://github.com/example/negotiation-domain")]
    public void The_package_readme_of_the_repository_readme_has_no_relative_link(string repositoryUrl)
    {
        var readme = PackageReadmeText.Transform(RepositoryReadme(), "", repositoryUrl, "main", Dropped);

        Assert.DoesNotContain(readme.Split('\n'), line => RelativeLink().IsMatch(line));
        Assert.DoesNotContain("## Newcomer commands", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("## Repository layout", readme, StringComparison.Ordinal);
        Assert.Contains("## Quick start", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_anchor_left_in_the_package_readme_names_a_heading_it_keeps()
    {
        var readme = PackageReadmeText.Transform(RepositoryReadme(), "", "", "main", Dropped);
        var headings = readme.Split('\n').Where(l => l.StartsWith('#')).Select(l => PackageReadmeText.Anchor(l.TrimStart('#').Trim())).ToHashSet();

        Assert.All(AnchorLink().Matches(readme), link => Assert.Contains(link.Groups[1].Value, headings));
    }

    [Fact]
    public void Links_become_absolute_under_the_repository_address_documents_as_blobs_and_images_as_raw_files()
    {
        const string text = "See [`seeds/`](seeds/) and [the tool](../Negotiation.Cli/README.md \"tool\").\n![A picture](docs/x.png)\n";

        var readme = PackageReadmeText.Transform(text, "samples/Negotiation.QuickStart", "https://github.com/example/repo/", "main", []);

        Assert.Equal(
            "See [`seeds/`](https://github.com/example/repo/blob/main/samples/Negotiation.QuickStart/seeds/) and [the tool](https://github.com/example/repo/blob/main/samples/Negotiation.Cli/README.md \"tool\").\n"
            + "![A picture](https://github.com/example/repo/raw/main/samples/Negotiation.QuickStart/docs/x.png)\n",
            readme);
    }

    [Fact]
    public void Without_an_address_a_relative_link_becomes_its_text_and_an_image_its_description()
    {
        var readme = PackageReadmeText.Transform("See [the seeds](seeds/).\n![A picture](x.png)\n", "", "", "main", []);

        Assert.Equal("See the seeds.\n*A picture*\n", readme);
    }

    [Fact]
    public void Dropped_sections_go_with_their_subsections_and_links_to_them_become_text()
    {
        const string text = "# T\n[go](#b) [stay](#c)\n## B\nb\n### B1\nb1\n## C\nc\n";

        var readme = PackageReadmeText.Transform(text, "", "", "main", ["B"]);

        Assert.Equal("# T\ngo [stay](#c)\n## C\nc\n", readme);
    }

    [Fact]
    public void Code_blocks_and_code_spans_are_left_alone()
    {
        const string text = "```\n[a](b)\n## Dropped\n```\n`[c](d)` [e](f)\n";

        var readme = PackageReadmeText.Transform(text, "", "", "main", ["Dropped"]);

        Assert.Equal("```\n[a](b)\n## Dropped\n```\n`[c](d)` e\n", readme);
    }
}
