using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses;

/// <summary>
/// Python files of the test trees that are the tests' DATA, not their code: inputs a formatter, linter or type checker
/// under test reads as text or checks by path (black's <c>tests/data/cases/*.py</c>, pylint's <c>tests/functional/**</c>,
/// mypy plugin inputs). Such a file is
/// <list type="bullet">
/// <item>not a test module: it holds no tests, is not named <c>test_*.py</c>/<c>*_test.py</c>/<c>conftest.py</c>, and declares no
/// pytest fixture or <c>pytest_*</c> hook;</item>
/// <item>under a data folder: a folder named like one (<see cref="DataFolderNames"/>: data, cases, functional, inputs,
/// fixtures, testdata, …), or a folder test code names in a string (<c>Path(__file__).parent / "modules"</c>,
/// <c>file_combinations("plain_files")</c>) whose files hold no tests;</item>
/// <item>imported by no test code: no import of a test module, conftest or other non-data module — nor of a module those
/// import, at any depth — names it, and no dotted string does (<c>pytest_plugins = ["tests.fixtures.db"]</c>).</item>
/// </list>
/// Also a file the frontend marks as one (<see cref="SourceFileModel.IsTestData"/>: pytest never collects it, or a type
/// checker reads it), when imported by no test code.
/// Modules are matched by name and package name only (<c>import a.b.c</c> reaches every <c>c.py</c> in a folder <c>b</c>; a
/// file that imports from a folder's package may import any name it uses), so a file that might be imported stays code. Nothing imports a data file, so nothing it declares can be unused
/// infrastructure (FH1801), and syntax the interpreter does not accept there is expected (newer syntax, invalid on purpose: FH1901).
/// </summary>
public static partial class PythonTestData
{
    /// <summary>Folder names that hold data for the tests (compared without case).</summary>
    public static readonly FrozenSet<string> DataFolderNames = new[]
    {
        "data", "testdata", "test_data", "test-data", "cases", "functional", "input", "inputs", "output", "outputs", "expected",
        "regrtest_data", "fixtures", "samples",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folders a string naming them says nothing about: every test tree has them.</summary>
    private static readonly FrozenSet<string> CommonFolderNames = new[]
    {
        "test", "tests", "testing", "unit", "unittests", "integration", "e2e", "src", "lib", "helpers", "utils", "support", "common",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a dotted string that names a file ends with (<c>"expression.diff"</c> is no module path).</summary>
    private static readonly FrozenSet<string> FileExtensions = new[]
    {
        "py", "pyi", "pyc", "txt", "diff", "json", "yaml", "yml", "toml", "cfg", "ini", "md", "rst", "html", "xml", "csv", "out", "log",
        "zip", "gz", "tar", "png", "jpg", "svg", "dot", "puml", "mmd", "so", "exe", "sh", "ps1", "j2", "tmpl",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPath();

    public static FrozenSet<SourceFileModel> Find(ImmutableArray<SourceFileModel> files)
    {
        var python = files.Where(f => f.Language == SourceLanguage.Python).ToList();
        if (python.Count == 0)
        {
            return FrozenSet<SourceFileModel>.Empty;
        }

        // Folders test code names in a string, and the folders that hold a test module (no data folder does).
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var foldersWithTests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in python.Where(IsTestModule))
        {
            for (var slash = file.Path.LastIndexOf('/'); slash > 0; slash = file.Path.LastIndexOf('/', slash - 1))
            {
                foldersWithTests.Add(file.Path[..slash]);
            }

            foreach (var literal in file.Literals)
            {
                foreach (var segment in literal.Value.Split('/', '\\'))
                {
                    if (segment.Length > 0 && !CommonFolderNames.Contains(segment))
                    {
                        named.Add(segment);
                    }
                }
            }
        }

        var candidates = python.Where(f => f.IsTestData || (!IsTestModule(f) && !DeclaresPytestHooks(f) && UnderDataFolder(f.Path, named, foldersWithTests))).ToList();
        if (candidates.Count == 0)
        {
            return FrozenSet<SourceFileModel>.Empty;
        }

        // A module is known by its name and its package's (folder's) name: import a.b.c reaches c.py in a folder b.
        var byName = candidates.GroupBy(ModuleName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var candidateFolders = candidates.Select(PackageName).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var candidateSet = candidates.ToHashSet<SourceFileModel>(ReferenceEqualityComparer.Instance);
        var reached = new HashSet<SourceFileModel>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<SourceFileModel>(python.Where(f => !candidateSet.Contains(f)));
        while (queue.TryDequeue(out var file))
        {
            foreach (var (name, package) in ImportedModules(file, byName, candidateFolders))
            {
                if (byName.TryGetValue(name, out var modules))
                {
                    foreach (var module in modules.Where(m => (package is null || PackageName(m) == package) && !ReferenceEquals(m, file) && reached.Add(m)))
                    {
                        queue.Enqueue(module);
                    }
                }
            }
        }

        return candidates.Where(c => !reached.Contains(c)).ToFrozenSet<SourceFileModel>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// The modules a file may import, each with the package it is in (null: any): every prefix of its imports and dotted
    /// strings (<c>import a.b.c</c> imports a, b in a, c in b), and, when it imports from a package that holds candidates
    /// (<c>from tests.data.cases import comments</c>, a relative <c>from . import x</c>), every name it uses.
    /// </summary>
    private static IEnumerable<(string Name, string? Package)> ImportedModules(SourceFileModel file, Dictionary<string, List<SourceFileModel>> byName, HashSet<string> candidateFolders)
    {
        var dotted = file.Literals.Select(l => l.Value)
            .Where(v => v.Contains('.') && DottedPath().IsMatch(v) && !FileExtensions.Contains(v[(v.LastIndexOf('.') + 1)..]));
        foreach (var import in file.Imports.Concat(dotted))
        {
            var segments = import.Split('.', StringSplitOptions.RemoveEmptyEntries);
            var dots = import.Length - import.TrimStart('.').Length;
            var here = dots > 0 ? RelativePackage(file.Path, dots) : null; // from .x import y: x in the importer's package
            for (var i = 0; i < segments.Length; i++)
            {
                yield return (segments[i], i == 0 ? here : segments[i - 1]);
            }

            if (segments.Length == 0 ? dots > 0 : candidateFolders.Contains(segments[^1]))
            {
                var package = segments.Length == 0 ? here : segments[^1];
                foreach (var name in file.ReferencedNames.Where(byName.ContainsKey))
                {
                    yield return (name, package);
                }
            }
        }
    }

    /// <summary>The name of the package a relative import with <paramref name="dots"/> leading dots starts from.</summary>
    private static string RelativePackage(string path, int dots)
    {
        var folder = Folder(path);
        for (var i = 1; i < dots; i++)
        {
            folder = Folder(folder);
        }

        return folder[(folder.LastIndexOf('/') + 1)..];
    }

    private static bool UnderDataFolder(string path, HashSet<string> named, HashSet<string> foldersWithTests)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (DataFolderNames.Contains(segments[i]))
            {
                return true;
            }

            if (named.Contains(segments[i]) && !foldersWithTests.Contains(string.Join('/', segments[..(i + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Holds tests, or is named as a module pytest collects or configures itself with.</summary>
    private static bool IsTestModule(SourceFileModel file)
    {
        var stem = Stem(file.Path);
        return !file.IsTestData && (file.Units.Any(u => u.Kind == CodeUnitKind.Test) || stem == "conftest" || stem.StartsWith("test_", StringComparison.Ordinal) || stem.EndsWith("_test", StringComparison.Ordinal));
    }

    /// <summary>A pytest plugin (fixtures, hooks) may be loaded by <c>-p</c> or an entry point, never imported.</summary>
    private static bool DeclaresPytestHooks(SourceFileModel file) =>
        file.Units.Any(u => (u.Kind == CodeUnitKind.Setup && u.Container is null) || u.Name.StartsWith("pytest_", StringComparison.Ordinal));

    /// <summary>The name the file is imported by: its stem, or its folder's name for a package's <c>__init__.py</c>.</summary>
    private static string ModuleName(SourceFileModel file)
    {
        var stem = Stem(file.Path);
        var folder = Folder(file.Path);
        return stem == "__init__" && folder.Length > 0 ? folder[(folder.LastIndexOf('/') + 1)..] : stem;
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    /// <summary>The name of the package the module is in: its folder's (its parent folder's for a package's <c>__init__.py</c>).</summary>
    private static string PackageName(SourceFileModel file)
    {
        var folder = Folder(file.Path);
        if (Stem(file.Path) == "__init__")
        {
            folder = Folder(folder);
        }

        return folder[(folder.LastIndexOf('/') + 1)..];
    }

    private static string Stem(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".pyi", StringComparison.Ordinal) ? name[..^4] : name.EndsWith(".py", StringComparison.Ordinal) ? name[..^3] : name;
    }
}
