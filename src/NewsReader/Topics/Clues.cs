namespace NewsReader.Topics;

/// <summary>What an article says around a name that tells a person from an organisation or a place.</summary>
[Flags]
internal enum Clues
{
    None = 0,

    /// <summary>A title came before it: "Prime Minister Tony Blair", "Mr Blair".</summary>
    Titled = 1,

    /// <summary>It said something: "Blair said", "said Mr Blair", "Blair told".</summary>
    Speaks = 2,
}
