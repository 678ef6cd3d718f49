using Microsoft.VisualStudio.TestTools.UnitTesting;
using Npgsql;

namespace Shop.Tests.Integration;

public abstract class DatabaseTestBase
{
    protected NpgsqlConnection Connection { get; } = new NpgsqlConnection("Host=db;Database=shop");
}

[TestClass]
public class OrderStoreTests : DatabaseTestBase
{
    [TestMethod]
    public void Save_PersistsOrder()
    {
        var store = new OrderStore(Connection);
        store.Save(new Order("A-1"));
        Assert.AreEqual("A-1", store.Find("A-1").Id);
    }

    [TestMethod]
    public void Endpoint_ComesFromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("ORDERS_URL");
        var client = new OrdersClient(url!);
        Assert.AreEqual(3, client.Count());
    }

    [TestMethod]
    public void Pending_IsNotWrittenYet()
    {
    }
}
