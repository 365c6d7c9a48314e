using GpuCloud.Emulator;

var options = new EmulatorOptions();
var app = EmulatorApp.Build(args, options);
await app.StartAsync();
EmulatorBanner.Print(Console.Out, EmulatorApp.Addresses(app), options, EmulatorApp.IssueScnetToken(app, TimeSpan.FromDays(30)));
await app.WaitForShutdownAsync();
