using Negotiation.Domain.Benchmarks.Generation;

namespace Negotiation.Domain.Tests.Documents;

public class DocumentGeneratorTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Generated_documents_are_valid_and_scale_with_the_sanctions(int sanctions)
    {
        var document = DocumentGenerator.Generate(sanctions);
        Assert.Equal(sanctions, document.Sanctions.Count);
        Assert.True(document.Parties.Count >= sanctions / 2);
        Assert.True(document.Demands.Count >= sanctions / 2);
        Assert.True(document.Agreements.Count >= sanctions / 10);
    }

    [Fact]
    public void The_same_seed_gives_the_same_document()
    {
        Assert.Equal(DocumentGenerator.Generate(200), DocumentGenerator.Generate(200));
        Assert.NotEqual(DocumentGenerator.Generate(200, seed: 1), DocumentGenerator.Generate(200, seed: 2));
    }
}
