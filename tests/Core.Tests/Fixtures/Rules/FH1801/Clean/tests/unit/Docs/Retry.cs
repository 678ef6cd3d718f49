namespace Shop.Tests.Unit.Docs;

// MarkdownSnippets (mdsnippets.json at the root) copies any `#region key` into the docs: sample code, used by the docs.
internal static class Retry
{
    public static void Usage()
    {
        #region retry-usage
        var pipeline = new PipelineBuilder().AddRetry(3).Build();
        pipeline.Execute(() => System.Console.WriteLine("hello"));
        #endregion
    }
}
