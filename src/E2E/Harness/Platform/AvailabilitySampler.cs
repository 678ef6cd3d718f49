namespace FloeHarden.E2E.Harness.Platform;

public sealed record AvailabilitySample(DateTimeOffset At, string Endpoint, bool Answered, string Detail);

/// <summary>Asks a set of endpoints for an HTTP answer on a fixed period while something disruptive
/// (a rollout) happens, and records every answer. A 5xx or no answer counts as unavailable.</summary>
public sealed class AvailabilitySampler : IDisposable
{
    private readonly List<AvailabilitySample> samples = [];
    private readonly CancellationTokenSource stop = new();
    private readonly PeriodicTimer timer;
    private readonly Task loop;

    public AvailabilitySampler(HttpClient http, IReadOnlyList<ProbedEndpoint> endpoints, TimeSpan period)
    {
        timer = new PeriodicTimer(period);
        loop = Task.Run(() => SampleAsync(http, endpoints));
    }

    public async Task<IReadOnlyList<AvailabilitySample>> StopAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        lock (samples)
        {
            return [.. samples];
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        timer.Dispose();
        stop.Dispose();
    }

    private async Task SampleAsync(HttpClient http, IReadOnlyList<ProbedEndpoint> endpoints)
    {
        try
        {
            do
            {
                foreach (var endpoint in endpoints)
                {
                    var sample = await SampleOnceAsync(http, endpoint).ConfigureAwait(false);
                    lock (samples)
                    {
                        samples.Add(sample);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by StopAsync.
        }
    }

    private async Task<AvailabilitySample> SampleOnceAsync(HttpClient http, ProbedEndpoint endpoint)
    {
        var name = endpoint.Variable.Name;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        budget.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var response = await http.GetAsync(new Uri(endpoint.BaseUrl, endpoint.ProbePath), budget.Token).ConfigureAwait(false);
            return new AvailabilitySample(DateTimeOffset.UtcNow, name, (int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception error) when (error is HttpRequestException || (error is OperationCanceledException && !stop.IsCancellationRequested))
        {
            return new AvailabilitySample(DateTimeOffset.UtcNow, name, false, error.Message);
        }
    }
}
