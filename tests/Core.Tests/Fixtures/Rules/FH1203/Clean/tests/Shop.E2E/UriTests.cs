using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.E2E;

[TestClass]
public class UriTests
{
    [TestMethod]
    public void Uri_IsParsed()
    {
        // A System.Uri parsed or taken apart on the spot is URL data, not a place to connect to.
        Assert.AreEqual(8080, new Uri("http://localhost:8080/x").Port);
        Assert.AreEqual("catalog", new UriBuilder("http://catalog:8181/").Host);
        Assert.IsTrue(Uri.TryCreate("http://127.0.0.1:5000", UriKind.Absolute, out _));
        Assert.IsTrue(Uri.IsWellFormedUriString("http://minio:9000/bucket", UriKind.Absolute));
    }
}
