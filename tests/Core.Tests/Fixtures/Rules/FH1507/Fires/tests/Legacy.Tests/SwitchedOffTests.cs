#if DISABLED_UNTIL_V2 // plant: FH1507
using Xunit;

namespace Legacy.Tests;

// Switched off with a symbol no build defines: dead, whatever the target.
public class SwitchedOffTests
{
    [Fact]
    public void Works()
    {
        Assert.Equal(1, 1);
    }
}
#endif
