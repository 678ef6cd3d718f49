namespace Shop.Tests.Unit.Support;

public static class Eventually
{
    public static T Get<T>(Func<T?> probe, int attempts = 10) where T : class
    {
        for (var i = 0; i < attempts; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }
        }

        throw new TimeoutException("probe never returned a value");
    }
}
