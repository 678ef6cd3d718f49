using FloeHarden.Core.Caching;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Python;

/// <summary>
/// test* methods of a class pytest does not collect by itself (a contract mixin) run in every collected class that derives
/// from it, in its module or another: each definition is one test, with a case per collecting class.
/// </summary>
[TestClass]
public sealed class PythonMixinTests
{
    private const string Contract = """
        class _DictContract:
            cls = dict

            def test_empty(self):
                d = self.cls()

            def test_set_get(self):
                d = self.cls()
                d["a"] = 1
                assert d["a"] == 1


        class _NotInherited:
            def test_never_run(self):
                assert 1 == 1


        class TestDict(_DictContract):
            cls = dict


        class TestOtherDict(_DictContract):
            def test_own(self):
                assert self.cls() == {}

        """;

    [TestMethod]
    public void MixinInTheSameModule_ItsTestsRunOncePerCollectingClass()
    {
        using var tree = new TempTree().Write("tests/test_dicts.py", Contract);

        var file = PythonFixtures.ParseTree(tree.Root).Single();

        CollectionAssert.AreEqual(
            new[] { ("_DictContract.test_empty", 2), ("_DictContract.test_set_get", 2), ("TestOtherDict.test_own", 1) },
            file.Tests.Select(t => (t.QualifiedName, t.CaseCount)).ToArray());
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "test_never_run").Kind);
        CollectionAssert.AreEqual(new[] { "_DictContract", "TestOtherDict" }, file.Types.Where(t => t.HasTests).Select(t => t.Name).ToArray());
    }

    [TestMethod]
    public void MixinInAnotherModule_ThroughItsOwnBases_IsPromotedByTheCollectedClassesDerivingFromIt()
    {
        using var tree = new TempTree()
            .Write("tests/contracts.py", """
                class _Base:
                    def test_base_works(self):
                        assert self.make() is not None


                class StoreContract(_Base):
                    def test_starts_empty(self):
                        assert len(self.make()) == 0


                class UnusedContract:
                    def test_never_run(self):
                        assert 1 == 1

                """)
            .Write("tests/test_dict_store.py", """
                from tests.contracts import StoreContract


                class TestDictStore(StoreContract):
                    def make(self):
                        return {}

                """)
            .Write("tests/sub/test_list_store.py", """
                import unittest

                from ..contracts import StoreContract


                class ListStoreCase(StoreContract, unittest.TestCase):
                    def make(self):
                        return []

                """);
        var cacheDir = Directory.CreateTempSubdirectory("floe-cache-").FullName;
        try
        {
            var cache = ModelCache.Open(cacheDir);
            foreach (var run in new[] { "parsed", "cached" })
            {
                var hitsBefore = cache.Hits;
                var contracts = PythonFixtures.ParseTree(tree.Root, cache).Single(f => f.Path == "tests/contracts.py");
                Assert.AreEqual(run == "cached" ? 3 : 0, cache.Hits - hitsBefore, $"{run}: entries read from the cache (three files)");

                CollectionAssert.AreEqual(
                    new[] { ("_Base.test_base_works", 2), ("StoreContract.test_starts_empty", 2) },
                    contracts.Tests.Select(t => (t.QualifiedName, t.CaseCount)).ToArray(),
                    run);
                Assert.AreEqual(CodeUnitKind.Helper, contracts.Units.Single(u => u.Name == "test_never_run").Kind, run);
                CollectionAssert.AreEqual(new[] { "_Base", "StoreContract" }, contracts.Types.Where(t => t.HasTests).Select(t => t.Name).ToArray(), run);
            }
        }
        finally
        {
            Directory.Delete(cacheDir, recursive: true);
        }
    }

}
