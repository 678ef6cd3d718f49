using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FloeHarden.E2E.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 that records every request and answers with canned,
/// spec-derived bodies. It is the boundary we own in these tests: the clients under test use real
/// HttpClient networking against it, so what is recorded is exactly what they would send.</summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<RecordedRequest, CannedResponse> respond;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Task loop;

    public RecordingServer(Func<RecordedRequest, CannedResponse> respond)
    {
        this.respond = respond;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop.ConfigureAwait(false);
    }

    /// <summary>A port that nothing listens on (bound then released), for "connection refused" cases.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var query = context.Request.QueryString;
            var recorded = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k] ?? "", StringComparer.Ordinal),
                context.Request.ContentType,
                body,
                context.Request.Headers["Authorization"]);
            requests.Enqueue(recorded);

            var answer = respond(recorded);
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }
}
