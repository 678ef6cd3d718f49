using Moq;
using Xunit;

namespace Shop.UnitTests;

/// <summary>Creating an account in a bank, or a topic on a broker, is an effect even when its stub returns the new record.</summary>
public class AccountFactoryTests
{
    [Fact]
    public void Opens_an_account()
    {
        var bank = new Mock<IBankService>(); // plant: FH1402
        bank.Setup(b => b.CreateAccount("ada")).Returns(new Account("ada"));
        var admin = new Mock<IBrokerAdmin>(); // plant: FH1402
        admin.Setup(a => a.CreateTopicAsync("orders")).ReturnsAsync(true);
        Assert.Equal("ada", new Onboarding(bank.Object, admin.Object).Open("ada").Name);
    }
}
