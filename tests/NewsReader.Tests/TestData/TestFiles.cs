namespace NewsReader.Tests.TestData;

/// <summary>Reads fixtures copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
