using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace FloeHarden.Tests.Shared;

/// <summary>
/// src/Tool/ReadyToRun.targets, as a package ships it: on a linux-x64 build machine every managed assembly under a
/// package folder carries code precompiled by crossgen2 (a ReadyToRun header) and still its IL and metadata, so other
/// platforms JIT it as before. Shared by the tool's and the MSBuild package's tests (linked source).
/// </summary>
public static class ReadyToRunImages
{
    /// <summary>Null on a linux-x64 machine; otherwise why nothing is precompiled here (the test is inconclusive, not passed).</summary>
    public static string? NotCompiledHere => RuntimeInformation.RuntimeIdentifier == "linux-x64"
        ? null
        : $"ReadyToRun is compiled on linux-x64 build machines only; this is {RuntimeInformation.RuntimeIdentifier}";

    /// <summary>The names of the .dll files under <paramref name="folder"/> in the package, and what is wrong with each that is not a ReadyToRun image with metadata.</summary>
    public static (IReadOnlyList<string> Assemblies, IReadOnlyList<string> Problems) Check(string nupkg, string folder)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var assemblies = new List<string>();
        var problems = new List<string>();
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)))
        {
            assemblies.Add(entry.Name);
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            content.Position = 0;
            using var pe = new PEReader(content);
            if (!pe.HasMetadata)
            {
                problems.Add($"{entry.FullName} has no metadata");
            }
            else if (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size == 0)
            {
                problems.Add($"{entry.FullName} is IL only: it was not compiled ReadyToRun");
            }
        }

        return (assemblies, problems);
    }
}
