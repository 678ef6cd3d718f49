using System.Reflection;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FloeHarden.Core.Reporting;

/// <summary>A template that failed to parse or render, with its file, line and column.</summary>
public sealed class TemplateException(string message) : Exception(message);

/// <summary>
/// Renders report templates with Scriban. A template is looked up in the override directory first, then among the
/// built-in templates embedded in the engine; includes resolve the same way. Templates get the report document as
/// plain data (objects, arrays, strings, numbers) and a few pure helper functions — no .NET objects.
/// </summary>
public sealed class TemplateRenderer(string? overrideDirectory = null)
{
    private const string ResourcePrefix = "FloeHarden.Templates.";
    private static readonly Assembly Assembly = typeof(TemplateRenderer).Assembly;

    public static IReadOnlyList<string> BuiltInTemplates { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public static string ReadBuiltIn(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name)
                           ?? Assembly.GetManifestResourceStream(ResourcePrefix + name.Replace('/', '\\'))
                           ?? throw new TemplateException($"no built-in template named '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string Render(string templateName, JsonObject document)
    {
        var (text, path) = Load(templateName);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new TemplateException(Describe(template.Messages.First(m => m.Type == ParserMessageType.Error)));
        }

        using var cancellation = new CancellationTokenSource(Timeout);
        var context = new TemplateContext
        {
            TemplateLoader = new Loader(this),
            LoopLimit = 200_000,
            RecursiveLimit = 64,
            LimitToString = 0,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            CancellationToken = cancellation.Token,
        };
        var globals = ToScriptObject(document);
        globals.Import(typeof(TemplateFunctions), filter: null, renamer: member => TemplateFunctions.Rename(member.Name));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"{Location(e.Span)}: {e.OriginalMessage}");
        }
        catch (OperationCanceledException)
        {
            throw new TemplateException($"{path}: rendering took longer than {Timeout.TotalSeconds:0} s and was stopped (an endless loop?)");
        }
    }

    private (string Text, string Path) Load(string name)
    {
        if (overrideDirectory is not null)
        {
            var candidate = Path.GetFullPath(Path.Combine(overrideDirectory, name));
            if (File.Exists(candidate))
            {
                return (File.ReadAllText(candidate), candidate);
            }
        }

        return (ReadBuiltIn(name), $"templates/{name}");
    }

    private static string Describe(LogMessage message) => $"{Location(message.Span)}: {message.Message}";

    private static string Location(SourceSpan span) => $"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1})";

    /// <summary>Plain data for templates: objects, arrays and scalars only.</summary>
    internal static object? ToScript(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ToScriptObject(o),
        JsonArray a => new ScriptArray(a.Select(ToScript)),
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            System.Text.Json.JsonValueKind.Number => v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l) ? l : v.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };

    private static ScriptObject ToScriptObject(JsonObject o)
    {
        var script = new ScriptObject();
        foreach (var (key, value) in o)
        {
            script.SetValue(key, ToScript(value), readOnly: false);
        }

        return script;
    }

    private sealed class Loader(TemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            try
            {
                return renderer.Load(templatePath).Text;
            }
            catch (TemplateException)
            {
                throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' not found (in the template directory or the built-in templates)");
            }
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
