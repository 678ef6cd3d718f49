using System.Net.Http;

namespace Shop.Tests.Integration.Support;

public static class OrderSteps
{
    public static async Task<string> SubmitOrderAsync(HttpClient client, string id)
    {
        var response = await client.PostAsync("http://orders:8080/orders/" + id, null);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task WaitForQueueToDrainAsync(Queue<string> queue)
    {
        while (queue.Count > 0)
        {
            await Task.Delay(10);
        }
    }
}
