using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Tests.Harness;

[TestClass]
public sealed class KubeContextGuardTests
{
    [TestMethod]
    [DataRow("kind-floe")]
    [DataRow("kind-ci-42")]
    public void KindContexts_AreAllowed(string context) =>
        Assert.IsNull(KubeContextGuard.RefusalReason(context, allowedContext: null));

    [TestMethod]
    [DataRow("kind-")]
    [DataRow("kind")]
    [DataRow("prod-eu")]
    [DataRow("arn:aws:eks:eu-west-1:1:cluster/kind-floe")]
    [DataRow("KIND-floe")]
    public void OtherContexts_AreRefused_WithHowToAllowThem(string context)
    {
        var reason = KubeContextGuard.RefusalReason(context, allowedContext: null);

        Assert.AreEqual(
            $"Refusing a destructive scenario on kube context '{context}': it is not a Kind cluster ('kind-*'). If this cluster is disposable, set FLOE_E2E_ALLOW_CONTEXT={context}.",
            reason);
    }

    [TestMethod]
    public void ExplicitlyAllowedContext_IsAllowed() =>
        Assert.IsNull(KubeContextGuard.RefusalReason("minikube", allowedContext: "minikube"));

    [TestMethod]
    public void AllowingAnotherContext_DoesNotAllowThisOne() =>
        StringAssert.StartsWith(KubeContextGuard.RefusalReason("prod", allowedContext: "minikube"), "Refusing a destructive scenario on kube context 'prod'");
}
