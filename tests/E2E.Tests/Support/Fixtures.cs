namespace FloeHarden.E2E.Tests.Support;

/// <summary>Reads the example bodies under Fixtures/ (copied next to the test assembly).</summary>
public static class Fixtures
{
    public static string Read(string relative) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
}
