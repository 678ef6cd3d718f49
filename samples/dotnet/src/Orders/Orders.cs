namespace Orders;

public sealed record Order(string Id, string Customer, IReadOnlyList<OrderLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Price * l.Quantity);
}

public sealed record OrderLine(string Sku, int Quantity, decimal Price);

public interface IOrderRepository
{
    Task<Order?> FindAsync(string id);

    Task SaveAsync(Order order);
}

public interface IPaymentGateway
{
    Task<bool> ChargeAsync(string customer, decimal amount);
}

public interface INotifier
{
    Task SendAsync(string customer, string message);
}

public interface IClock
{
    DateTimeOffset Now { get; }
}

public class PriceCalculator(IClock clock)
{
    public virtual decimal Discount(decimal total) => clock.Now.DayOfWeek == DayOfWeek.Tuesday ? total * 0.1m : 0m;

    public decimal Price(Order order) => order.Total - Discount(order.Total);
}

public sealed class OrderService(IOrderRepository repository, IPaymentGateway payments, INotifier notifier, PriceCalculator prices)
{
    public async Task<PlaceResult> PlaceAsync(Order order)
    {
        if (order.Lines.Count == 0)
        {
            throw new ArgumentException("an order needs at least one line", nameof(order));
        }

        var amount = prices.Price(order);
        if (!await payments.ChargeAsync(order.Customer, amount))
        {
            return new PlaceResult(false, amount);
        }

        await repository.SaveAsync(order);
        await notifier.SendAsync(order.Customer, $"order {order.Id} placed");
        return new PlaceResult(true, amount);
    }
}

public sealed record PlaceResult(bool Success, decimal Charged);
