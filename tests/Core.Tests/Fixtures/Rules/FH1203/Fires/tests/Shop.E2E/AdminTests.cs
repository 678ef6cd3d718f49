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

    [TestMethod]
    public async Task Reports_Load()
    {
        // A Uri handed to a client (not taken apart on the spot) is where the client connects.
        using var http = new HttpClient { BaseAddress = new System.Uri("http://reports:8500/") }; // plant: FH1203
        Assert.AreEqual("ok", await http.GetStringAsync(new System.Uri("http://localhost:7000/ping"))); // plant: FH1203
    }
}
