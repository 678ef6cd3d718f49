using Xunit; // plant: FH1507

namespace Shop.Tests.Unit;

public class LeftoverTest
{
    private readonly int _seed = 42;
}
