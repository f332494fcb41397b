using System.Collections.Immutable;

namespace NewsReader.Tests.Parsing;

/// <summary>A file's bytes, named by the recipe that made them so that a counterexample reads well.</summary>
public sealed record FileBytes(string Shape, ImmutableArray<byte> Bytes)
{
    public override string ToString() => $"{Shape} ({Bytes.Length} bytes): {Convert.ToHexString(Bytes.AsSpan())}";
}
