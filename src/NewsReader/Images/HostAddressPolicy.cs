using System.Net;
using System.Net.Sockets;

namespace NewsReader.Images;

/// <summary>
/// Which addresses the image proxy may connect to: only the public internet. Private networks,
/// loopback, link-local (the cloud metadata service at 169.254.169.254), carrier-grade NAT,
/// multicast, broadcast and the documentation and reserved ranges are refused, so an article
/// cannot make the server fetch from its own network. IPv6 forms that carry an IPv4 address
/// (mapped, 6to4, NAT64) are judged by that address.
/// </summary>
public static class HostAddressPolicy
{
    private static readonly IPNetwork[] RefusedV4 = Ranges(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    private static readonly IPNetwork[] RefusedV6 = Ranges(
        "::/96", "100::/64", "2001::/32", "2001:db8::/32", "3fff::/20", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private static readonly IPNetwork[] EmbeddingV4 = Ranges("64:ff9b::/96", "64:ff9b:1::/48");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !RefusedV4.Any(range => range.Contains(address));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || RefusedV6.Any(range => range.Contains(address)))
        {
            return false;
        }

        // 6to4 (2002::/16) carries its IPv4 address in bytes 2–5; NAT64 in the last four.
        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return !EmbeddingV4.Any(range => range.Contains(address)) || IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
    }

    private static IPNetwork[] Ranges(params string[] ranges) => [.. ranges.Select(range => IPNetwork.Parse(range))];
}
