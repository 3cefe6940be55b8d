using Negotiation.Domain.Attributions;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Model;

public class AttributionTests
{
    [Fact]
    public void Sources_can_disagree()
    {
        var claim = Attribution.Reported(new SourceId("bloomberg")) with
        {
            Counterclaims = [new Counterclaim(Confidence.Denied, [new SourceId("mfa-statement")], "The ministry denied any such deal.")],
        };
        Assert.True(claim.IsContested);
        Assert.False(Attribution.Reported(new SourceId("bloomberg")).IsContested);
        Assert.True(new Attribution(Confidence.Disputed, [new SourceId("a")]).IsContested);
    }

    [Fact]
    public void An_attribution_names_at_least_one_source_once()
    {
        Assert.Equal("Sources", Assert.Throws<ArgumentException>(() => new Attribution(Confidence.Reported, [])).ParamName);
        Assert.Equal("Sources", Assert.Throws<ArgumentException>(() => Attribution.Reported(new SourceId("a"), new SourceId("a"))).ParamName);
        Assert.Equal("Sources", Assert.Throws<ArgumentException>(() => Attribution.Official(default(SourceId))).ParamName);
    }
}
