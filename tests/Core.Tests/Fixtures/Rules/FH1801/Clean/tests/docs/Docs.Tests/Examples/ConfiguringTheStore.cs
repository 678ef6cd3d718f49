using System;

namespace Docs.Tests.Examples;

// Compiled so that the documentation snippets keep building; mdsnippets copies them into docs/*.md.
public class ConfiguringTheStore
{
    #region sample_configure_store
    public void Configure()
    {
        var settings = new StoreSettings { ConnectionString = "Host=localhost" };
        Console.WriteLine(settings);
    }
    #endregion
}

#region sample_store_settings
public class StoreSettings
{
    public string ConnectionString { get; set; } = "";
}
#endregion

// begin-snippet: retry_policy
public class RetryPolicySample
{
    public int Attempts => 3;
}
// end-snippet

public class DocFxSample
{
    // <SnippetCreate>
    public object Create() => new();
    // </SnippetCreate>
}
