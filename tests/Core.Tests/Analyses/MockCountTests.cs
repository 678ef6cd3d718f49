using FloeHarden.Core.Analyses.Mocks;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>AC-1.1 counts mocks per place of creation: copied test files are not merged, a shared fixture is one mock.</summary>
[TestClass]
public sealed class MockCountTests
{
    private const string CopiedTest = "from unittest.mock import MagicMock\n\n\ndef test_sends():\n    client = MagicMock()\n    client.send('x')\n    client.send.assert_called_once_with('x')\n";

    [TestMethod]
    public void IdenticalMocksInTwoFiles_AreTwoInstances_AndAFixtureMockSharedByTwoTestsIsOne()
    {
        using var tree = new TempTree()
            .Write("tests/unit/orders/test_send.py", CopiedTest)
            .Write("tests/unit/billing/test_send.py", CopiedTest)
            .Write("tests/unit/shared/conftest.py", "import pytest\nfrom unittest.mock import MagicMock\n\n\n@pytest.fixture\ndef gateway():\n    return MagicMock()\n")
            .Write("tests/unit/shared/test_gateway.py", "def test_a(gateway):\n    gateway.pay(1)\n    gateway.pay.assert_called_once_with(1)\n\n\ndef test_b(gateway):\n    gateway.pay(2)\n    gateway.pay.assert_called_once_with(2)\n");

        var data = (MockSectionData)Fixtures.Audit(tree.Root).Sections.Single(s => s.Section.Id == "AC-1.1").Data;

        Assert.AreEqual(3, data.MockInstances, "two copied files' mocks plus the one fixture mock both gateway tests receive");
        Assert.AreEqual(3, data.ByTier.Single(t => t.Tier == "unit").ByLibrary["unittest.mock"]);
    }
}
