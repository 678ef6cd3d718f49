using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Unit.SampleClasses;

namespace Shop.Tests.Unit;

[TestClass]
public class HelperUsersTests
{
    [TestMethod, SpyBeforeAfterTest]
    public void ReadsBoolean() => Assert.AreEqual("no", new BooleanTest().ToString());

    [TestMethod]
    public void ReadsMood() => Assert.AreEqual(Mood.SoSo, new MoodHolder { Mood = Mood.SoSo }.Mood);

    [TestMethod]
    public async Task Analyzes()
    {
        var test = AnalyzerTest.Create<NameAnalyzer>("class C { }");
        await test.RunAsync();
    }
}
