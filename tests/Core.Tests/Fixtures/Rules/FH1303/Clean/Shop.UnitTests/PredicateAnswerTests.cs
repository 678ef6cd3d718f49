using System.Threading.Tasks;
using Xunit;

namespace Shop.UnitTests;

/// <summary>A predicate's or an evaluator's answer for an input, asserted inline or kept in a local first: a moderate check.</summary>
public class PredicateAnswerTests
{
    [Fact]
    public void Leap_ViaLocal()
    {
        var leap = Calendar.IsLeapYear(1900);
        Assert.False(leap);
    }

    [Fact]
    public async Task Exists_ViaAwaitedLocal()
    {
        bool exists = await Store.CheckExists("job-1").ConfigureAwait(false);
        Assert.True(exists);
    }

    [Fact]
    public void Parse_ViaTryLocal()
    {
        var ok = Parser.TryParse("12", out var n);
        Assert.True(ok);
    }

    [Fact]
    public void Operator_Evaluates()
    {
        Assert.True(StringOperator.Contains.Evaluate("Quartz", "tz"));
        Assert.False(StringOperator.Contains.Evaluate("Quartz", "QU"));
    }

    [Fact]
    public void Hash_TokenIsDetected()
    {
        Assert.True(CronExpression.ContainsHashToken("H * * * * ?"));
    }

    [Fact]
    public void Condition_EqualsTrue()
    {
        Assert.Equal(true, ConditionParser.Parse("42 == '42'").Evaluate(Context.Empty));
    }
}
