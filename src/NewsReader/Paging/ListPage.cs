using System.Collections.Immutable;

namespace NewsReader.Paging;

/// <summary>One page of a list (the front page's articles, a topic's, every topic); numbers start at 1.</summary>
public sealed record ListPage<T>(ImmutableArray<T> Items, int Number, int TotalPages, int Total)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}

/// <summary>Cuts lists into <see cref="ListPage{T}"/>s, the one place page arithmetic is done.</summary>
public static class ListPage
{
    /// <returns>Page <paramref name="number"/> of <paramref name="all"/>, or null outside 1..TotalPages (page 1 always exists, empty for an empty list).</returns>
    public static ListPage<T>? Of<T>(ImmutableArray<T> all, int number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var totalPages = Math.Max(1, (all.Length + size - 1) / size);
        if (number < 1 || number > totalPages)
        {
            return null;
        }

        var first = (number - 1) * size;
        return new ListPage<T>(all.Slice(first, Math.Min(size, all.Length - first)), number, totalPages, all.Length);
    }
}
