namespace Shop.Tests.Unit; // plant: FH1507

// Named like a test file, declares no type of its name, and nothing uses what it declares.
public class Leftovers
{
    public void Run() { }
}
