namespace NewsReader.Browser.Tests.Offline;

internal static class ServiceWorkerScripts
{
    /// <summary>
    /// The active worker's script address once navigator.serviceWorker.ready settles, or null after
    /// ten seconds: evaluate has no timeout of its own, and a worker that never registers must fail
    /// the test rather than hang it.
    /// </summary>
    public const string ActiveWorkerUrl = """
        () => Promise.race([
          navigator.serviceWorker.ready.then((registration) => registration.active?.scriptURL ?? null),
          new Promise((resolve) => setTimeout(() => resolve(null), 10000)),
        ])
        """;

    /// <summary>
    /// Whether Cache Storage holds every one of the given addresses, waiting up to five seconds: a
    /// worker may store a page after it has answered with it, and going offline before then would race.
    /// </summary>
    public const string CachedWithin5Seconds = """
        async (urls) => {
          const deadline = Date.now() + 5000;
          while (true) {
            const found = await Promise.all(urls.map((url) => caches.match(url)));
            if (found.every(Boolean)) return true;
            if (Date.now() > deadline) return false;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
        """;
}
