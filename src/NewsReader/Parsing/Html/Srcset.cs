using System.Globalization;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Reads a <c>srcset</c> the way the HTML standard does: an address runs to the next space (commas
/// inside it, as image services write <c>w_640,h_360</c>, belong to it), then an optional
/// <c>640w</c> or <c>2x</c> up to the comma.
/// </summary>
public static class Srcset
{
    /// <param name="Url">The candidate's address.</param>
    /// <param name="Size">Its width in pixels, or its density times 1000 (a bare address counts as 1x).</param>
    public sealed record Candidate(string Url, double Size);

    public static IEnumerable<Candidate> Parse(string srcset)
    {
        ArgumentNullException.ThrowIfNull(srcset);
        var at = 0;
        while (at < srcset.Length)
        {
            while (at < srcset.Length && (char.IsWhiteSpace(srcset[at]) || srcset[at] == ','))
            {
                at++;
            }

            var start = at;
            while (at < srcset.Length && !char.IsWhiteSpace(srcset[at]))
            {
                at++;
            }

            var url = srcset[start..at];
            var descriptor = "";
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var comma = srcset.IndexOf(',', at);
                var end = comma < 0 ? srcset.Length : comma;
                descriptor = srcset[at..end].Trim();
                at = end;
            }

            if (url.Length > 0)
            {
                yield return new Candidate(url, Size(descriptor));
            }
        }
    }

    private static double Size(string descriptor)
    {
        var number = descriptor.Length > 1 && double.TryParse(descriptor[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return descriptor.EndsWith('w') ? number : descriptor.EndsWith('x') ? number * 1000 : 1000;
    }
}
