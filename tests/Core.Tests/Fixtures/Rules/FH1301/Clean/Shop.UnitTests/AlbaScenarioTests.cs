using System.Threading.Tasks;
using Alba;
using Xunit;

namespace Shop.UnitTests;

// Alba fails a scenario unless the response status is 200, unless the scenario states another: a bare scenario checks it.
public class AlbaScenarioTests
{
    private readonly IAlbaHost _host = null!;

    [Fact]
    public async Task Creating_an_item_returns_ok()
    {
        await _host.Scenario(x =>
        {
            x.Post.Json(new { Name = "foo" }).ToUrl("/items");
        });
    }

    [Fact]
    public Task Reading_the_items_returns_ok() => _host.Scenario(x => x.Get.Url("/items"));
}
