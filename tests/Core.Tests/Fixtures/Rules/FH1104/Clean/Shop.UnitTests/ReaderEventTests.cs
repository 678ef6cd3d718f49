using System;
using System.Threading.Tasks;
using Moq;
using Xunit;

namespace Shop.UnitTests;

public interface IReader
{
    event Func<string, Task> LineRead;
}

public class ReaderEventTests
{
    [Fact]
    public async Task RaisingTheAsyncEvent_ReachesTheSubscriber()
    {
        var reader = new Mock<IReader>();
        var seen = "";
        reader.Object.LineRead += line => { seen = line; return Task.CompletedTask; };

        await reader.RaiseAsync(r => r.LineRead += null, "order A-1");

        Assert.Equal("order A-1", seen);
    }
}
