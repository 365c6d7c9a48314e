using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using GpuCloud.Emulator;

namespace GpuCloud.Benchmarks;

/// <summary>
/// The emulator the listings read from: either child processes (the default, so the benchmark process's CPU time,
/// allocations and working set are the client's alone) or an <see cref="EmulatorHost"/> in this process (--in-process).
/// </summary>
public abstract class BenchEmulator : IAsyncDisposable
{
    public const string DefaultApiKey = "emulator-ppio-key";

    /// <summary>"out-of-process" or "in-process".</summary>
    public abstract string Mode { get; }

    /// <summary>One line for the console and the JSON document.</summary>
    public abstract string Description { get; }

    /// <summary>Root of the emulator serving the current item count, with a trailing slash.</summary>
    public abstract Uri BaseUri { get; }

    public string ApiKey { get; protected init; } = DefaultApiKey;

    public int Items { get; protected set; }

    public int LatencyMs { get; protected set; }

    /// <summary>True when CPU time and allocations of this process exclude the emulator.</summary>
    public abstract bool ClientOnly { get; }

    /// <summary>
    /// Serve <paramref name="items"/> endpoints with <paramref name="latencyMs"/> of injected latency per request.
    /// Returns true when a new, cold emulator process had to be started (the caller warms it up before measuring).
    /// </summary>
    public abstract Task<bool> UseAsync(int items, int latencyMs);

    /// <summary>CPU time used so far by the emulator process now serving, or null when it is this process.</summary>
    public abstract TimeSpan? ServerCpuTime();

    /// <summary>Ends every child process at once (Ctrl+C, process exit); safe to call from any thread, more than once.</summary>
    public abstract void KillNow();

    public abstract ValueTask DisposeAsync();

    public static async Task<BenchEmulator> StartAsync(bool inProcess, string repositoryRoot, int items)
    {
        if (inProcess)
        {
            var host = await EmulatorHost.StartAsync(new EmulatorOptions { Items = items });
            return new InProcessEmulator(host);
        }

        var emulator = new ChildProcessEmulator(repositoryRoot);
        try
        {
            await emulator.UseAsync(items, 0);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }
}

/// <summary>The emulator hosted in this process: its work shows up in this process's CPU time and allocations.</summary>
public sealed class InProcessEmulator : BenchEmulator
{
    private readonly EmulatorHost _host;

    public InProcessEmulator(EmulatorHost host)
    {
        _host = host;
        ApiKey = host.Options.PpioApiKey;
        Items = host.Options.Items;
        LatencyMs = host.Options.Faults.LatencyMs;
    }

    public override string Mode => "in-process";

    public override string Description => "in-process (EmulatorHost on " + _host.BaseUri + "): CPU time, allocations and working set include the emulator serving the pages (nothing is subtracted)";

    public override Uri BaseUri => _host.BaseUri;

    public override bool ClientOnly => false;

    public override Task<bool> UseAsync(int items, int latencyMs)
    {
        _host.Options.Items = items;
        _host.Options.Faults.LatencyMs = latencyMs;
        Items = items;
        LatencyMs = latencyMs;
        return Task.FromResult(false);
    }

    public override TimeSpan? ServerCpuTime() => null;

    public override void KillNow()
    {
    }

    public override ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>
/// The emulator as child processes, <c>dotnet GpuCloud.Emulator.dll --urls http://127.0.0.1:PORT --items N</c>, one per item
/// count (started on first use and kept, so no data set is rebuilt and no warm emulator is thrown away between scenarios;
/// the emulator has no run-time switch for the item count). Latency is set at run time with POST /_emulator/faults.
/// Children are ended through their Process objects only: on dispose, on Ctrl+C and on process exit.
/// </summary>
public sealed class ChildProcessEmulator : BenchEmulator
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _repositoryRoot;
    private readonly Dictionary<int, Child> _children = new();
    private readonly object _gate = new();
    private readonly HttpClient _admin = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Child? _current;
    private string? _dll;

    public ChildProcessEmulator(string repositoryRoot)
    {
        _repositoryRoot = repositoryRoot;
    }

    public override string Mode => "out-of-process";

    public override string Description => string.Format(CultureInfo.InvariantCulture,
        "out of process ({0} {1}, one child per item count, {2}): CPU time, allocations and working set of this process are the client's alone",
        DotnetHost(), Path.GetRelativePath(_repositoryRoot, _dll ?? "?"), ChildGcMode());

    public override Uri BaseUri => (_current ?? throw new InvalidOperationException("UseAsync first.")).BaseUri;

    public override bool ClientOnly => true;

    /// <summary>Process ids of the children, for the report.</summary>
    public IReadOnlyList<int> ProcessIds
    {
        get
        {
            lock (_gate)
            {
                return _children.Values.Select(c => c.Process.Id).ToList();
            }
        }
    }

    public override async Task<bool> UseAsync(int items, int latencyMs)
    {
        var started = false;
        Child? child;
        lock (_gate)
        {
            _children.TryGetValue(items, out child);
        }

        if (child == null)
        {
            child = await StartChildAsync(items);
            started = true;
        }

        if (child.LatencyMs != latencyMs)
        {
            await SetLatencyAsync(child, latencyMs);
        }

        _current = child;
        Items = items;
        LatencyMs = latencyMs;
        return started;
    }

    public override TimeSpan? ServerCpuTime()
    {
        var process = (_current ?? throw new InvalidOperationException("UseAsync first.")).Process;
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public override void KillNow()
    {
        List<Child> children;
        lock (_gate)
        {
            children = _children.Values.ToList();
        }

        foreach (var child in children)
        {
            Kill(child.Process);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        List<Child> children;
        lock (_gate)
        {
            children = _children.Values.ToList();
            _children.Clear();
        }

        foreach (var child in children)
        {
            Kill(child.Process);
            try
            {
                await child.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
            }

            child.Process.Dispose();
        }

        _admin.Dispose();
    }

    private async Task<Child> StartChildAsync(int items)
    {
        _dll ??= await LocateOrBuildEmulatorAsync();
        Exception? last = null;

        // A free port is picked by binding port 0 and releasing it; another program could take it in between, so try a few.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreeLoopbackPort();
            var baseUri = new Uri(string.Format(CultureInfo.InvariantCulture, "http://127.0.0.1:{0}/", port));
            var start = new ProcessStartInfo(DotnetHost())
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(_dll)!,
            };
            start.ArgumentList.Add(_dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
            start.ArgumentList.Add("--items");
            start.ArgumentList.Add(items.ToString(CultureInfo.InvariantCulture));
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var output = new BoundedLog();
            process.OutputDataReceived += (_, e) => output.Add(e.Data);
            process.ErrorDataReceived += (_, e) => output.Add(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var child = new Child(process, baseUri, items, output);
            lock (_gate)
            {
                // Registered before it answers, so Ctrl+C during start-up still ends it.
                _children[items] = child;
            }

            try
            {
                await WaitUntilAnsweringAsync(child);
                return child;
            }
            catch (Exception exception)
            {
                last = exception;
                lock (_gate)
                {
                    _children.Remove(items);
                }

                Kill(process);
                process.Dispose();
            }
        }

        throw new InvalidOperationException("the emulator child process did not start: " + last?.Message, last);
    }

    private async Task WaitUntilAnsweringAsync(Child child)
    {
        var clock = Stopwatch.StartNew();
        var state = new Uri(child.BaseUri, "_emulator/state");
        while (true)
        {
            if (child.Process.HasExited)
            {
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "exited with code {0} before answering: {1}", child.Process.ExitCode, child.Output));
            }

            try
            {
                using var response = await _admin.GetAsync(state);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException("GET /_emulator/state did not answer within " + StartTimeout.TotalSeconds + " s: " + child.Output);
            }

            await Task.Delay(50);
        }
    }

    private async Task SetLatencyAsync(Child child, int latencyMs)
    {
        // The body replaces every fault switch; {} clears them all.
        var body = latencyMs == 0 ? "{}" : "{\"latencyMs\":" + latencyMs.ToString(CultureInfo.InvariantCulture) + "}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync(new Uri(child.BaseUri, "_emulator/faults"), content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("POST /_emulator/faults answered " + (int)response.StatusCode + ": " + await response.Content.ReadAsStringAsync());
        }

        child.LatencyMs = latencyMs;
    }

    /// <summary>src/GpuCloud.Emulator/bin/&lt;this build's configuration&gt;/net10.0/GpuCloud.Emulator.dll, built with dotnet build when missing.</summary>
    private async Task<string> LocateOrBuildEmulatorAsync()
    {
        var configuration = typeof(ChildProcessEmulator).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (string.IsNullOrEmpty(configuration))
        {
            configuration = "Release";
        }

        var project = Path.Combine(_repositoryRoot, "src", "GpuCloud.Emulator");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "GpuCloud.Emulator.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        Console.WriteLine("building the emulator: dotnet build {0} -c {1}", Path.GetRelativePath(_repositoryRoot, project), configuration);
        var build = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", project, "-c", configuration, "-nologo", "-v", "q" })
        {
            build.ArgumentList.Add(argument);
        }

        using var process = Process.Start(build) ?? throw new InvalidOperationException("dotnet build did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(dll))
        {
            throw new InvalidOperationException("dotnet build of the emulator failed: " + await stdout + await stderr);
        }

        return dll;
    }

    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var self = Environment.ProcessPath;
        if (self != null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        return "dotnet";
    }

    private string ChildGcMode()
    {
        if (_dll == null)
        {
            return "GC per its runtimeconfig";
        }

        var config = Path.ChangeExtension(_dll, ".runtimeconfig.json");
        try
        {
            return File.ReadAllText(config).Contains("\"System.GC.Server\": true", StringComparison.Ordinal) ? "server GC" : "workstation GC";
        }
        catch (IOException)
        {
            return "GC per its runtimeconfig";
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or never started.
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    private sealed class Child(Process process, Uri baseUri, int items, BoundedLog output)
    {
        public Process Process { get; } = process;
        public Uri BaseUri { get; } = baseUri;
        public int Items { get; } = items;
        public BoundedLog Output { get; } = output;

        /// <summary>Latency last set on this child; -1 until set (it starts with none).</summary>
        public int LatencyMs { get; set; } = -1;
    }

    /// <summary>The last lines the child wrote (its banner, or why it failed).</summary>
    private sealed class BoundedLog
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 20)
                {
                    _lines.Dequeue();
                }
            }
        }

        public override string ToString()
        {
            lock (_lines)
            {
                return _lines.Count == 0 ? "(no output)" : string.Join(" | ", _lines);
            }
        }
    }
}
