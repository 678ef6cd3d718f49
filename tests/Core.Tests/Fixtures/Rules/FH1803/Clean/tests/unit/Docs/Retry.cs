namespace Shop.Tests.Unit.Docs;

// Documentation sample code (a MarkdownSnippets region): RetryTests test the product's retry, not this sample.
internal static class Retry
{
    #region retry-usage
    public static int Usage()
    {
        var pipeline = new PipelineBuilder().AddRetry(3).Build();
        return pipeline.Execute(() => 42);
    }
    #endregion
}
