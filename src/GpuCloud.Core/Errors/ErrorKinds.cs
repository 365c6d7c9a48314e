namespace GpuCloud.Core.Errors
{
    internal static class ErrorKinds
    {
        public static ErrorKind FromHttpStatus(int status)
        {
            switch (status)
            {
                case 400:
                case 405:
                case 409:
                case 413:
                case 422:
                    return ErrorKind.InvalidArgument;
                case 401:
                    return ErrorKind.Authentication;
                case 403:
                    return ErrorKind.PermissionDenied;
                case 404:
                    return ErrorKind.NotFound;
                case 408:
                case 504:
                    return ErrorKind.Timeout;
                case 429:
                    return ErrorKind.Throttled;
                default:
                    return status >= 500 ? ErrorKind.Unavailable : ErrorKind.Failed;
            }
        }
    }
}
