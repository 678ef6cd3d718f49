using TUnit.Assertions;
using TUnit.Core;

namespace Shop.UnitTests;

// TUnit asserts through a chain on Assert.That(actual): the chained check decides the strength.
public class TUnitSearchTests
{
    [Test]
    public async Task Search_FindsTheLamps()
    {
        var results = Catalog.Search("lamp");
        await Assert.That(results).Count().IsEqualTo(3);
        await Assert.That(results[0].Sku).IsEqualTo("LAMP-1");
    }

    [Test]
    public async Task Import_RejectsABadFile() =>
        await Assert.That(() => Catalog.Import("bad.csv")).ThrowsExactly<FormatException>();
}
