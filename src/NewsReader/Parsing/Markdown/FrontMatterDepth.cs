namespace NewsReader.Parsing.Markdown;

/// <summary>
/// Measures how deep YAML front matter nests before YamlDotNet reads it. YamlDotNet builds its
/// node tree recursively, so tens of thousands of nested <c>[</c> or <c>- </c> overflow the stack,
/// which no catch can stop: the depth has to be known first. The scan is a cheap approximation of
/// YAML's rules, erring towards counting more: block levels are indentation columns and <c>- </c>
/// or <c>? </c> entries (several on one line nest), flow levels are <c>[</c> and <c>{</c> that open
/// a value, counted outside quoted text. Real front matter nests two or three levels.
/// </summary>
public static class FrontMatterDepth
{
    /// <summary>Far past any real front matter, far short of the recursion YamlDotNet survives.</summary>
    public const int Limit = 64;

    /// <param name="yaml">The front matter, without its <c>---</c> lines.</param>
    public static NestingDepth Measure(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var blocks = new List<int>();
        var flow = 0;
        var deepest = new NestingDepth(0, 0);
        var lineNumber = 0;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var at = 0;
            if (flow == 0)
            {
                at = Indentation(line);
                if (at == line.Length || line[at] == '#')
                {
                    continue;
                }

                while (blocks.Count > 0 && blocks[^1] >= at)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                }

                blocks.Add(at);
                // "- - - x" is three sequences, one inside the other.
                while (at < line.Length && line[at] is '-' or '?' && (at + 1 == line.Length || line[at + 1] is ' ' or '\t'))
                {
                    at = Math.Min(line.Length, at + 1) + Indentation(line[Math.Min(line.Length, at + 1)..]);
                    blocks.Add(at);
                }
            }

            deepest = Deeper(deepest, blocks.Count + flow, lineNumber);
            flow = ScanFlow(line, at, flow, blocks.Count, lineNumber, ref deepest);
        }

        return deepest;
    }

    /// <summary>Counts the flow collections on the rest of a line; returns the flow depth at its end.</summary>
    private static int ScanFlow(ReadOnlySpan<char> line, int at, int flow, int blockDepth, int lineNumber, ref NestingDepth deepest)
    {
        var valueStart = flow == 0;
        for (var i = at; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '[' or '{' && (flow > 0 || valueStart))
            {
                flow++;
                deepest = Deeper(deepest, blockDepth + flow, lineNumber);
            }
            else if (c is ']' or '}' && flow > 0)
            {
                flow--;
            }
            else if (c is '"' or '\'' && (flow > 0 || valueStart))
            {
                var close = line[(i + 1)..].IndexOf(c);
                i = close < 0 ? line.Length : i + 1 + close;
            }
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
            {
                break;
            }

            // In block context a collection opens a value only at its start or after "key: ".
            valueStart = c is ' ' or '\t' ? valueStart || (i > 0 && line[i - 1] == ':') : false;
        }

        return flow;
    }

    private static int Indentation(ReadOnlySpan<char> line)
    {
        var at = 0;
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    private static NestingDepth Deeper(NestingDepth deepest, int depth, int line) => depth > deepest.Depth ? new NestingDepth(depth, line) : deepest;
}
