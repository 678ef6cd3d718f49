using System.Net.Http;
using System.Net.Sockets;

namespace Shop.Tests.Integration.Support;

public static class Readiness
{
    public static void WaitForPort(string host, int port) // plant: FH1802
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            try
            {
                using var client = new TcpClient(host, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(1000);
            }
        }

        throw new TimeoutException($"{host}:{port} never opened");
    }

    public static async Task PollUntilHealthyAsync(HttpClient client, string url) // plant: FH1802
    {
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(500);
        }
    }
}
