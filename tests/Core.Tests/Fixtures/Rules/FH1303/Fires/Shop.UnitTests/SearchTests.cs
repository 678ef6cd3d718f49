using Xunit;

namespace Shop.UnitTests;

public class SearchTests
{
    [Fact]
    public void Search_FindsSomething() // plant: FH1303
    {
        var results = Catalog.Search("lamp");
        Assert.NotEmpty(results);
        Assert.True(results.Count > 0);
    }

    [Fact]
    public void Import_Succeeds() // plant: FH1303
    {
        var outcome = Catalog.Import("items.csv");
        Assert.True(outcome.Success);
        Assert.NotNull(outcome);
    }
}

public class TUnitSearchTests
{
    [TUnit.Core.Test]
    public async Task Search_ReturnsSomething() // plant: FH1303
    {
        var results = Catalog.Search("lamp");
        await TUnit.Assertions.Assert.That(results).IsNotEmpty();
    }
}

public class StatusConstraintTests
{
    [NUnit.Framework.Test]
    public void Import_Succeeds_ConstraintModel() // plant: FH1303
    {
        var outcome = Catalog.Import("items.csv");
        NUnit.Framework.Assert.That(outcome.Success, NUnit.Framework.Is.True);
    }

    [NUnit.Framework.Test]
    public void Import_Succeeds_Guarded() // plant: FH1303
    {
        var outcome = Catalog.Import("items.csv");
        if (!outcome.Success)
            NUnit.Framework.Assert.Fail("import failed");
    }
}

// A status flag read through a generic accessor without type arguments is still a flag; a try whose fail is not its
// last check (something runs after it) is not the expected-exception idiom.
public class NotIdiomTests
{
    [Xunit.Fact]
    public void Import_FlagOnly() // plant: FH1303
    {
        var outcome = Catalog.Import("items.csv");
        Xunit.Assert.True(outcome.IsComplete);
    }

    [Xunit.Fact]
    public void Search_DiffersFromImport() // plant: FH1303
    {
        var results = Catalog.Search("lamp");
        Xunit.Assert.False(Catalog.Matches(results, Catalog.Search("desk")));
    }

    [NUnit.Framework.Test]
    public void Import_FailThenMore() // plant: FH1303
    {
        try
        {
            Catalog.Import("items.csv");
            NUnit.Framework.Assert.Fail("should have thrown");
            Catalog.Import("other.csv");
        }
        catch (FormatException)
        {
        }
    }
}

public class StatusViaLocalTests
{
    [Fact]
    public void Import_SucceedsViaLocal() // plant: FH1303
    {
        var ok = Catalog.Import("items.csv").Success;
        Assert.True(ok);
    }

    [Fact]
    public void Save_ReturnsTrue() // plant: FH1303
    {
        var saved = Catalog.Save(new Item("lamp"));
        Assert.True(saved);
    }

    [Fact]
    public void Flag_Reassigned() // plant: FH1303
    {
        var leap = Calendar.IsLeapYear(1900);
        leap = Catalog.Refresh();
        Assert.False(leap);
    }
}
