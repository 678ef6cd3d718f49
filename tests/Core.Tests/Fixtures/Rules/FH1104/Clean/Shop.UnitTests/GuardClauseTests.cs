using System;
using System.Threading.Tasks;
using FluentAssertions;
using Moq;
using NSubstitute;
using NUnit.Framework;

namespace Shop.UnitTests;

// Guard-clause tests: every assertion expects an argument-validation exception, thrown before any collaborator is
// reached. The unconfigured mocks only satisfy the constructor.
[TestFixture]
public class GuardClauseTests
{
    [Test]
    public async Task GetAll_RejectsNullOrEmptyOwner()
    {
        var connection = Substitute.For<IApiConnection>();
        var client = new EventsClient(connection);

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetAll(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetAll(""));
    }

    [Test]
    public void GetAll_RejectsNegativePage()
    {
        var client = new EventsClient(new Mock<IApiConnection>().Object);

        Action act = () => client.Page(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Page_RejectsNegativeSize()
    {
        var client = new EventsClient(Mock.Of<IApiConnection>());

        Assert.That(() => client.Page(-1), Throws.ArgumentException);
    }
}

[TestFixture]
public class GuardClauseParamNameTests
{
    [Test]
    public async Task Rename_NamesTheEmptyArgument()
    {
        var client = new EventsClient(Substitute.For<IApiConnection>());

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => client.GetAll(""));
        Assert.That(exception.ParamName, Is.EqualTo("owner"));
    }
}
