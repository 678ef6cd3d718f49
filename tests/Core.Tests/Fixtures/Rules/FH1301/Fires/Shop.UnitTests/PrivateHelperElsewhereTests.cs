using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class GraphRunTests
{
    // graph.Run is the library's method: another class's private Run (and its assertion) is out of reach.
    [TestMethod]
    public void Graph_Runs() // plant: FH1301
    {
        var graph = Graphs.Create();
        graph.Run(Materializer.Default);
    }
}

[TestClass]
public class SupervisionRunTests
{
    private int Run(int[] xs)
    {
        Assert.AreEqual(3, xs.Length);
        return xs.Length;
    }

    [TestMethod]
    public void Counts() => Run(new[] { 1, 2, 3 });
}
