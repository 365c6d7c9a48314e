using System.Management.Automation;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>
    /// Rejects, when the parameter is bound, a value that is no valid wildcard pattern (an unclosed '[', an empty or reversed
    /// range), which would otherwise fail only once the first page is in.
    /// </summary>
    public sealed class ValidateWildcardPatternAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            var pattern = element is PSObject wrapped ? wrapped.BaseObject as string : element as string;
            if (pattern == null)
            {
                return;
            }

            try
            {
                // A pattern is parsed on its first match.
                new WildcardPattern(pattern, WildcardOptions.IgnoreCase).IsMatch(string.Empty);
            }
            catch (WildcardPatternException)
            {
                throw new ValidationMetadataException("'" + pattern + "' is not a valid wildcard pattern: a '[' must be closed by ']' and hold characters or a range such as [a-z]. "
                    + "To match '[' or ']' themselves, escape them with a backtick (`[ and `]).");
            }
        }
    }
}
