using FsCheck;

namespace NewsReader.Tests.Parsing;

/// <summary>Any string at all, leaning on what breaks text code: controls, lone surrogates, odd line breaks, long lines.</summary>
public sealed record HostileText(string Value)
{
    public override string ToString() => ArticleTextGenerators.Escape(Value);
}
