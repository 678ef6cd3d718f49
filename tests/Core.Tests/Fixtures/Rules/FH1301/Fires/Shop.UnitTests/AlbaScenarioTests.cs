using System.Threading.Tasks;
using Alba;
using Xunit;

namespace Shop.UnitTests;

public class AlbaScenarioTests
{
    private readonly IAlbaHost _host = null!;

    // The scenario switches its status check off and states nothing else.
    [Fact]
    public async Task Posting_an_item() // plant: FH1301
    {
        await _host.Scenario(x =>
        {
            x.Post.Json(new { Name = "foo" }).ToUrl("/items");
            x.IgnoreStatusCode();
        });
    }

    // Not an Alba scenario: a method of the same name that sends no request.
    [Fact]
    public void Running_a_scenario() // plant: FH1301
    {
        new Simulation().Scenario(s => s.Seed(42));
    }
}
