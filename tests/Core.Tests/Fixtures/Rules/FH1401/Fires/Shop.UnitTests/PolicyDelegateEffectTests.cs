using NUnit.Framework;

namespace Shop.UnitTests;

/// <summary>The delegate a policy runs saves an order: that call is an effect of its own, and the result proves nothing.</summary>
public class PolicyDelegateEffectTests
{
    [Test]
    public void Order_IsSavedThroughTheRetry() // plant: FH1401
    {
        var policy = Policy.Handle<IOException>().Retry(2);
        var saved = policy.Execute(() => _repository.Save(new Order("A-1")));
        Assert.IsTrue(saved);
    }

    [Test]
    public void Job_IsExecuted() // plant: FH1401
    {
        var outcome = _scheduler.Execute(new CleanupJob());
        Assert.AreEqual(JobOutcome.Done, outcome);
    }
}
