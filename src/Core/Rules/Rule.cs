namespace FloeHarden.Core.Rules;

/// <summary>A rule of the catalog. Ids are stable once shipped.</summary>
public sealed record Rule(string Id, string Section, Severity DefaultSeverity, string Title, string Description)
{
    public string HelpUri => $"{RuleCatalog.DocsBaseUri}{Id}.md";

    public string DocsPath => $"docs/rules/{Id}.md";
}
