namespace FloeHarden.Core.Rules;

/// <summary>A rule of the catalog. Ids are stable once shipped.</summary>
public sealed record Rule(string Id, string Section, Severity DefaultSeverity, string Title, string Description)
{
    /// <summary>Built once: every finding of the rule writes it to report.json.</summary>
    public string HelpUri { get; } = RuleCatalog.DocsBaseUri + Id + ".md";

    public string DocsPath => $"docs/rules/{Id}.md";
}
