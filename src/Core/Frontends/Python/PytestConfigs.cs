using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FloeHarden.Core.Discovery;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// The pytest configuration file that applies to each Python file, found the way pytest finds its rootdir's: in the file's
/// folder or the nearest one above it, in pytest 9's order: <c>pytest.toml</c>/<c>.pytest.toml</c> and
/// <c>pytest.ini</c>/<c>.pytest.ini</c> always, then <c>pyproject.toml</c> with a <c>tool.pytest</c> table (pytest 9's native
/// <c>[tool.pytest]</c> or <c>[tool.pytest.ini_options]</c>, also as dotted keys), <c>tox.ini</c> with <c>[pytest]</c>,
/// <c>setup.cfg</c> with <c>[tool:pytest]</c>; the search stops at a repository root (a folder holding <c>.git</c>). Its <c>python_files</c>, <c>python_classes</c> and
/// <c>python_functions</c> decide what pytest collects (celery names its test classes <c>test_*</c>); the helper reads
/// them with Python's own <c>configparser</c> and <c>tomllib</c>. Its <c>norecursedirs</c> and the <c>--ignore</c>/<c>--ignore-glob</c>
/// of its <c>addopts</c> — and those of every configuration above it up to the repository root, as a run from the root never
/// reaches a folder the root's configuration excludes (pytest's own <c>testing/example_scripts</c>, holding a pytest.ini of its
/// own) — decide which files pytest never collects. Each file's hash, and those of the configurations above it, enter the cache key
/// of the files it governs, so editing one re-parses them.
/// </summary>
internal sealed partial class PytestConfigs
{
    private static readonly (string Name, Func<string, bool>? Holds)[] Candidates =
    [
        ("pytest.toml", null),
        (".pytest.toml", null),
        ("pytest.ini", null),
        (".pytest.ini", null),
        ("pyproject.toml", HasToolPytest),
        ("tox.ini", text => text.Contains("[pytest]", StringComparison.Ordinal)),
        ("setup.cfg", text => text.Contains("[tool:pytest]", StringComparison.Ordinal)),
    ];

    /// <summary>
    /// A <c>tool.pytest</c> table in a pyproject.toml, however TOML spells it: <c>[tool.pytest]</c>,
    /// <c>[tool.pytest.ini_options]</c> (headers may hold spaces around the dots), or root-level dotted keys
    /// <c>tool.pytest.… =</c>. Read by the helper with <c>tomllib</c>.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(\[[ \t]*tool[ \t]*\.[ \t]*pytest[ \t]*[\].]|tool[ \t]*\.[ \t]*pytest[ \t]*[.=])", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ToolPytest();

    private static bool HasToolPytest(string text) => ToolPytest().IsMatch(text);

    private readonly ConcurrentDictionary<string, int> _byFolder = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Hash)> _configs = [];
    private readonly List<int> _parents = [];
    private readonly Lock _lock = new();

    /// <summary>The configuration files found, in the order of their indexes.</summary>
    public IReadOnlyList<(string Path, string Hash)> Files => _configs;

    /// <summary>For each configuration, the index of the one that governs its folder's parent (-1: none, or a repository root).</summary>
    public IReadOnlyList<int> Parents => _parents;

    /// <summary>The index of the configuration that applies to <paramref name="file"/>, or -1 for pytest's defaults.</summary>
    public int For(DiscoveredFile file) => Folder(Path.GetDirectoryName(file.FullPath));

    /// <summary>The hash of the configuration at <paramref name="index"/> (empty for none), for cache keys.</summary>
    public string HashOf(int index)
    {
        lock (_lock)
        {
            var hash = "";
            for (var i = index; i >= 0; i = _parents[i])
            {
                hash += _configs[i].Hash;
            }

            return hash;
        }
    }

    private int Folder(string? folder)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return -1;
        }

        if (_byFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        var found = Own(folder);
        if (found < 0 && !Directory.Exists(Path.Combine(folder, ".git")))
        {
            found = Folder(Path.GetDirectoryName(folder));
        }

        return _byFolder.GetOrAdd(folder, found);
    }

    private int Own(string folder)
    {
        foreach (var (name, holds) in Candidates)
        {
            var path = Path.Combine(folder, name);
            byte[] bytes;
            try
            {
                if (!File.Exists(path))
                {
                    continue;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (holds is not null && !holds(Encoding.UTF8.GetString(bytes)))
            {
                continue;
            }

            var parent = Directory.Exists(Path.Combine(folder, ".git")) ? -1 : Folder(Path.GetDirectoryName(folder));
            lock (_lock)
            {
                var existing = _configs.FindIndex(c => c.Path == path);
                if (existing >= 0)
                {
                    return existing;
                }

                _configs.Add((path, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]));
                _parents.Add(parent);
                return _configs.Count - 1;
            }
        }

        return -1;
    }
}
