using System.Globalization;
using System.Text;
using Scriban.Runtime;

namespace FloeHarden.Core.Reporting;

/// <summary>
/// Pure helpers available to templates as <c>md_cell</c>, <c>plural</c>, <c>percent</c>, <c>severity_icon</c>…
/// (every public method, renamed to snake_case; documented in docs/templates.md).
/// </summary>
public static class TemplateFunctions
{
    internal static string Rename(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Text safe inside a markdown table cell.</summary>
    public static string MdCell(object? value) =>
        (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Inline code that survives backticks in the text.</summary>
    public static string MdCode(object? value)
    {
        var text = MdCell(value);
        return text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";
    }

    public static string Plural(long count, string singular, string? plural = null) =>
        count == 1 ? $"{count} {singular}" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";

    public static string Number(double value) => value.ToString(value % 1 == 0 ? "N0" : "N2", CultureInfo.InvariantCulture);

    public static string Percent(double part, double total) =>
        total <= 0 ? "0%" : (100.0 * part / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string SeverityIcon(string severity) => severity switch
    {
        "critical" => "🔴",
        "major" => "🟠",
        "minor" => "🟡",
        _ => "🔵",
    };

    public static string Bar(double part, double total, int width = 20)
    {
        if (total <= 0)
        {
            return "";
        }

        var filled = (int)Math.Round(width * part / total);
        return new string('█', filled) + new string('░', width - filled);
    }

    /// <summary>0 for info … 3 for critical, so templates and scripts can sort by severity.</summary>
    public static int SeverityRank(string severity) => severity switch
    {
        "critical" => 3,
        "major" => 2,
        "minor" => 1,
        _ => 0,
    };

    /// <summary>The items (objects) whose field <paramref name="key"/> equals <paramref name="value"/>, in order.</summary>
    public static ScriptArray Where(ScriptArray? items, string key, object? value)
    {
        var wanted = Convert.ToString(value, CultureInfo.InvariantCulture);
        var result = new ScriptArray();
        foreach (var item in items ?? [])
        {
            if (TryGetField(item, key, out var field) && Matches(field, value, wanted))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>
    /// The items (objects) grouped by the text of their field <paramref name="key"/>, each group in order; items without the
    /// field are left out. One pass where a <c>where</c> per value would scan the items once per value: a report's findings
    /// are tens of thousands and its rules dozens.
    /// </summary>
    public static ScriptObject GroupBy(ScriptArray? items, string key)
    {
        var groups = new ScriptObject();
        foreach (var item in items ?? [])
        {
            if (TryGetField(item, key, out var field) && Text(field) is { } text)
            {
                if (groups.TryGetValue(text, out var group))
                {
                    ((ScriptArray)group!).Add(item);
                }
                else
                {
                    groups.SetValue(text, new ScriptArray { item }, readOnly: false);
                }
            }
        }

        return groups;
    }

    /// <summary>The field of a template object: a converted one, or a report record read member by member.</summary>
    private static bool TryGetField(object? item, string key, out object? field)
    {
        switch (item)
        {
            case ScriptObject o:
                return o.TryGetValue(key, out field);
            case JsonRecord r:
                return r.TryGetValue(key, out field);
            default:
                field = null;
                return false;
        }
    }

    /// <summary>A field's value as a group name: strings as they are, booleans as in JSON.</summary>
    private static string? Text(object? field) => field switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        _ => Convert.ToString(field, CultureInfo.InvariantCulture),
    };

    /// <summary>Equal as text; strings and booleans compare without formatting (a report's findings are tens of thousands).</summary>
    private static bool Matches(object? field, object? value, string? wanted) => (field, value) switch
    {
        (string f, string v) => string.Equals(f, v, StringComparison.Ordinal),
        (bool f, bool v) => f == v,
        _ => Convert.ToString(field, CultureInfo.InvariantCulture) == wanted,
    };

    /// <summary>A JSON field name as a label: <c>testsWithDoubles</c> → <c>Tests with doubles</c>.</summary>
    public static string Humanize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (c is '_' or '-' && i > 0)
            {
                builder.Append(' ');
                continue;
            }

            if (startsWord)
            {
                builder.Append(' ');
            }

            builder.Append(builder.Length == 0 ? char.ToUpperInvariant(c) : startsWord && i + 1 < name.Length && char.IsLower(name[i + 1]) ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="value"/> scaled to <paramref name="length"/> for a chart whose largest value is <paramref name="max"/> (one decimal).</summary>
    public static double Scale(double value, double max, double length) =>
        max <= 0 ? 0 : Math.Round(length * Math.Max(0, value) / max, 1);
}
