using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Images;
using NewsReader.Ingestion;

namespace NewsReader.Web.Images;

/// <summary>
/// Fetched and resized images on disk under <c>.newsreader/images/</c>, at most
/// <c>Images:CacheMegabytes</c> in all: past the budget the least recently used files are deleted.
/// Files are named by a hash of their key (never by request text) plus their format's extension,
/// so the type is known without reading them again.
/// </summary>
public sealed partial class ImageDiskCache(IOptions<SeedsOptions> seeds, IOptions<ImagesOptions> images, ILogger<ImageDiskCache> logger)
{
    private static readonly Dictionary<string, ImageFormat> Extensions = new(StringComparer.Ordinal)
    {
        [".png"] = ImageFormat.Png,
        [".jpg"] = ImageFormat.Jpeg,
        [".gif"] = ImageFormat.Gif,
        [".webp"] = ImageFormat.WebP,
        [".avif"] = ImageFormat.Avif,
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly long _budget = images.Value.CacheMegabytes * 1024L * 1024;
    private string? _folder;
    private long _total;
    private long _clock;

    private sealed class Entry(string path, long size, ImageFormat format)
    {
        public string Path { get; } = path;
        public long Size { get; } = size;
        public ImageFormat Format { get; } = format;
        public long LastUsed { get; set; }
    }

    /// <summary>The total size of the files kept, for tests and /status.</summary>
    public long TotalBytes
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public static string KeyOf(string description) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)));

    public CachedImage? Find(string key)
    {
        Entry? entry;
        lock (_gate)
        {
            EnsureLoaded();
            if (!_entries.TryGetValue(key, out entry))
            {
                return null;
            }

            entry.LastUsed = ++_clock;
        }

        try
        {
            var stream = new FileStream(entry.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous);
            var header = new ImageHeader(entry.Format, null, null);
            return new CachedImage(stream, header.MediaType, File.GetLastWriteTimeUtc(entry.Path), $"\"{key[..16]}-{entry.Size:x}\"");
        }
        catch (IOException)
        {
            Forget(key);
            return null;
        }
    }

    public async Task StoreAsync(string key, byte[] bytes, ImageFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > _budget / 4)
        {
            return;
        }

        string folder;
        lock (_gate)
        {
            folder = EnsureLoaded();
        }

        var boundary = new SeedsFolderBoundary(seeds.Value.Path);
        var path = Path.Join(folder, key + Extensions.First(pair => pair.Value == format).Key);
        if (boundary.RefuseWrite(path) is { } reason)
        {
            LogRefused(reason);
            return;
        }

        var temporary = Path.Join(folder, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogRefused(ex.Message);
            return;
        }
        finally
        {
            File.Delete(temporary);
        }

        lock (_gate)
        {
            Forget(key);
            _entries[key] = new Entry(path, bytes.Length, format) { LastUsed = ++_clock };
            _total += bytes.Length;
            EvictOverBudget();
        }
    }

    /// <summary>Reads what an earlier run left (its files count against the budget too); called under the lock.</summary>
    private string EnsureLoaded()
    {
        if (_folder is not null)
        {
            return _folder;
        }

        var folder = Path.Join(Path.GetFullPath(seeds.Value.Path), ".newsreader", "images");
        _folder = folder;
        if (new SeedsFolderBoundary(seeds.Value.Path).RefuseWrite(Path.Join(folder, "probe")) is { } reason)
        {
            // A planted link: nothing there is read, listed or deleted; every store is refused the same way.
            LogRefused(reason);
            return folder;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles().OrderBy(file => file.LastWriteTimeUtc))
        {
            var key = Path.GetFileNameWithoutExtension(file.Name);
            if (file.Name.StartsWith('.') && file.Extension == ".tmp")
            {
                file.Delete();
                continue;
            }

            if (!Extensions.TryGetValue(file.Extension, out var format) || key.Length != 64)
            {
                continue;
            }

            _entries[key] = new Entry(file.FullName, file.Length, format) { LastUsed = ++_clock };
            _total += file.Length;
        }

        EvictOverBudget();
        return folder;
    }

    private void EvictOverBudget()
    {
        if (_total <= _budget)
        {
            return;
        }

        // Down to 90%, so the next few stores do not each pay for a sort.
        foreach (var (key, _) in _entries.OrderBy(pair => pair.Value.LastUsed).ToList())
        {
            if (_total <= _budget * 9 / 10)
            {
                break;
            }

            var path = _entries[key].Path;
            Forget(key);
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogRefused(ex.Message);
            }
        }
    }

    private void Forget(string key)
    {
        lock (_gate)
        {
            if (_entries.Remove(key, out var old))
            {
                _total -= old.Size;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image cache could not keep a file: {Reason}")]
    private partial void LogRefused(string reason);
}
