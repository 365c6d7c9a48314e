using System;
using System.Text.RegularExpressions;
using GpuCloud.Core.Errors;

namespace GpuCloud.Core.Http
{
    /// <summary>Checks values that go into a URL path before any request: nothing that could change the path.</summary>
    internal static class PathSegmentGuard
    {
        private static readonly Regex Uuid = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", RegexOptions.CultureInvariant);

        public static string Check(string? value, string parameterName, int maxLength = 128)
        {
            if (value == null || value.Trim().Length == 0)
            {
                throw new InvalidParameterException(parameterName, "-" + parameterName + " must not be empty or white space.");
            }

            if (value.Length > maxLength)
            {
                throw new InvalidParameterException(parameterName, "-" + parameterName + " is " + value.Length + " characters long; the provider accepts at most " + maxLength + ".");
            }

            foreach (var c in value)
            {
                if (char.IsControl(c) || c == '/' || c == '\\' || c == '?' || c == '#' || c == '%')
                {
                    throw new InvalidParameterException(parameterName, "-" + parameterName + " '" + Printable(value) + "' contains '" + Printable(c.ToString()) + "', which cannot appear in an id (no '/', '\\', '?', '#', '%' or control characters).");
                }
            }

            if (value.IndexOf("..", StringComparison.Ordinal) >= 0)
            {
                throw new InvalidParameterException(parameterName, "-" + parameterName + " '" + Printable(value) + "' contains '..', which cannot appear in an id.");
            }

            // A lone '.' is a dot segment: the URL would lose it and ask for another path.
            if (value == ".")
            {
                throw new InvalidParameterException(parameterName, "-" + parameterName + " '.' cannot be an id.");
            }

            return value;
        }

        /// <summary>A UUID as ModelArts documents its ids: lower-case hex, version 1-5, RFC 4122 variant.</summary>
        public static string CheckUuid(string? value, string parameterName)
        {
            Check(value, parameterName, 36);
            if (!Uuid.IsMatch(value!))
            {
                throw new InvalidParameterException(parameterName, "-" + parameterName + " '" + Printable(value!) + "' is not a ModelArts id: expected a lower-case UUID such as b4beacb6-4380-448c-a218-daa82cf03f5d.");
            }

            return value!;
        }

        private static string Printable(string text)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                builder.Append(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
            }

            return builder.ToString();
        }
    }
}
