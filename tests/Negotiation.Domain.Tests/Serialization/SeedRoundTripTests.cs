using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;

namespace Negotiation.Domain.Tests.Serialization;

public class SeedRoundTripTests
{
    [Fact]
    public void The_seed_reads_back_equal_to_what_was_written()
    {
        var seed = SeedScenario.Build();
        var read = NegotiationJson.Read(NegotiationJson.Write(seed));
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : null);
        Assert.Equal(seed, read.AsT0);
    }
}
