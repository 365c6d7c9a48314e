using System.Globalization;
using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Http
{
    /// <summary>
    /// Checks a credential that travels in an HTTP header before any request: a header value can hold printable
    /// ASCII only, and .NET refuses anything else only when sending, as a connection failure. The message names
    /// where the value came from and never quotes it (it is usually a secret).
    /// </summary>
    internal static class HeaderValueGuard
    {
        public static string Check(string value, string parameterName) => Check(value, parameterName, "-" + parameterName);

        public static string CheckFromEnvironment(string value, string environmentVariable, string parameterName) =>
            Check(value, parameterName, "The environment variable " + environmentVariable);

        /// <param name="source">Where the value came from, as the message names it, such as "The user name of -Credential".</param>
        public static string Check(string value, string parameterName, string source)
        {
            for (var index = 0; index < value.Length; index++)
            {
                var c = value[index];
                if (c < ' ' || c > '~')
                {
                    throw new InvalidParameterException(parameterName, string.Format(CultureInfo.InvariantCulture,
                        "{0} contains a character that cannot be sent in an HTTP header: {1} at position {2}. Only printable ASCII characters can be; check for a character that came with a copy and paste, such as a typographic quote, an accented letter or a line break.",
                        source, c > '\u007f' ? "a non-ASCII character" : "a control character", index + 1));
                }
            }

            return value;
        }
    }
}
