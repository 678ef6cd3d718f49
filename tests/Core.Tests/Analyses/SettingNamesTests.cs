using FloeHarden.Core.Analyses.Values;

namespace FloeHarden.Core.Tests.Analyses;

[TestClass]
public sealed class SettingNamesTests
{
    [TestMethod]
    [DataRow("MINIO_SECRET_KEY", "minio secretkey")]
    [DataRow("minio.auth.rootPassword", "minio auth root password")]
    [DataRow("polaris.auth.bootstrapCredentials.clientSecret", "polaris auth bootstrap credential client secret")]
    [DataRow("PolarisTestSettings.ClientSecret", "polaris client secret")]
    [DataRow("AWS_SECRET_ACCESS_KEY", "aws secretkey")]
    [DataRow("AWS_ACCESS_KEY_ID", "aws accesskey")]
    [DataRow("S3EndpointURL", "s3 endpoint url")]
    [DataRow("minio.buckets[0].name", "minio bucket")]
    [DataRow("Polaris:DefaultCatalog", "polaris catalog")]
    [DataRow("db_user_name", "db username")]
    public void Tokenize_SplitsConventionsAlike(string name, string expected)
    {
        Assert.AreEqual(expected, string.Join(' ', SettingNames.Tokenize(name)));
    }

    [TestMethod]
    [DataRow("MINIO_SECRET_KEY", "minio.auth.rootPassword", true)]
    [DataRow("MINIO_SECRET_KEY", "minio.auth.secretKey", true)]
    [DataRow("MINIO_ROOT_USER", "minio.auth.rootUser", false)]
    [DataRow("MINIO_ACCESS_KEY", "minio.auth.rootUser", true)]
    [DataRow("POLARIS_CLIENT_SECRET", "polaris.auth.bootstrapCredentials.clientSecret", true)]
    [DataRow("PolarisSettings.BaseUrl", "polaris.service.host", false)]
    [DataRow("polaris_namespace", "polaris.namespace", false)]
    [DataRow("KafkaBootstrapServers", "kafka.bootstrapServers", false)]
    public void Match_PairsOneSettingAcrossConventions(string test, string values, bool credential)
    {
        var match = SettingNames.Match(test, values);

        Assert.IsNotNull(match, $"{test} should match {values}");
        Assert.AreEqual(credential, match.IsCredential);
        Assert.IsGreaterThanOrEqualTo(10, match.Score);
    }

    [TestMethod]
    [DataRow("password", "minio.auth.rootPassword")]
    [DataRow("MINIO_PASSWORD", "postgres.auth.password")]
    [DataRow("MINIO_ROOT_USER", "minio.auth.rootPassword")]
    [DataRow("MINIO_ENDPOINT", "minio.service.port")]
    [DataRow("AuthSettings.Password", "postgres.auth.password")]
    [DataRow("ServiceToken", "polaris.service.token")]
    [DataRow("MINIO_BUCKET", "minio.replicas")]
    public void Match_RejectsPairsWithoutAComponentOrOfAnotherKind(string test, string values)
    {
        Assert.IsNull(SettingNames.Match(test, values), $"{test} must not match {values}");
    }

    [TestMethod]
    public void Match_ExplainsWhyTheNamesAreOneSetting()
    {
        var match = SettingNames.Match("MINIO_SECRET_KEY", "minio.auth.rootPassword");

        Assert.AreEqual("both name `minio`, and `secretkey` ~ `password` (both a secret)", match!.Reason);
    }

    [TestMethod]
    public void Match_PrefersTheCloserKey()
    {
        var secretKey = SettingNames.Match("MINIO_ROOT_PASSWORD", "minio.auth.secretKey")!;
        var rootPassword = SettingNames.Match("MINIO_ROOT_PASSWORD", "minio.auth.rootPassword")!;

        Assert.IsGreaterThan(secretKey.Score, rootPassword.Score);
    }

    [TestMethod]
    public void MatchPort_PairsAnAddressWithTheComponentsPort()
    {
        var match = SettingNames.MatchPort(SettingNames.Tokenize("POLARIS_URI"), SettingNames.Tokenize("polaris.service.port"));

        Assert.AreEqual("both name `polaris`, and the port of `uri` is `port`", match!.Reason);
        Assert.IsNull(SettingNames.MatchPort(SettingNames.Tokenize("POLARIS_CATALOG"), SettingNames.Tokenize("polaris.service.port")));
    }
}
