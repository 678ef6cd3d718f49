using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>One of the demo data products shipped in the floe repository under <c>demo/&lt;name&gt;</c>.
/// Its Dagster code location has the product's name; its Iceberg namespace is the dbt project name
/// (non-identifier characters replaced by '_'), with seeds in <c>&lt;namespace&gt;_raw</c>.</summary>
public sealed partial record DemoProduct(string Name)
{
    public static readonly DemoProduct Customer360 = new("customer-360");
    public static readonly DemoProduct IotTelemetry = new("iot-telemetry");
    public static readonly DemoProduct FinancialRisk = new("financial-risk");

    public static IReadOnlyList<DemoProduct> All { get; } = [Customer360, IotTelemetry, FinancialRisk];

    public string Namespace => NonIdentifier().Replace(Name, "_").Trim('_');

    public string SeedNamespace => Namespace + "_raw";

    public static string ManifestPath(string repo) => Path.Combine(repo, "demo", "manifest.yaml");

    public string Directory(string repo) => Path.Combine(repo, "demo", Name);

    public string SpecPath(string repo) => Path.Combine(Directory(repo), "floe.yaml");

    /// <summary>The transform (dbt model) names the product's floe.yaml declares; each becomes an Iceberg table.</summary>
    public IReadOnlyList<string> Transforms(string repo)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(SpecPath(repo)))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("transforms"), out var transforms) && transforms is YamlSequenceNode list
            ? [.. list.Children.OfType<YamlMappingNode>().Select(t => ((YamlScalarNode)t.Children[new YamlScalarNode("name")]).Value!)]
            : [];
    }

    /// <summary>Seed tables: one per CSV under <c>seeds/</c>.</summary>
    public IReadOnlyList<string> Seeds(string repo) =>
        [.. System.IO.Directory.EnumerateFiles(Path.Combine(Directory(repo), "seeds"), "*.csv").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public override string ToString() => Name;

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NonIdentifier();
}
