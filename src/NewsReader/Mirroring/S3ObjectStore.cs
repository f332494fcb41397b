using System.Net;
using System.Runtime.CompilerServices;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using NewsReader.Ingestion;

namespace NewsReader.Mirroring;

/// <summary>
/// A bucket on S3 or an S3-compatible server, through the AWS SDK. With an endpoint configured
/// the client never asks AWS anything: the region is the configured one (no lookup chain) and
/// the keys come from configuration or the environment only, never from an instance-metadata
/// service, so tests and private servers see no traffic but their own.
/// </summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;

    public S3ObjectStore(S3SourceOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        _bucket = options.Bucket;
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // A poll is retried at the next poll anyway: a dead server should not hold one for minutes.
            MaxErrorRetry = 1,
            Timeout = TimeSpan.FromSeconds(30),
            // Checksums only where S3 requires them: S3-compatible servers know the plain protocol best.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.Endpoint.Length > 0)
        {
            config.ServiceURL = options.Endpoint;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        _client = Credentials(options, environment) is { } credentials ? new AmazonS3Client(credentials, config) : new AmazonS3Client(config);
        Description = options.Endpoint.Length > 0 ? $"bucket '{_bucket}' at {options.Endpoint}" : $"bucket '{_bucket}' ({options.Region})";
    }

    public string Description { get; }

    /// <summary>Keys a listing page; left to the server (1,000 on S3) except where tests make paging happen.</summary>
    internal int? PageSize { get; init; }

    public async IAsyncEnumerable<StoredObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix.Length > 0 ? prefix : null, MaxKeys = PageSize };
        do
        {
            var response = await CallAsync(() => _client.ListObjectsV2Async(request, cancellationToken), onlyThisObject: false, cancellationToken).ConfigureAwait(false);
            foreach (var item in response.S3Objects ?? [])
            {
                yield return new StoredObject
                {
                    Key = item.Key,
                    ETag = (item.ETag ?? "").Trim('"'),
                    Size = item.Size ?? 0,
                    LastModified = item.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : null,
                };
            }

            request.ContinuationToken = response.IsTruncated == true ? response.NextContinuationToken : null;
        }
        while (request.ContinuationToken is { Length: > 0 });
    }

    public async Task<string?> CopyToAsync(string key, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var response = await CallAsync(() => _client.GetObjectAsync(_bucket, key, cancellationToken), onlyThisObject: true, cancellationToken).ConfigureAwait(false);
        var buffer = new byte[81_920];
        long copied = 0;
        int read;
        while ((read = await response.ResponseStream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copied += read;
            if (copied > maxBytes)
            {
                throw new ObjectStoreException($"it grew past {maxBytes} bytes since it was listed", onlyThisObject: true);
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return response.ETag?.Trim('"');
    }

    public void Dispose() => _client.Dispose();

    private static AWSCredentials? Credentials(S3SourceOptions options, Func<string, string?> environment)
    {
        if (options.AccessKey.Length > 0)
        {
            return new BasicAWSCredentials(options.AccessKey, options.SecretKey);
        }

        if (environment("AWS_ACCESS_KEY_ID") is { Length: > 0 } key && environment("AWS_SECRET_ACCESS_KEY") is { Length: > 0 } secret)
        {
            return environment("AWS_SESSION_TOKEN") is { Length: > 0 } token ? new SessionAWSCredentials(key, secret, token) : new BasicAWSCredentials(key, secret);
        }

        // AWS itself: the SDK's chain (profiles, instance roles). A server of one's own: unsigned requests.
        return options.Endpoint.Length > 0 ? new AnonymousAWSCredentials() : null;
    }

    /// <summary>Turns the SDK's failures into reasons that say what to check.</summary>
    private async Task<T> CallAsync<T>(Func<Task<T>> call, bool onlyThisObject, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode == "NoSuchBucket")
        {
            throw new ObjectStoreException($"the bucket '{_bucket}' does not exist; check {SeedsOptions.Section}:S3:Bucket", false, ex);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw new ObjectStoreException(
                $"access denied ({(int)ex.StatusCode} {ex.ErrorCode}); check {SeedsOptions.Section}:S3:AccessKey and SecretKey or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", onlyThisObject, ex);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ObjectStoreException($"not found ({ex.ErrorCode}): deleted since it was listed", onlyThisObject, ex);
        }
        catch (AmazonServiceException ex)
        {
            throw new ObjectStoreException($"the server answered {(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}", false, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or AmazonClientException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ObjectStoreException($"cannot reach the server: {Innermost(ex).Message}", false, ex);
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
