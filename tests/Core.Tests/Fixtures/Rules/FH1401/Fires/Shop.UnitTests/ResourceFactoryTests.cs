using NUnit.Framework;

namespace Shop.UnitTests;

/// <summary>Create and Truncate still change something when they reach a service, a store or the machine.</summary>
public class ResourceFactoryTests
{
    [Test]
    public void User_IsCreated() // plant: FH1401
    {
        var user = Client.CreateUser("ada");
        Assert.AreEqual("ada", user.Name);
    }

    [Test]
    public async Task Topic_IsCreated() // plant: FH1401
    {
        var created = await Admin.CreateTopicAsync("orders");
        Assert.IsTrue(created);
    }

    [Test]
    public void Folder_IsCreated() // plant: FH1401
    {
        var folder = Directory.CreateDirectory("out");
        Assert.AreEqual("out", folder.Name);
    }

    [Test]
    public void Account_IsCreatedThroughAClientTheTestBuilt() // plant: FH1401
    {
        var client = new BankClient("https://bank.test");
        var account = client.CreateAccount("ada");
        Assert.AreEqual("ada", account.Owner);
    }

    [Test]
    public async Task Queue_IsCreatedByAFactoryAsynchronously() // plant: FH1401
    {
        var factory = new QueueFactory(connection);
        var queue = await factory.CreateQueueAsync("orders");
        Assert.AreEqual("orders", queue.Name);
    }

    [Test]
    public void Table_IsTruncated() // plant: FH1401
    {
        var rows = Db.TruncateTable("orders");
        Assert.AreEqual(3, rows);
    }

    [Test]
    public void Order_IsCreatedByTheHelper() // plant: FH1401
    {
        var order = CreateOrder("A-1");
        Assert.AreEqual("A-1", order.Id);
    }

    private Order CreateOrder(string id) => _orders.Save(new Order(id));
}

/// <summary>An asynchronous Create… on a factory still goes somewhere.</summary>
public class TenantFactoryTests
{
    private readonly TenantFactory _tenantFactory = new TenantFactory();

    [Test]
    public async Task Tenant_IsProvisioned() // plant: FH1401
    {
        var tenant = await _tenantFactory.CreateTenantAsync("acme");
        Assert.AreEqual("acme", tenant.Name);
    }
}
