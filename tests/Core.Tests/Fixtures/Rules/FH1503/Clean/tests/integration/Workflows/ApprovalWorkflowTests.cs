using Xunit;

namespace Shop.Tests.Integration.Workflows;

public class ApprovalWorkflowTests(WorkflowHost host) : WorkflowTest(host)
{
    [Fact]
    public void Approve_CompletesTheWorkflow()
    {
        var workflow = new ApprovalWorkflow();

        workflow.Approve("A-1");

        Assert.Equal("Completed", workflow.Status);
    }
}
