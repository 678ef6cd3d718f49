using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace FloeHarden.Core.Discovery;

/// <summary>The build of a project the C# frontend models: its target framework (null: not known, a modern .NET one) and the symbols its build files define.</summary>
/// <param name="OtherSymbols">Symbols another build of the project defines (another target framework's, another condition's): code under them is compiled, just not in the modelled build.</param>
internal sealed record ProjectBuild(string? TargetFramework, ImmutableArray<string> Symbols, ImmutableArray<string> OtherSymbols);

/// <summary>
/// The literal <c>&lt;DefineConstants&gt;</c> symbols a project's build defines, read from its .csproj, the
/// <c>Directory.Build.props</c>/<c>Directory.Build.targets</c> it imports (the nearest above it, and the next one up
/// when that one imports it) and the files any of them <c>&lt;Import&gt;</c>s by a literal path (relative, or from
/// <c>$(MSBuildThisFileDirectory)</c>/<c>$(MSBuildProjectDirectory)</c>; others are ignored). No MSBuild evaluation: one
/// build is modelled — Debug, AnyCPU and ONE target framework, the highest modern .NET one the project lists
/// (<c>&lt;TargetFramework(s)&gt;</c>, literal or from a property the files set), or its highest .NET Framework one when
/// it targets only .NET Framework; when none is known, a modern .NET one. A <c>Condition</c> (on the property or its
/// group) is judged against that build: a comparison of <c>$(TargetFramework)</c>, <c>$(TargetFrameworkIdentifier)</c>,
/// <c>$(Configuration)</c> or <c>$(Platform)</c>, <c>IsTargetFrameworkCompatible</c>, <c>StartsWith</c>/<c>Contains</c> on
/// them, joined by and/or/!; one that depends on anything else (<c>'$(CI)' == 'true'</c>, an OS check) does not hold.
/// Symbols of different target frameworks are never merged: tests only another target compiles are left out, like its
/// <c>#if</c> regions, and its symbols are kept aside (<see cref="ProjectBuild.OtherSymbols"/>).
/// </summary>
internal static partial class ProjectSymbols
{
    /// <summary>One build file and what it imports, in order; null for a file that is missing or not XML.</summary>
    internal sealed record BuildFile(string Path, XElement? Root);

    public static ProjectBuild Read(string projectPath, Func<string, string, IReadOnlyList<BuildFile>> buildFiles, Func<string, XElement?> load) =>
        FromFiles(BuildFilesOf(projectPath, buildFiles, load).Select(f => f.Root).OfType<XElement>().ToList());

    /// <summary>
    /// The files a project's build reads, in MSBuild's order: the Directory.Build.props it imports, the project file itself with
    /// what it imports, then the Directory.Build.targets.
    /// </summary>
    internal static IReadOnlyList<BuildFile> BuildFilesOf(string projectPath, Func<string, string, IReadOnlyList<BuildFile>> buildFiles, Func<string, XElement?> load)
    {
        var files = new List<BuildFile>();
        var directory = Path.GetDirectoryName(projectPath);
        if (directory is not null)
        {
            files.AddRange(buildFiles(directory, "Directory.Build.props"));
        }

        files.AddRange(WithImports(projectPath, load));
        if (directory is not null)
        {
            files.AddRange(buildFiles(directory, "Directory.Build.targets"));
        }

        return files;
    }

    /// <summary>
    /// The packages build files add to a project (<c>&lt;PackageReference Include="…"&gt;</c>) whose condition, and whose
    /// item group's, holds for the modelled build: a shared props file's <c>Condition="'$(IsTestProject)' == 'true'"</c>
    /// group depends on something else and adds nothing here.
    /// </summary>
    internal static IEnumerable<string> PackageReferences(IEnumerable<XElement> roots, string? targetFramework) =>
        roots.SelectMany(r => r.Descendants())
            .Where(e => e.Name.LocalName == "PackageReference" && e.Parent?.Name.LocalName == "ItemGroup"
                        && Holds(e.Attribute("Condition")?.Value, targetFramework) && Holds(e.Parent.Attribute("Condition")?.Value, targetFramework))
            .Select(e => e.Attribute("Include")?.Value.Trim())
            .OfType<string>()
            .Where(id => id.Length > 0);

    /// <summary>Whether build files set <c>&lt;IsTestProject&gt;true&lt;/IsTestProject&gt;</c> under conditions that hold for the modelled build.</summary>
    internal static bool SetsTestProject(IEnumerable<XElement> roots, string? targetFramework) =>
        roots.SelectMany(r => r.Descendants())
            .Any(e => e.Name.LocalName == "IsTestProject" && e.Parent?.Name.LocalName == "PropertyGroup" && !e.HasElements
                      && e.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
                      && Holds(e.Attribute("Condition")?.Value, targetFramework) && Holds(e.Parent.Attribute("Condition")?.Value, targetFramework));

    /// <summary>A file and, depth first, every file it imports by a literal path (each once: cycles and diamonds are cut).</summary>
    internal static IReadOnlyList<BuildFile> WithImports(string path, Func<string, XElement?> load)
    {
        var result = new List<BuildFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(Path.GetFullPath(path), Path.GetDirectoryName(Path.GetFullPath(path)) ?? "");
        return result;

        void Visit(string file, string projectDirectory)
        {
            if (!seen.Add(file) || seen.Count > 64)
            {
                return;
            }

            var root = load(file);
            result.Add(new BuildFile(file, root));
            if (root is null)
            {
                return;
            }

            var directory = Path.GetDirectoryName(file) ?? "";
            foreach (var import in root.Elements().Where(e => e.Name.LocalName == "Import")
                         .Concat(root.Elements().Where(e => e.Name.LocalName == "ImportGroup" && ImportHolds(e, directory)).SelectMany(g => g.Elements().Where(e => e.Name.LocalName == "Import"))))
            {
                if (import.Attribute("Sdk") is not null || !ImportHolds(import, directory) || ImportPath(import.Attribute("Project")?.Value, directory, projectDirectory) is not { } target)
                {
                    continue;
                }

                Visit(target, projectDirectory);
            }
        }
    }

    /// <summary>An import's condition: none, an <c>Exists('…')</c> of a literal path, or one that holds for the modelled build.</summary>
    private static bool ImportHolds(XElement import, string directory)
    {
        var condition = import.Attribute("Condition")?.Value;
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        var exists = ExistsCall().Match(condition);
        return exists.Success ? ImportPath(exists.Groups[1].Value, directory, directory) is { } path && File.Exists(path) : Holds(condition);
    }

    /// <summary>The full path of a literal import (relative to the importing file, or from the file's or project's directory); null otherwise.</summary>
    private static string? ImportPath(string? project, string directory, string projectDirectory)
    {
        if (string.IsNullOrWhiteSpace(project))
        {
            return null;
        }

        var path = project.Trim()
            .Replace("$(MSBuildThisFileDirectory)", directory + "/", StringComparison.OrdinalIgnoreCase)
            .Replace("$(MSBuildProjectDirectory)", projectDirectory, StringComparison.OrdinalIgnoreCase)
            .Replace('\\', '/');
        if (path.Contains("$(", StringComparison.Ordinal) || path.Contains('*') || path.Contains('%') || path.Contains('@'))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(directory, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>A build file's root element, or null when it is missing, unreadable or not XML.</summary>
    public static XElement? Load(string path)
    {
        try
        {
            return File.Exists(path) ? XDocument.Parse(File.ReadAllText(path)).Root : null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or XmlException)
        {
            return null;
        }
    }

    /// <summary>Whether a Directory.Build file imports the one above it (<c>GetPathOfFileAbove('Directory.Build.props', …)</c>, <c>../Directory.Build.props</c>).</summary>
    public static bool ImportsParent(string path, string fileName)
    {
        try
        {
            var text = File.ReadAllText(path);
            return text.Contains("<Import", StringComparison.OrdinalIgnoreCase) && text.Contains(fileName, StringComparison.OrdinalIgnoreCase)
                && (text.Contains("GetPathOfFileAbove", StringComparison.OrdinalIgnoreCase) || text.Contains("../" + fileName, StringComparison.OrdinalIgnoreCase)
                    || text.Contains("..\\" + fileName, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>The modelled build of a project file's text alone (tests).</summary>
    internal static ProjectBuild FromText(string text)
    {
        try
        {
            return XDocument.Parse(text).Root is { } root ? FromFiles([root]) : new ProjectBuild(null, [], []);
        }
        catch (XmlException)
        {
            return new ProjectBuild(null, [], []);
        }
    }

    internal static ProjectBuild FromFiles(IReadOnlyList<XElement> roots)
    {
        var elements = roots.SelectMany(r => r.Descendants()).ToList();
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in elements.Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && !e.HasElements
                     && e.Attribute("Condition") is null && e.Parent.Attribute("Condition") is null))
        {
            properties[element.Name.LocalName] = element.Value;
        }

        var frameworks = elements
            .Where(e => e.Name.LocalName is "TargetFramework" or "TargetFrameworks" && e.Parent?.Name.LocalName == "PropertyGroup")
            .SelectMany(e => Expand(e.Value, properties, 0).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(f => !f.Contains("$(", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var target = Framework.Choose(frameworks);
        var build = new Build(target, string.Join(';', frameworks));

        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in elements.Where(e => e.Name.LocalName == "DefineConstants"))
        {
            var holds = Holds(element.Attribute("Condition")?.Value, build) && Holds(element.Parent?.Attribute("Condition")?.Value, build);
            foreach (var part in element.Value.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Symbol().IsMatch(part))
                {
                    (holds ? symbols : others).Add(part);
                }
            }
        }

        foreach (var other in frameworks.Where(f => !f.Equals(target, StringComparison.OrdinalIgnoreCase)))
        {
            others.UnionWith(FrameworkSymbols(other));
        }

        var implicitSymbols = FrameworkSymbols(target);
        others.ExceptWith(symbols);
        others.ExceptWith(implicitSymbols);
        return new ProjectBuild(target, [.. symbols], [.. others]);
    }

    /// <summary>$(Name) references to properties the files set unconditionally, a few levels deep.</summary>
    private static string Expand(string value, Dictionary<string, string> properties, int depth) =>
        depth > 4 || !value.Contains("$(", StringComparison.Ordinal)
            ? value
            : PropertyReference().Replace(value, m => properties.TryGetValue(m.Groups[1].Value, out var v) && !v.Contains("$(" + m.Groups[1].Value + ")", StringComparison.OrdinalIgnoreCase)
                ? Expand(v, properties, depth + 1)
                : m.Value);

    /// <summary>
    /// The symbols the SDK defines for a target framework in the Debug configuration (docs: "Preprocessor symbols" in
    /// learn.microsoft.com/dotnet/standard/frameworks); null or an unknown one: a .NET 10 build without the exact version
    /// symbol (what the frontend modelled before it knew the project's targets).
    /// </summary>
    public static ImmutableArray<string> FrameworkSymbols(string? targetFramework)
    {
        var parsed = targetFramework is null ? null : Framework.Parse(targetFramework);
        var symbols = new List<string> { "DEBUG", "TRACE" };
        if (parsed is null)
        {
            symbols.AddRange(["NETCOREAPP", "NET"]);
            symbols.AddRange(Framework.CoreAppVersions.Select(v => $"NETCOREAPP{v.Replace('.', '_')}_OR_GREATER"));
            symbols.AddRange(Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER"));
            return [.. symbols];
        }

        var (kind, version, platform) = parsed.Value;
        switch (kind)
        {
            case FrameworkKind.Net:
                symbols.AddRange(["NETCOREAPP", "NET", $"NET{version.Major}_{version.Minor}"]);
                symbols.AddRange(Framework.CoreAppVersions.Select(v => $"NETCOREAPP{v.Replace('.', '_')}_OR_GREATER"));
                symbols.AddRange(Enumerable.Range(5, Math.Max(0, version.Major - 4)).Select(v => $"NET{v}_0_OR_GREATER"));
                if (platform.Length > 0)
                {
                    symbols.Add(platform.ToUpperInvariant());
                }

                break;
            case FrameworkKind.CoreApp:
                symbols.AddRange(["NETCOREAPP", $"NETCOREAPP{version.Major}_{version.Minor}"]);
                symbols.AddRange(Framework.CoreAppVersions.Where(v => Version.Parse(v) <= version).Select(v => $"NETCOREAPP{v.Replace('.', '_')}_OR_GREATER"));
                break;
            case FrameworkKind.NetFramework:
                symbols.AddRange(["NETFRAMEWORK", "NET" + targetFramework![3..].ToUpperInvariant()]);
                symbols.AddRange(Framework.NetFrameworkVersions.Where(v => Framework.NetFrameworkVersion(v) <= version).Select(v => $"NET{v}_OR_GREATER"));
                break;
            case FrameworkKind.NetStandard:
                symbols.AddRange(["NETSTANDARD", $"NETSTANDARD{version.Major}_{version.Minor}"]);
                symbols.AddRange(Framework.NetStandardVersions.Where(v => Version.Parse(v) <= version).Select(v => $"NETSTANDARD{v.Replace('.', '_')}_OR_GREATER"));
                break;
        }

        return [.. symbols.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether a condition holds for the default modelled build (a modern .NET target not known by name, Debug, AnyCPU).</summary>
    internal static bool Holds(string? condition) => Holds(condition, new Build(null, ""));

    /// <summary>Whether a condition holds for a project's modelled build.</summary>
    internal static bool Holds(string? condition, string? targetFramework) => Holds(condition, new Build(targetFramework, targetFramework ?? ""));

    private static bool Holds(string? condition, Build build) =>
        string.IsNullOrWhiteSpace(condition) || new ConditionEvaluator(condition, build).Evaluate() == true;

    internal sealed record Build(string? TargetFramework, string TargetFrameworks);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyReference();

    [GeneratedRegex(@"^\s*Exists\(\s*'([^']*)'\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExistsCall();
}
