using Xunit;

namespace Shop.UnitTests;

public abstract class ReplyTestBase
{
    protected static int ParseReply(string reply)
    {
        var parsed = int.Parse(reply.Trim().TrimStart(':'));
        Assert.True(parsed >= 0, reply);
        return parsed;
    }
}
