namespace NewsReader.Articles;

/// <summary>Word counts and the reading time shown next to every headline.</summary>
public static class ReadingTime
{
    /// <summary>A common figure for adults reading non-fiction on a screen.</summary>
    public const int WordsPerMinute = 230;

    public static int Minutes(int wordCount) =>
        wordCount <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(wordCount / (double)WordsPerMinute));

    /// <summary>Counts whitespace-separated tokens that contain at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var count = 0;
        var inWord = false;
        var wordHasContent = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasContent)
                {
                    count++;
                }

                inWord = false;
                wordHasContent = false;
                continue;
            }

            inWord = true;
            wordHasContent |= char.IsLetterOrDigit(c);
        }

        return inWord && wordHasContent ? count + 1 : count;
    }
}
