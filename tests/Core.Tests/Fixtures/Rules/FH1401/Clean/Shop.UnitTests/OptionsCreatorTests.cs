using Xunit;

namespace Shop.UnitTests;

/// <summary>A creator under test maps its input to a new value: the returned value is the behaviour, there is no effect to read back.</summary>
public class CacheOptionsCreatorTests
{
    private readonly CacheOptionsCreator _creator = new CacheOptionsCreator();
    private readonly DownstreamRequestCreator _downstreamRequestCreator = new DownstreamRequestCreator();

    [Fact]
    public void Should_create_region_from_key()
    {
        var actual = _creator.Create(new FileRoute("testKey", 5));
        Assert.Equal("testKey", actual.Region);
    }

    [Fact]
    public void Should_create_timeout_from_route()
    {
        var timeout = _creator.CreateTimeout(new FileRoute("k", 7));
        Assert.Equal(7, timeout.Seconds);
    }

    [Fact]
    public void Should_map_the_request()
    {
        var request = _downstreamRequestCreator.Create(new HttpRequestMessage(HttpMethod.Get, "http://a/b"));
        Assert.Equal("/b", request.AbsolutePath);
    }
}
