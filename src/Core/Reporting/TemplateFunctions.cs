using System.Globalization;
using System.Text;

namespace FloeHarden.Core.Reporting;

/// <summary>Pure helpers available to templates as <c>md_cell</c>, <c>plural</c>, <c>percent</c>, <c>severity_icon</c>…</summary>
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
}
