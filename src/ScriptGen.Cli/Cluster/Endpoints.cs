using System.Globalization;
using System.Net;

namespace ScriptGen.Cli.Cluster;

/// <summary>HOST:PORT arguments (<c>--cluster</c>, <c>--join</c>) as endpoints, a name resolved to its first IPv4 address.</summary>
internal static class Endpoints
{
    /// <exception cref="UsageException">Not HOST:PORT, a port out of range, or a host that does not resolve.</exception>
    public static IPEndPoint Parse(string option, string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
        {
            throw new UsageException($"{option} {text}: expected HOST:PORT, for example 127.0.0.1:30000 (a port from 1 to 65535).");
        }

        string host = text[..colon];
        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            return new IPEndPoint(address, port);
        }

        IPAddress[] found;
        try
        {
            found = Dns.GetHostAddresses(host);
        }
        catch (System.Net.Sockets.SocketException failure)
        {
            throw new UsageException($"{option} {text}: the host '{host}' does not resolve ({failure.Message}).");
        }

        IPAddress? first = found.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? found.FirstOrDefault();
        return first is null
            ? throw new UsageException($"{option} {text}: the host '{host}' has no address.")
            : new IPEndPoint(first, port);
    }
}
