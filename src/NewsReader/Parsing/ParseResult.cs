using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Parsing;

/// <summary>Either a value or the specific reason there is none; bad files are expected, not exceptional.</summary>
public sealed record ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>Why the input was rejected, phrased for an operator reading the log.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    public static ParseResult<T> Ok<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ParseResult<T> Fail<T>(string error)
        where T : class => new(null, error);
}
