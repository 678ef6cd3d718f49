using Moq;

namespace Shop.UnitTests;

public interface IStore
{
    string Get(string key);
}

/// <summary>A reusable holder: the tests that use it set up and verify its mocks.</summary>
public class StoreContextMock
{
    public Mock<IStore> Store { get; } = new();

    protected Mock<IClock> Clock { get; } = new Mock<IClock>();
}
