using System;
using System.IO;

namespace GpuCloud.HelpBuilder
{
    /// <summary>dotnet GpuCloud.HelpBuilder.dll --docs docs/GpuCloud --out out/GpuCloud/en-US</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string? docs = null;
            string? output = null;
            for (var i = 0; i < args.Length - 1; i++)
            {
                if (args[i] == "--docs")
                {
                    docs = args[++i];
                }
                else if (args[i] == "--out")
                {
                    output = args[++i];
                }
            }

            if (docs == null || output == null || !Directory.Exists(docs))
            {
                Console.Error.WriteLine("usage: GpuCloud.HelpBuilder --docs <folder of PlatyPS markdown> --out <en-US folder>");
                return 2;
            }

            try
            {
                var written = HelpGenerator.WriteTo(docs, output);
                Console.WriteLine("GpuCloud help: " + written + " file(s) written to " + Path.GetFullPath(output));
                return 0;
            }
            catch (Exception failure) when (failure is FormatException || failure is IOException)
            {
                Console.Error.WriteLine("error GCHELP1: " + failure.Message);
                return 1;
            }
        }
    }
}
