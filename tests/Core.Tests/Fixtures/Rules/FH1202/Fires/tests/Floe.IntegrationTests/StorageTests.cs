using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Floe.IntegrationTests;

public class StorageTests
{
    private const string Bucket = "floe-warehouse"; // reported once, at its first occurrence (NamespaceTests.cs)

    [Fact]
    public async Task Upload_LandsInBucket()
    {
        var client = new StorageClient("http://localhost:9000", "minio", "minioadmin123"); // plant: FH1202, FH1202
        var key = await client.PutObjectAsync("floe-warehouse", "a.parquet", new byte[] { 1 });
        var listed = await client.ListObjectsAsync(Bucket);
        Assert.Contains(key, listed);
    }

    [Fact]
    public async Task Catalog_Exists()
    {
        using var http = new HttpClient();
        var body = await http.GetStringAsync("http://localhost:8181/api/management/v1/catalogs"); // plant: FH1202
        Assert.Contains("floe_catalog", body); // plant: FH1202
    }
}
