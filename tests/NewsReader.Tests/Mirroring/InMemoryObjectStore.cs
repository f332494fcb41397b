using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using NewsReader.Mirroring;

namespace NewsReader.Tests.Mirroring;

/// <summary>A bucket in a dictionary, listed two keys a page so paging is exercised; <see cref="Failure"/> makes every call fail.</summary>
internal sealed class InMemoryObjectStore : IObjectStore
{
    private readonly SortedDictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

    public string Description => "test bucket";

    public ObjectStoreException? Failure { get; set; }

    public int Pages { get; private set; }

    public List<string> Downloads { get; } = [];

    public void Put(string key, string text) => _objects[key] = Encoding.UTF8.GetBytes(text);

    public void Delete(string key) => _objects.Remove(key);

    public async IAsyncEnumerable<StoredObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = _objects.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        for (var page = 0; page * 2 < Math.Max(keys.Count, 1); page++)
        {
            await Task.Yield();
            Pages++;
            if (Failure is not null)
            {
                throw Failure;
            }

            foreach (var key in keys.Skip(page * 2).Take(2))
            {
                yield return new StoredObject { Key = key, ETag = ETag(_objects[key]), Size = _objects[key].Length };
            }
        }
    }

    public async Task<string?> CopyToAsync(string key, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        if (!_objects.TryGetValue(key, out var bytes))
        {
            throw new ObjectStoreException("not found", onlyThisObject: true);
        }

        Downloads.Add(key);
        await destination.WriteAsync(bytes, cancellationToken);
        return ETag(bytes);
    }

    private static string ETag(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
}
