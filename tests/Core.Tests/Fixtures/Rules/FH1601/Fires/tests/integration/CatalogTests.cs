using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Integration;

[TestClass]
public class CatalogTests
{
    [TestMethod]
    public void ExportCatalog_WritesCsv()
    {
        Assert.AreEqual(3, new CatalogExporter().ExportCatalog().Rows);
    }
}
