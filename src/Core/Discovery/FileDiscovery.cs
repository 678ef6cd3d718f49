using System.Collections.Frozen;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Discovery;

public sealed record DiscoveryResult(
    ImmutableArray<DiscoveredFile> Files,
    ImmutableArray<string> ValuesFiles,
    ImmutableArray<SkippedPath> Skipped,
    int ExcludedCount)
{
    /// <summary>Folders matched by the <c>plugins</c> globs (root-relative), with their project or package file.</summary>
    public ImmutableArray<PluginFolder> PluginFolders { get; init; } = [];

    /// <summary>
    /// The repository uses MarkdownSnippets: an <c>mdsnippets.json</c> in the audited folder or a folder above it, up to the
    /// repository's root (the folder holding <c>.git</c>). Its <c>#region key</c> blocks are documentation snippets.
    /// </summary>
    public bool UsesMarkdownSnippets { get; init; }
}

public sealed record SkippedPath(string RelativePath, string Reason);

/// <summary>
/// Walks the audited tree once: test sources (C# files of test projects or test folders, Python test files and
/// the helpers beside them) and Helm values files. Never follows directory links, never writes.
/// </summary>
public static partial class FileDiscovery
{
    private static readonly FrozenSet<string> PrunedDirectories = new[]
    {
        ".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".tox", ".nox",
        ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".vs", "TestResults", ".floe-audit", "site-packages",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Folder names virtual environments usually get, pruned only when they hold one (<c>pyvenv.cfg</c>): tests of
    /// environment handling live in folders named <c>env</c> too (poetry's <c>tests/utils/env/</c>).
    /// </summary>
    private static readonly FrozenSet<string> VirtualEnvironmentNames = new[] { "venv", "env", "virtualenv" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// .NET build output folders: pruned beside a project, solution or Directory.Build file (where the SDK puts them), or
    /// when they hold a build's layout. Elsewhere they are walked (Python's <c>tests/bin/</c> tests a <c>bin</c> package), but
    /// no C# file under one is read.
    /// </summary>
    private static readonly FrozenSet<string> BuildOutputNames = new[] { "bin", "obj" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // References, not mere mentions: a library's <PackageTags>mstest;xunit</PackageTags> does not make it a test project.
    private static readonly string[] TestProjectMarkers = ["<IsTestProject>true", "Sdk=\"MSTest.Sdk"];

    /// <summary>
    /// The packages only a test project references: a framework with its runner or test host. Matched by exact id, so the
    /// packages a test-framework extension library ships against (<c>xunit.extensibility.core</c>, <c>xunit.abstractions</c>,
    /// <c>xunit.assert</c>) and the analyzers (<c>xunit.analyzers</c>, <c>NUnit.Analyzers</c>, <c>MSTest.Analyzers</c>) do not
    /// make a library (Testcontainers.Xunit, Verify.Xunit) a test project.
    /// </summary>
    private static readonly FrozenSet<string> TestPackages = new[]
    {
        "Microsoft.NET.Test.Sdk", "xunit.runner.visualstudio", "xunit.runner.console", "xunit.v3",
        "xunit.v3.mtp-v1", "xunit.v3.mtp-v2", "xunit.v3.mtp-off", "xunit.v3.runner.console", "NUnit3TestAdapter", "NUnitLite",
        "MSTest", "MSTest.TestAdapter", "TUnit", "TUnit.Engine",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A test framework without its runner or test host: what a test project references when the runner comes from elsewhere
    /// (a shared props file, the CI's console runner), and also what a library extending the framework ships against
    /// (AutoFixture.NUnit3 references <c>NUnit</c>, AutoFixture.Xunit <c>xunit</c> 1.x). A test project unless the project says it
    /// is a library (<see cref="ProjectIndex.IsLibrary"/>).
    /// </summary>
    private static readonly FrozenSet<string> FrameworkPackages = new[]
    {
        "xunit", "xunit.core", "xunit.v3.core", "NUnit", "MSTest.TestFramework",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static DiscoveryResult Discover(string root, AuditConfig config)
    {
        root = Path.GetFullPath(root);
        var files = new List<DiscoveredFile>();
        var values = new List<string>();
        var skipped = new List<SkippedPath>();
        var excluded = 0;
        var projects = new ProjectIndex(root);

        // Audited at a test folder itself (floe-audit tests/): its own name marks what is below it, as it would one level up.
        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
        var rootSegment = HasTestSegment(rootName + "/file") ? rootName + "/" : "";
        var pythonRootSegment = rootSegment.Length > 0 ? rootSegment : rootName == "t" ? "t/" : "";

        // Python files under a folder named t (kombu's and celery's t/unit, t/integration), kept until the walk tells whether
        // a test module lies under that t folder: only then is it a test root and its support modules test code.
        var underT = new List<(DiscoveredFile File, string Path)>();
        var testRootsNamedT = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        var plugins = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifests = new Dictionary<string, string>(StringComparer.Ordinal);

        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                skipped.Add(new SkippedPath(Relative(root, directory), $"directory unreadable: {e.Message}"));
                continue;
            }

            if (plugins.ContainsKey(directory) && ManifestOf(entries) is { } manifest)
            {
                manifests[directory] = Relative(root, manifest.FullName);
            }

            foreach (var entry in entries)
            {
                var relative = Relative(root, entry.FullName);
                if (entry is DirectoryInfo dir)
                {
                    if (PrunedDirectories.Contains(dir.Name) || dir.LinkTarget is not null || (BuildOutputNames.Contains(dir.Name) && IsBuildOutput(dir, entries))
                        || (VirtualEnvironmentNames.Contains(dir.Name) && File.Exists(Path.Combine(dir.FullName, "pyvenv.cfg"))))
                    {
                        continue;
                    }

                    if (config.IsExcluded(entry.FullName, isDirectory: true))
                    {
                        excluded++;
                        continue;
                    }

                    if (config.IsPluginFolder(dir.FullName, relative))
                    {
                        plugins[dir.FullName] = relative;
                    }

                    pending.Push(dir.FullName);
                    continue;
                }

                if (entry is not FileInfo file || file.LinkTarget is not null)
                {
                    continue;
                }

                if (config.IsValuesFile(file.FullName))
                {
                    if (!config.IsExcluded(file.FullName, isDirectory: false))
                    {
                        values.Add(file.FullName);
                    }

                    continue;
                }

                var language = LanguageOf(file.Name);
                if (language is null)
                {
                    continue;
                }

                if (config.IsExcluded(file.FullName, isDirectory: false))
                {
                    excluded++;
                    continue;
                }

                if (language == SourceLanguage.CSharp && InBuildOutput(relative))
                {
                    continue;
                }

                var project = language == SourceLanguage.CSharp ? projects.ProjectOf(file.DirectoryName!) : null;
                var isTestSource = language == SourceLanguage.CSharp
                    ? project?.IsTestProject == true || HasTestSegment(rootSegment + relative) || config.IsTierPath(file.FullName)
                      || (project?.IsTestKit == true && DeclaresTests(file))
                    : IsPythonTestSource(rootSegment + relative, file.Name) || config.IsTierPath(file.FullName);
                var underTestRootT = language == SourceLanguage.Python && HasSegmentT(pythonRootSegment + relative);
                if (underTestRootT && IsPythonTestModuleName(file.Name))
                {
                    AddFoldersNamedT(pythonRootSegment + relative, testRootsNamedT);
                }

                if (!isTestSource && !underTestRootT)
                {
                    continue;
                }

                var discovered = new DiscoveredFile(file.FullName, relative, language.Value, project?.Name ?? PythonPackageOf(relative), file.Length)
                {
                    DefineConstants = project?.Build.Symbols ?? [],
                    TargetFramework = project?.Build.TargetFramework,
                    OtherBuildSymbols = project?.Build.OtherSymbols ?? [],
                };
                if (!isTestSource)
                {
                    underT.Add((discovered, pythonRootSegment + relative));
                    continue;
                }

                files.Add(discovered);
            }
        }

        foreach (var (file, path) in underT)
        {
            if (FoldersNamedT(path).Any(testRootsNamedT.Contains))
            {
                files.Add(file);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        values.Sort(StringComparer.Ordinal);
        return new DiscoveryResult([.. files], [.. values], [.. skipped], excluded)
        {
            PluginFolders = [.. plugins.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => new PluginFolder(p.Value, manifests.GetValueOrDefault(p.Key)))],
            UsesMarkdownSnippets = UsesMarkdownSnippets(root),
        };
    }

    /// <summary>See <see cref="DiscoveryResult.UsesMarkdownSnippets"/>.</summary>
    private static bool UsesMarkdownSnippets(string root)
    {
        for (var dir = string.IsNullOrEmpty(root) ? null : new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "mdsnippets.json")))
            {
                return true;
            }

            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A bin/obj folder beside a .NET project, solution or Directory.Build file, or holding a build's layout.</summary>
    private static bool IsBuildOutput(DirectoryInfo folder, IEnumerable<FileSystemInfo> siblings)
    {
        if (siblings.Any(e => e is FileInfo f && (f.Name.StartsWith("Directory.Build.", StringComparison.OrdinalIgnoreCase)
            || f.Extension.ToLowerInvariant() is ".csproj" or ".fsproj" or ".vbproj" or ".sln" or ".slnx" or ".slnf")))
        {
            return true;
        }

        try
        {
            return folder.EnumerateFileSystemInfos().Any(e => e.Name.Equals("Debug", StringComparison.OrdinalIgnoreCase) || e.Name.Equals("Release", StringComparison.OrdinalIgnoreCase)
                || e.Name.Equals("project.assets.json", StringComparison.OrdinalIgnoreCase) || e.Extension.Equals(".dll", StringComparison.OrdinalIgnoreCase)
                || e.Extension.Equals(".pdb", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>Whether a root-relative file path lies under a bin/obj folder: build output for C#, never source.</summary>
    private static bool InBuildOutput(string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (BuildOutputNames.Contains(segments[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file that describes a plugin folder: its project or package file, else its package's __init__.py or README.</summary>
    private static FileSystemInfo? ManifestOf(IEnumerable<FileSystemInfo> entries)
    {
        var files = entries.OfType<FileInfo>().ToList();
        string[] preferred = ["pyproject.toml", "setup.py", "setup.cfg", "package.json", "__init__.py", "README.md"];
        return files.FirstOrDefault(f => f.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase))
               ?? preferred.Select(name => files.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(f => f is not null);
    }

    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    /// <summary>
    /// Not code: <c>X.verified.cs</c> is a Verify snapshot (the approved output of a source-generator test, data the project
    /// excludes from compilation) and <c>X.received.cs</c> the output of a failing run.
    /// </summary>
    private static SourceLanguage? LanguageOf(string fileName) =>
        fileName.EndsWith(".verified.cs", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".received.cs", StringComparison.OrdinalIgnoreCase) ? null
        : fileName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? SourceLanguage.CSharp
        : fileName.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? SourceLanguage.Python
        : null;

    /// <summary>
    /// A folder that holds tests: <c>test</c>, <c>tests</c>, <c>testing</c>, <c>Foo.Tests</c>, <c>FooTests</c>, <c>Foo.Test</c>,
    /// <c>Foo.E2E</c>, and a project folder named after its kind of test without a dot (AutoFixture's <c>IdiomsUnitTest</c>,
    /// <c>OrdersIntegrationTest</c>); not any name ending in <c>Test</c> (<c>SpeedTest</c>, <c>ABTest</c> are features).
    /// </summary>
    internal static bool HasTestSegment(string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var s = segments[i];
            if (s.Equals("test", StringComparison.OrdinalIgnoreCase) || s.Equals("tests", StringComparison.OrdinalIgnoreCase)
                || s.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || s.EndsWith("Tests", StringComparison.Ordinal)
                || s.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) || s.Equals("testing", StringComparison.OrdinalIgnoreCase)
                || s.EndsWith("UnitTest", StringComparison.Ordinal) || s.EndsWith("IntegrationTest", StringComparison.Ordinal)
                || s.EndsWith(".E2E", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPythonTestSource(string relativePath, string fileName) =>
        IsPythonTestModuleName(fileName) || HasTestSegment(relativePath);

    private static bool IsPythonTestModuleName(string fileName) =>
        fileName.StartsWith("test_", StringComparison.Ordinal) || fileName.EndsWith("_test.py", StringComparison.Ordinal) || fileName == "conftest.py";

    /// <summary>
    /// Whether a folder of the path is named <c>t</c>, the test root of kombu and celery (<c>t/unit</c>, <c>t/integration</c>).
    /// Python only, and a test root only when a test module lies under it: pylint's <c>doc/data/messages/t/</c> holds examples.
    /// </summary>
    private static bool HasSegmentT(string relativePath) =>
        relativePath.StartsWith("t/", StringComparison.Ordinal) || relativePath.Contains("/t/", StringComparison.Ordinal);

    /// <summary>The root-relative paths of the folders named <c>t</c> a file lies under (<c>a/t</c> for <c>a/t/unit/case.py</c>).</summary>
    private static IEnumerable<string> FoldersNamedT(string relativePath)
    {
        for (var i = relativePath.IndexOf("t/", StringComparison.Ordinal); i >= 0; i = relativePath.IndexOf("t/", i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || relativePath[i - 1] == '/')
            {
                yield return relativePath[..(i + 1)];
            }
        }
    }

    private static void AddFoldersNamedT(string relativePath, HashSet<string> roots)
    {
        foreach (var folder in FoldersNamedT(relativePath))
        {
            roots.Add(folder);
        }
    }

    /// <summary>
    /// For Python monorepos: <c>packages/foo/...</c> and <c>plugins/bar/...</c> belong to foo and bar, also when the
    /// monorepo is not the audited root (<c>python/packages/foo/...</c>); the outermost such folder wins, so a package's own
    /// <c>services/</c> subfolder does not start another package.
    /// </summary>
    internal static string? PythonPackageOf(string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i] is "packages" or "plugins" or "libs" or "services")
            {
                return segments[i + 1];
            }
        }

        return null;
    }

    /// <summary>A test kit's file that declares test methods (read only for the rare projects <see cref="ProjectInfo.IsTestKit"/> marks).</summary>
    private static bool DeclaresTests(FileInfo file)
    {
        try
        {
            return file.Length <= 4 << 20 && TestAttribute().IsMatch(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\[\s*(?:Xunit\.|NUnit\.Framework\.)?(?:Fact|Theory|Test|TestMethod|DataTestMethod|TestCase|TestCaseSource)\s*[\](,]", RegexOptions.CultureInvariant)]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"<PackageReference\s[^>]*?\bInclude\s*=\s*""([^""]+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"<ProjectReference\s[^>]*?\bInclude\s*=\s*""([^""]+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"<IsPackable>\s*true\s*</IsPackable>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsPackable();

    [GeneratedRegex(@"<TargetFrameworks?>([^<]*)</TargetFrameworks?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TargetFrameworks();

    /// <param name="IsTestKit">
    /// Not a test project, but built against a test framework's own packages (<c>xunit.v3.extensibility.core</c>,
    /// <c>xunit.assert</c>, <c>NUnit.Framework</c> without its adapter…), or referencing a test project or test kit of the tree
    /// (Akka.Persistence.TCK gets xUnit through the Akka.TestKit.Xunit2 project): a test kit whose abstract test classes the
    /// repository's test projects derive from (Orleans' <c>TestKit.xUnit</c>), or a library that integrates with the framework
    /// (Testcontainers.Xunit, AutoFixture.NUnit3). Its files that declare tests are test code: the derived classes run those tests.
    /// </param>
    private sealed record ProjectInfo(string Name, bool IsTestProject, ProjectBuild Build, bool IsTestKit = false);

    /// <summary>A project file's own verdict (before its references are followed), its modelled build and the projects it references.</summary>
    private sealed record ProjectFacts(bool IsTest, bool IsKit, ImmutableArray<string> References, ProjectBuild Build);

    /// <summary>Finds the nearest .csproj above a directory (also above the audited root), once per directory.</summary>
    private sealed class ProjectIndex(string root)
    {
        private readonly ConcurrentDictionary<string, ProjectInfo?> _byDirectory = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string, string), IReadOnlyList<ProjectSymbols.BuildFile>> _buildFiles = new();
        private readonly ConcurrentDictionary<string, System.Xml.Linq.XElement?> _loaded = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ProjectFacts> _facts = new(StringComparer.Ordinal);
        private readonly string _stop = Path.GetPathRoot(root) ?? "/";

        public ProjectInfo? ProjectOf(string directory) => _byDirectory.GetOrAdd(directory, Resolve);

        private System.Xml.Linq.XElement? Load(string path) => _loaded.GetOrAdd(path, ProjectSymbols.Load);

        /// <summary>
        /// The Directory.Build.props (or .targets) MSBuild imports for a project in this directory, with what they import:
        /// the nearest one at or above it, plus the next one up when it imports that, once per directory.
        /// </summary>
        private IReadOnlyList<ProjectSymbols.BuildFile> BuildFiles(string directory, string fileName) =>
            _buildFiles.GetOrAdd((directory, fileName), key =>
            {
                var (dir, name) = key;
                var path = Path.Combine(dir, name);
                var parent = Path.GetDirectoryName(dir);
                var atTop = parent is null || dir == _stop || Directory.Exists(Path.Combine(dir, ".git"));
                if (File.Exists(path))
                {
                    var own = ProjectSymbols.WithImports(path, Load);
                    return atTop || !ProjectSymbols.ImportsParent(path, name) ? own : [.. BuildFiles(parent!, name), .. own];
                }

                return atTop ? [] : BuildFiles(parent!, name);
            });

        private ProjectInfo? Resolve(string directory)
        {
            string[] projects;
            try
            {
                projects = Directory.GetFiles(directory, "*.csproj");
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                projects = [];
            }

            if (projects.Length > 0)
            {
                var path = projects.OrderBy(p => p, StringComparer.Ordinal).First();
                var facts = FactsOf(path);
                return new ProjectInfo(Path.GetFileNameWithoutExtension(path), facts.IsTest, facts.Build, !facts.IsTest && (facts.IsKit || ReachesTestCode(facts)));
            }

            var parent = Path.GetDirectoryName(directory);
            return parent is null || directory == _stop || Directory.Exists(Path.Combine(directory, ".git")) ? null : ProjectOf(parent);
        }

        private ProjectFacts FactsOf(string projectPath) => _facts.GetOrAdd(projectPath, ReadFacts);

        /// <summary>
        /// What a project file, the files it imports and the Directory.Build files above it say about it: its modelled build, the
        /// packages it references (the project file's own whatever their condition; the imported files' when their condition holds),
        /// whether it is a test project or a test kit by those, and the projects it references.
        /// </summary>
        private ProjectFacts ReadFacts(string projectPath)
        {
            var files = ProjectSymbols.BuildFilesOf(projectPath, BuildFiles, Load);
            var build = ProjectSymbols.FromFiles(files.Select(f => f.Root).OfType<System.Xml.Linq.XElement>().ToList());
            string text;
            try
            {
                text = File.ReadAllText(projectPath);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return new ProjectFacts(false, false, [], build);
            }

            var imported = files.Where(f => f.Root is not null && !f.Path.Equals(Path.GetFullPath(projectPath), StringComparison.Ordinal)).Select(f => f.Root!).ToList();
            var packages = PackageReference().Matches(text).Select(m => m.Groups[1].Value.Trim())
                .Concat(ProjectSymbols.PackageReferences(imported, build.TargetFramework)).ToList();
            var isTest = TestProjectMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)) || ProjectSymbols.SetsTestProject(imported, build.TargetFramework)
                         || packages.Any(TestPackages.Contains) || (packages.Any(FrameworkPackages.Contains) && !IsLibrary(text));
            var directory = Path.GetDirectoryName(projectPath) ?? "";
            var references = ProjectReference().Matches(text).Select(m => ReferencedProject(directory, m.Groups[1].Value)).OfType<string>().ToImmutableArray();
            return new ProjectFacts(isTest, !isTest && packages.Any(IsFrameworkPackage), references, build);
        }

        /// <summary>Whether a project references, directly or through one project between, a test project or test kit of the tree.</summary>
        private bool ReachesTestCode(ProjectFacts facts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            IEnumerable<string> level = facts.References;
            for (var depth = 0; depth < 2; depth++)
            {
                var next = new List<string>();
                foreach (var reference in level.Where(seen.Add))
                {
                    var referenced = FactsOf(reference);
                    if (referenced.IsTest || referenced.IsKit)
                    {
                        return true;
                    }

                    next.AddRange(referenced.References);
                }

                level = next;
            }

            return false;
        }

        /// <summary>The full path of a <c>&lt;ProjectReference Include="…"&gt;</c> to a C# project that exists; null for any other.</summary>
        private static string? ReferencedProject(string directory, string include)
        {
            var path = include.Trim().Replace('\\', '/');
            if (path.Contains("$(", StringComparison.Ordinal) || !path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            try
            {
                var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(directory, path));
                return File.Exists(full) ? full : null;
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }

        /// <summary>
        /// A project that says it ships as a package (<c>&lt;PackageId&gt;</c>, <c>&lt;IsPackable&gt;true</c>) or targets only
        /// .NET Standard (a library: no runner can run it): built against a test framework, it extends the framework.
        /// </summary>
        internal static bool IsLibrary(string projectText) =>
            projectText.Contains("<PackageId>", StringComparison.OrdinalIgnoreCase) || IsPackable().IsMatch(projectText)
            || TargetFrameworks().Matches(projectText) is { Count: > 0 } targets
               && targets.All(t => t.Groups[1].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                   .All(f => f.StartsWith("netstandard", StringComparison.OrdinalIgnoreCase)));

        private static bool IsFrameworkPackage(string id) =>
            !id.EndsWith(".Analyzers", StringComparison.OrdinalIgnoreCase)
            && (id.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || id.StartsWith("NUnit", StringComparison.OrdinalIgnoreCase)
                || id.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase) || id.StartsWith("TUnit", StringComparison.OrdinalIgnoreCase));
    }
}
