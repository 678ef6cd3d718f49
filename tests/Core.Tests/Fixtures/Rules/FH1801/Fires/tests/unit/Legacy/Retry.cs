namespace Shop.Tests.Unit.Legacy;

// A one-word region is only a region where the repository does not use MarkdownSnippets (no mdsnippets.json).
internal static class Retry // plant: FH1801
{
    #region retry-usage
    public static void Usage()
    {
        var pipeline = new PipelineBuilder().AddRetry(3).Build();
        pipeline.Execute(() => System.Console.WriteLine("hello"));
    }
    #endregion
}
