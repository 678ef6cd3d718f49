namespace FloeHarden.Core.Tests.Support;

/// <summary>A small repository written to a temp folder for one test, deleted when disposed.</summary>
public sealed class TempTree : IDisposable
{
    public TempTree() => Root = Directory.CreateTempSubdirectory("floe-tree-").FullName;

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (forward slashes) under the root.</summary>
    public TempTree Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
