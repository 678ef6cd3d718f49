using System;
using System.Collections.Generic;
using System.Dynamic;
using Xunit;
using Xunit.Sdk;

namespace Shop.UnitTests;

// Tests of an assertion library or a comparer: the outcome is decided by a precision or comparer argument, or the
// assertion is expected to fail (inside Record.Exception / Assert.Throws), or it can never pass (not "never fail").
public class ApproxAssertTests
{
    [Fact]
    public void Equal_WithinPrecision_Passes() => Assert.Equal(0.11111, 0.11444, 1);

    [Fact]
    public void Equal_OutsidePrecision_Throws()
    {
        var ex = Record.Exception(() => Assert.Equal(0.11111M, 0.11111M));
        Assert.Null(ex);
    }

    [Fact]
    public void NotEqual_SameValues_Throws()
    {
        var ex = Assert.Throws<NotEqualException>(() => Assert.NotEqual("actual", "actual"));
        Assert.Contains("actual", ex.Message);
    }

    [Fact]
    public void Equal_SameValues_InsideThrowsLambda()
    {
        Assert.Throws<EqualException>(() => Assert.Equal(42, 42));
    }

    [Fact]
    public void NotEqual_WithComparer_Decides() => Assert.NotEqual(42, 42, new NeverEqual());

    [Fact]
    public void Equal_WithComparer_Decides() => Assert.Equal(42, 42, new NeverEqual());

    [Fact]
    public void Equal_DifferentLiterals_AlwaysFails() => Assert.Equal(42, 40);

    [Fact]
    public void True_DifferentLiterals_AlwaysFails() => Assert.True(1 == 2);

    private sealed class NeverEqual : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => false;

        public int GetHashCode(int obj) => obj;
    }
}

// A member read compared with itself runs the getter twice and the type's own ==; AreEqual(x, x) in a test named for
// equality runs x.Equals(x): reflexivity checks.
public class ReflexiveMemberTests
{
    [NUnit.Framework.Test]
    public void DynamicValueEquals()
    {
        dynamic d = new ExpandoObject();
        d.Integer = 1;
        NUnit.Framework.Assert.IsTrue(d.Integer == d.Integer);
        NUnit.Framework.Assert.IsTrue(d.Text.Equals(d.Text));
    }

    [NUnit.Framework.Test]
    public void Equals_SameInstance()
    {
        var interval = new Version(1, 2);
        NUnit.Framework.Assert.AreEqual(interval, interval);
    }

    [NUnit.Framework.Test]
    public void Current_IsCached()
    {
        var clock = Clocks.System;
        NUnit.Framework.Assert.AreSame(clock.Zone, clock.Zone);
        NUnit.Framework.Assert.AreSame(clock.Zones[0], clock.Zones[0]);
    }
}
