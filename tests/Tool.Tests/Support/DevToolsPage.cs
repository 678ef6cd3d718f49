using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Tests.Support;

/// <summary>
/// A headless chromium page driven over the DevTools protocol (127.0.0.1 only): records every network request,
/// console error and uncaught exception while a page loads, evaluates script, and takes screenshots.
/// </summary>
public sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiver;
    private string _session = "";
    private int _nextId;

    private DevToolsPage(Process browser) => _browser = browser;

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    private TaskCompletionSource LoadFired { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<DevToolsPage> OpenAsync(int width, int height)
    {
        var browserPath = Chromium.Require();
        var profile = Paths.NewTempDirectory();
        var start = new ProcessStartInfo(browserPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in Chromium.BaseArguments.Concat([$"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank"]))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var page = new DevToolsPage(process);
        try
        {
            // Chromium writes the port it chose and the browser endpoint's path to DevToolsActivePort.
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            var clock = Stopwatch.StartNew();
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
            {
                Assert.IsLessThan(30, clock.Elapsed.TotalSeconds, "chromium did not open its DevTools port within 30 s");
                Assert.IsFalse(process.HasExited, $"chromium exited with {(process.HasExited ? process.ExitCode : 0)}");
                await Task.Delay(100);
            }

            var lines = File.ReadAllLines(portFile);
            await page._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), CancellationToken.None);
            page._receiver = Task.Run(page.ReceiveAsync);
            var target = await page.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
            var attached = await page.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
            page._session = attached["sessionId"]!.GetValue<string>();
            foreach (var domain in new[] { "Page.enable", "Network.enable", "Runtime.enable", "Log.enable" })
            {
                await page.SendAsync(domain);
            }

            await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    public async Task NavigateAsync(string url)
    {
        LoadFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await LoadFired.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300); // let late console messages and requests arrive
    }

    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            Assert.Fail($"script failed: {exception.ToJsonString()}");
        }

        return result["result"]?["value"];
    }

    public async Task SetColourSchemeAsync(string scheme) =>
        await SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["features"] = new JsonArray(new JsonObject { ["name"] = "prefers-color-scheme", ["value"] = scheme }) });

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel)
        {
            message["sessionId"] = _session;
        }

        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var reply = await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (reply["error"] is { } error)
        {
            Assert.Fail($"DevTools {method} failed: {error.ToJsonString()}");
        }

        return reply["result"]?.AsObject() ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // the browser may already be gone
        }

        if (!_browser.HasExited)
        {
            _browser.Kill(entireProcessTree: true);
            await _browser.WaitForExitAsync();
        }

        _socket.Dispose();
        _browser.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var completion))
                {
                    completion.TrySetResult(json);
                }
                else if (json["method"]?.GetValue<string>() is { } method)
                {
                    OnEvent(method, json["params"]?.AsObject() ?? []);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // closing
        }
    }

    private static string? Level(JsonNode? entry) => entry is null ? null : entry["level"]?.GetValue<string>();

    private void OnEvent(string method, JsonObject parameters)
    {
        switch (method)
        {
            case "Page.loadEventFired":
                LoadFired.TrySetResult();
                break;
            case "Network.requestWillBeSent":
                Requests.Enqueue(parameters["request"]?["url"]?.GetValue<string>() ?? "?");
                break;
            case "Runtime.consoleAPICalled" when parameters["type"]?.GetValue<string>() is "error" or "assert" or "warning":
                ConsoleErrors.Enqueue("console." + parameters["type"] + ": " + parameters["args"]?.ToJsonString());
                break;
            case "Runtime.exceptionThrown":
                ConsoleErrors.Enqueue("exception: " + parameters["exceptionDetails"]?.ToJsonString());
                break;
            case "Log.entryAdded" when Level(parameters["entry"]) is "error" or "warning":
                ConsoleErrors.Enqueue($"log: {parameters["entry"]!["text"]} ({parameters["entry"]!["url"]})");
                break;
        }
    }
}
