using System.Net.Http;
using FakeItEasy;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Shop.UnitTests;

/// <summary>Stubbed object factories hand the code under test an object: a query, not an effect to verify.</summary>
public class FactoryStubTests
{
    [Fact]
    public void Selects_by_group()
    {
        var command = new StubCommand();
        var provider = A.Fake<IDbProvider>();
        A.CallTo(() => provider.CreateCommand()).Returns(command);
        new AdoDelegate(provider).SelectInGroup("g1");
        Assert.Contains("GROUP = @group", command.CommandText);
    }

    [Fact]
    public void Uses_the_named_client()
    {
        var factory = A.Fake<IHttpClientFactory>();
        A.CallTo(() => factory.CreateClient("shop")).Returns(new HttpClient());
        Assert.Equal("shop", new Gateway(factory).ClientName);
    }

    [Fact]
    public void Logs_through_the_factory()
    {
        var logger = new RecordingLogger();
        var loggerFactory = Substitute.For<ILoggerFactory>();
        loggerFactory.CreateLogger(Arg.Any<string>()).Returns(logger);
        new Pipeline(loggerFactory).Run();
        Assert.Single(logger.Messages);
    }

    [Fact]
    public void Opens_a_context_per_unit_of_work()
    {
        var contexts = Substitute.For<IDbContextFactory<ShopContext>>();
        contexts.CreateDbContext().Returns(new ShopContext());
        Assert.Equal(1, new UnitOfWork(contexts).Run());
    }
}
