namespace Di.Tests.Shared;

public static class Paths
{
    public static string Root => "/tmp";
}

// The tests take this project's assembly for its location and reflect over it, but register nothing from it: its unused types stay reported.
public class UnusedHelper // plant: FH1801
{
    public int Answer => 42;
}
