using System.Threading.Tasks;
using Alba;
using Xunit;

namespace Shop.UnitTests;

// The product's own validate-or-throw API, named Assert…, on a local built from a type the tests do not declare: it is
// not the tests' same-named helper (MappingConfig.AssertConfigurationIsValid), and it fails the test by throwing.
public class ValidatingApiTests
{
    [Fact]
    public void Configuration_IsValid()
    {
        var configuration = new MapperConfiguration(cfg => cfg.CreateMap<Order, OrderDto>());
        configuration.AssertConfigurationIsValid();
    }
}

// Expectations named after what they check, …ShouldBe… / …ShouldContain… (Alba's scenario), fail the scenario.
public class IssueEndpointTests
{
    private readonly IAlbaHost _host = null!;

    [Fact]
    public async Task MissingIssue_Returns404()
    {
        await _host.Scenario(s =>
        {
            s.Get.Url("/issue/42");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Issue_IsJson()
    {
        await _host.Scenario(s =>
        {
            s.Get.Url("/issue/1");
            s.ContentTypeShouldBe("application/json");
        });
    }

    [Fact]
    public Task Issue_MentionsTitle() => _host.Scenario(s => s.ContentShouldContain("title"));
}
