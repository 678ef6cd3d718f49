using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;

namespace FloeHarden.Core.Tests.Discovery;

/// <summary>Which files the audit reads: test folders named anywhere (the audited folder too), virtual environments never.</summary>
[TestClass]
public sealed class FileDiscoveryTests
{
    private string _root = "";

    [TestInitialize]
    public void CreateTree() => _root = Path.Combine(Path.GetTempPath(), "floe-discovery-" + Guid.NewGuid().ToString("N")[..12]);

    [TestCleanup]
    public void DeleteTree()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [TestMethod]
    public void AuditedTestFolder_ItsLooseFilesAreTests()
    {
        var tests = Write("repo/tests/SettingsTests.cs", "public class SettingsTests { }");
        Write("repo/tests/Support/Accessors.cs", "public static class Accessors { }");

        var found = Relative(FileDiscovery.Discover(Path.GetDirectoryName(tests)!, new AuditConfig { BaseDirectory = Path.GetDirectoryName(tests)! }));

        CollectionAssert.AreEqual(new[] { "SettingsTests.cs", "Support/Accessors.cs" }, found);
    }

    [TestMethod]
    public void FolderNamedEnv_IsAudited_UnlessItHoldsAVirtualEnvironment()
    {
        Write("tests/utils/env/test_env_manager.py", "def test_creates():\n    assert True\n");
        Write("tests/venv/test_inside_a_virtualenv.py", "def test_x():\n    assert True\n");
        Write("tests/venv/pyvenv.cfg", "home = /usr/bin\n");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "tests/utils/env/test_env_manager.py" }, found);
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Relative(DiscoveryResult result) => [.. result.Files.Select(f => f.RelativePath)];
}
