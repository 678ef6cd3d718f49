namespace FloeHarden.Core.Rules;

public sealed record Section(string Id, string Title, string Slug);

public static class Sections
{
    public static readonly Section Mocks = new("AC-1.1", "Mock fallback catalog", "mocks");
    public static readonly Section ConfigDuplication = new("AC-1.2", "Config duplication map", "config");
    public static readonly Section Assertions = new("AC-1.3", "Assertion strength", "assertions");
    public static readonly Section SideEffects = new("AC-1.4", "Side-effect verification", "side-effects");
    public static readonly Section Classification = new("AC-1.5", "Test classification", "classification");
    public static readonly Section Workflows = new("AC-1.6", "E2E coverage gap map", "workflows");
    public static readonly Section Plugins = new("AC-1.7", "Plugin integration coverage", "plugins");
    public static readonly Section Infrastructure = new("AC-1.8", "Test infrastructure inventory", "infrastructure");
    public static readonly Section Engine = new("engine", "Engine diagnostics", "engine");

    public static readonly IReadOnlyList<Section> All =
        [Mocks, ConfigDuplication, Assertions, SideEffects, Classification, Workflows, Plugins, Infrastructure];

    public static Section ById(string id) =>
        id == Engine.Id ? Engine : All.First(s => s.Id == id);
}
