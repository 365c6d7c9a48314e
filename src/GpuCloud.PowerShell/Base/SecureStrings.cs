using System;
using System.Runtime.InteropServices;
using System.Security;
using GpuCloud.Core.Connections;

namespace GpuCloud.PowerShell.Base
{
    internal static class SecureStrings
    {
        public static SecretText? ToSecret(SecureString? secure)
        {
            if (secure == null || secure.Length == 0)
            {
                return null;
            }

            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
                // With the length: a NUL inside the secret must not end it early (it would silently send a shorter secret).
                return new SecretText(Marshal.PtrToStringUni(pointer, secure.Length));
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }
    }
}
