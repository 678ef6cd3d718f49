using System.Reflection;
using System.Text.Json;
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
/// built-in templates embedded in the engine; includes resolve the same way and can never leave those two places
/// (no absolute paths, no <c>..</c>). Templates get the report document as plain data (objects, arrays, strings,
/// numbers) and pure helper functions — no .NET objects — and run under loop, recursion and time limits, so a
/// broken or hostile template fails with its file and line instead of hanging or reaching outside.
/// </summary>
public sealed class TemplateRenderer(string? overrideDirectory = null)
{
    private const string ResourcePrefix = "FloeHarden.Templates.";
    private const string BuiltInPrefix = "templates/";
    private static readonly Assembly Assembly = typeof(TemplateRenderer).Assembly;

    private readonly string? _overrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);

    public static IReadOnlyList<string> BuiltInTemplates { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Loop iterations per top-level loop (Scriban counts nested loops together). Far above what a report of a
    /// million-line repository needs, and reached by <c>while true</c> in well under a second.
    /// </summary>
    public int LoopLimit { get; init; } = 1_000_000;

    public int RecursionLimit { get; init; } = 64;

    public static string ReadBuiltIn(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name)
                           ?? Assembly.GetManifestResourceStream(ResourcePrefix + name.Replace('/', '\\'))
                           ?? throw new TemplateException($"no built-in template named '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static bool IsBuiltIn(string name) => BuiltInTemplates.Contains(name, StringComparer.Ordinal);

    /// <summary>Renders a small document (a diff, a test's); the report's own goes through <see cref="Render(string, JsonElement)"/>.</summary>
    public string Render(string templateName, JsonObject document) => Render(templateName, JsonSerializer.SerializeToElement(document));

    /// <summary>Renders <paramref name="document"/> (a JSON object) with the template named <paramref name="templateName"/>.</summary>
    public string Render(string templateName, JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"templates render a JSON object, not {document.ValueKind}", nameof(document));
        }

        var (text, path) = Load(templateName) ?? throw new TemplateException($"no template named '{templateName}' in the template directory or the built-in templates");
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new TemplateException(Describe(template.Messages.First(m => m.Type == ParserMessageType.Error)));
        }

        using var cancellation = new CancellationTokenSource(Timeout);
        var context = new TemplateContext
        {
            TemplateLoader = new Loader(this),
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = 0,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            CancellationToken = cancellation.Token,
        };
        var globals = ToDocument(document);
        globals.Import(typeof(TemplateFunctions), filter: null, renamer: member => TemplateFunctions.Rename(member.Name));
        globals.Import("has_template", new Func<string, bool>(name => SafeName(name) is { } safe && Load(safe) is not null));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException e)
        {
            throw new TemplateException($"{Location(e.Span)}: rendering took longer than {Timeout.TotalSeconds:0.#} s and was stopped here (an endless loop?)");
        }
        catch (ScriptParserRuntimeException e) when (e.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
        {
            // A syntax error in an included template: name the included file, not the include statement.
            throw new TemplateException(Describe(error));
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"{Location(e.Span)}: {e.OriginalMessage}");
        }
        catch (OperationCanceledException)
        {
            throw new TemplateException($"{path}: rendering took longer than {Timeout.TotalSeconds:0.#} s and was stopped (an endless loop?)");
        }
    }

    /// <summary>The template's text and the path errors name: the override file's full path, or templates/NAME.</summary>
    private (string Text, string Path)? Load(string name)
    {
        if (_overrideDirectory is not null)
        {
            var candidate = Path.GetFullPath(Path.Combine(_overrideDirectory, name));
            if (IsInside(candidate, _overrideDirectory) && File.Exists(candidate))
            {
                return (File.ReadAllText(candidate), candidate);
            }
        }

        return IsBuiltIn(name) ? (ReadBuiltIn(name), BuiltInPrefix + name) : null;
    }

    /// <summary>
    /// A relative name with forward slashes and no <c>.</c> or <c>..</c> segments, or null: includes may only name
    /// templates inside the template directory or among the built-ins.
    /// </summary>
    internal static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || Path.IsPathRooted(name) || normalized.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = normalized.Split('/');
        return segments.Any(s => s.Length == 0 || s == "." || s == "..") ? null : normalized;
    }

    private static bool IsInside(string path, string directory)
    {
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string Describe(LogMessage message) => $"{Location(message.Span)}: {message.Message}";

    private static string Location(SourceSpan span) => $"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1})";

    /// <summary>
    /// Plain data for templates: objects, arrays and scalars only, read straight off the parsed document (a report's
    /// findings are a hundred thousand objects; a node tree in between would cost as much again).
    /// </summary>
    internal static object? ToScript(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return ToScriptObject(element);
            case JsonValueKind.Array:
                var array = new ScriptArray(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToScript(item));
                }

                return array;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble();
            default:
                return null;
        }
    }

    private static ScriptObject ToScriptObject(JsonElement element)
    {
        var script = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            script.SetValue(property.Name, ToScript(property.Value), readOnly: false);
        }

        return script;
    }

    /// <summary>The report document: its findings read member by member (<see cref="JsonRecord"/>), everything else converted.</summary>
    private static ScriptObject ToDocument(JsonElement document)
    {
        var script = new ScriptObject();
        foreach (var property in document.EnumerateObject())
        {
            script.SetValue(property.Name, property.NameEquals("findings"u8) && property.Value.ValueKind == JsonValueKind.Array ? Records(property.Value) : ToScript(property.Value), readOnly: false);
        }

        return script;
    }

    private static ScriptArray Records(JsonElement array)
    {
        var records = new ScriptArray(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            records.Add(item.ValueKind == JsonValueKind.Object ? new JsonRecord(item) : ToScript(item));
        }

        return records;
    }

    /// <summary>
    /// Resolves includes. GetPath turns the name into the path that errors will name (so a syntax error in an
    /// included override file points at that file) and refuses names that would leave the template places.
    /// </summary>
    private sealed class Loader(TemplateRenderer renderer) : ITemplateLoader
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var safe = SafeName(templateName)
                       ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: includes name a template relative to the template directory, without '..' or an absolute path");
            var loaded = renderer.Load(safe)
                         ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found (in the template directory or the built-in templates)");
            _texts[loaded.Path] = loaded.Text;
            return loaded.Path;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            _texts.TryGetValue(templatePath, out var text)
                ? text
                : throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' not found");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
