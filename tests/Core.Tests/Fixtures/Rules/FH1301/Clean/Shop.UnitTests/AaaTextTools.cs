namespace Shop.UnitTests;

// Another class's helper of the same name, earlier in the project: not the one the tests below inherit.
public static class AaaTextTools
{
    public static int ParseReply(string text) => text.Length;
}
