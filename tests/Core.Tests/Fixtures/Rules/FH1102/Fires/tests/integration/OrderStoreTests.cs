using Moq;
using Xunit;

namespace Shop.Tests.Integration;

public class OrderStoreTests
{
    private readonly Mock<IOrderRepository> _repository = new(); // plant: FH1102

    [Fact]
    public void Store_PersistsOrder()
    {
        _repository.Setup(r => r.Save(It.IsAny<Order>())).Returns(1);
        var store = new OrderStore(_repository.Object);

        Assert.Equal(1, store.Add(new Order("A-1")));
    }
}
