using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.E2E;

[TestClass]
public class AdminTests
{
    [TestMethod]
    public async Task Admin_Loads()
    {
        using var http = new HttpClient();
        // localhost:3000 was first written in AdminTests.cs (ordinal path order), so the aggregated finding is here.
        var page = await http.GetStringAsync("http://localhost:3000/admin"); // plant: FH1203
        Assert.AreEqual("Admin", page);
    }
}
