using YamlDotNet.RepresentationModel;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>A throw-away copy of the floe repository's <c>demo/</c> folder, so scenarios can change
/// the manifest or write dbt output without touching the user's checkout.</summary>
public sealed class DemoWorkspace : IDisposable
{
    private DemoWorkspace(string root) => Root = root;

    /// <summary>Stands in for FLOE_REPO: contains <c>demo/</c>.</summary>
    public string Root { get; }

    public string ManifestPath => DemoProduct.ManifestPath(Root);

    public static DemoWorkspace CopyFrom(string repo)
    {
        var root = Directory.CreateTempSubdirectory("floe-demo-").FullName;
        CopyDirectory(Path.Combine(repo, "demo"), Path.Combine(root, "demo"));
        return new DemoWorkspace(root);
    }

    /// <summary>Sets a scalar in the manifest, e.g. <c>("governance", "policy_enforcement_level")</c>, creating mappings on the way.</summary>
    public void SetManifestValue(string value, params string[] path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(ManifestPath))
        {
            yaml.Load(reader);
        }

        var node = (YamlMappingNode)yaml.Documents[0].RootNode;
        foreach (var key in path[..^1])
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var child) || child is not YamlMappingNode mapping)
            {
                mapping = [];
                node.Children[new YamlScalarNode(key)] = mapping;
            }

            node = mapping;
        }

        node.Children[new YamlScalarNode(path[^1])] = new YamlScalarNode(value);
        using var writer = File.CreateText(ManifestPath);
        yaml.Save(writer, assignAnchors: false);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the scenario's outcome matters more.
        }
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }
}
