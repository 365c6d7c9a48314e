using System.Globalization;

namespace GpuCloud.Benchmarks;

public sealed class Settings
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/GpuCloud.Benchmarks [-- options]
          --quick                10,000 items only, 1 repetition, 3 at 0 ms (a smoke run, a minute or so)
          --items 10000,100000   item counts (default 10000,100000)
          --latency 0,50         injected latency per request in ms (default 0,50)
          --reps 3               measured repetitions per case, three times as many at 0 ms; the median is reported
          --json <path>          where to write the figures (default tests/GpuCloud.Benchmarks/results/latest.json)
          --no-powershell        skip the hosted PowerShell runspace measurements
          --in-process           host the emulator in this process instead of child processes
          --parsing              only the page-parsing benchmark (BenchmarkDotNet, in process, no network)
          --only <text>          run only the cases whose name contains the text, and not the pwsh comparison
          --help                 this text
        """;

    public List<int> Items { get; private set; } = new() { 10_000, 100_000 };
    public List<int> Latencies { get; private set; } = new() { 0, 50 };
    public int Repetitions { get; private set; } = 3;

    /// <summary>
    /// Three times the repetitions at 0 ms: a run there takes a second or less, and its CPU per item (the figure judged
    /// against 10 us) varied from 7 to 12 us between runs of one case on this machine, so the median needs more of them.
    /// </summary>
    public int RepetitionsAt(int latency) => latency == 0 ? Repetitions * 3 : Repetitions;
    public string? JsonPath { get; private set; }
    public bool Quick { get; private set; }
    public bool PowerShell { get; private set; } = true;
    public bool InProcess { get; private set; }
    public string? Only { get; private set; }
    public bool Parsing { get; private set; }
    public bool Help { get; private set; }

    public static Settings Parse(string[] args)
    {
        var settings = new Settings();
        var repsGiven = false;
        var itemsGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            switch (args[i])
            {
                case "--help":
                case "-h":
                    settings.Help = true;
                    break;
                case "--quick":
                    settings.Quick = true;
                    break;
                case "--items":
                    settings.Items = Numbers(args[i], Next());
                    itemsGiven = true;
                    break;
                case "--latency":
                    settings.Latencies = Numbers(args[i], Next());
                    break;
                case "--reps":
                    settings.Repetitions = Math.Max(1, Numbers(args[i], Next()).Single());
                    repsGiven = true;
                    break;
                case "--json":
                    settings.JsonPath = Next();
                    break;
                case "--no-powershell":
                    settings.PowerShell = false;
                    break;
                case "--in-process":
                    settings.InProcess = true;
                    break;
                case "--parsing":
                    settings.Parsing = true;
                    break;
                case "--only":
                    settings.Only = Next();
                    break;
                default:
                    throw new ArgumentException("unknown option " + args[i]);
            }
        }

        if (settings.Quick)
        {
            if (!itemsGiven)
            {
                settings.Items = new List<int> { 10_000 };
            }

            if (!repsGiven)
            {
                settings.Repetitions = 1;
            }
        }

        return settings;
    }

    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var directory = new DirectoryInfo(start);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "GpuCloud.sln")))
            {
                directory = directory.Parent;
            }

            if (directory != null)
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static List<int> Numbers(string option, string text)
    {
        var numbers = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", string.Empty), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) || number < 0)
            {
                throw new ArgumentException(option + " takes whole numbers of 0 or more, separated by commas; '" + part + "' is not one");
            }

            numbers.Add(number);
        }

        if (numbers.Count == 0)
        {
            throw new ArgumentException(option + " needs at least one number");
        }

        return numbers;
    }
}
