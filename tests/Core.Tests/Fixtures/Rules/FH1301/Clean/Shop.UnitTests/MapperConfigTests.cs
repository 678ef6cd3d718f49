using Xunit;

namespace Shop.UnitTests;

// A library's own assertion on an object: a configuration object's AssertMappingsAreValid() throws when a member is unmapped.
public class MapperConfigTests
{
    private readonly MapperConfiguration _configuration = new(cfg => cfg.CreateMap<Order, OrderDto>());

    [Fact]
    public void Mapping_IsValid() => _configuration.AssertMappingsAreValid();
}
