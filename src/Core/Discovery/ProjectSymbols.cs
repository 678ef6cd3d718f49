using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace FloeHarden.Core.Discovery;

/// <summary>
/// The literal <c>&lt;DefineConstants&gt;</c> symbols a project's build defines, read from its .csproj and the
/// <c>Directory.Build.props</c>/<c>Directory.Build.targets</c> it imports (the nearest above it, and the next one up
/// when that one imports it). No MSBuild evaluation: <c>$(…)</c> references are dropped, and a <c>Condition</c> (on the
/// property or its group) is judged against the build the C# frontend models — Debug, a modern .NET target, nothing
/// else set: no condition, one naming a .NET (Core) 5+/netcoreapp target framework or the Debug configuration (without
/// <c>!=</c> or a negation) holds; any other (a .NET Framework or .NET Standard target, Release, a legacy
/// <c>NET45-Debug</c> configuration, <c>'$(CI)' == 'true'</c>, an OS check) does not. Tests only a .NET Framework build
/// compiles are left out, like the <c>#if NETFRAMEWORK</c> regions.
/// </summary>
internal static partial class ProjectSymbols
{
    public static ImmutableArray<string> Read(string projectPath, Func<string, string, IReadOnlyList<string>> buildFileSymbols)
    {
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        symbols.UnionWith(FromFile(projectPath));
        var directory = Path.GetDirectoryName(projectPath);
        if (directory is not null)
        {
            symbols.UnionWith(buildFileSymbols(directory, "Directory.Build.props"));
            symbols.UnionWith(buildFileSymbols(directory, "Directory.Build.targets"));
        }

        return [.. symbols];
    }

    /// <summary>Whether a Directory.Build file imports the one above it (<c>GetPathOfFileAbove('Directory.Build.props', …)</c>, <c>../Directory.Build.props</c>).</summary>
    public static bool ImportsParent(string path, string fileName)
    {
        try
        {
            var text = File.ReadAllText(path);
            return text.Contains("<Import", StringComparison.OrdinalIgnoreCase) && text.Contains(fileName, StringComparison.OrdinalIgnoreCase)
                && (text.Contains("GetPathOfFileAbove", StringComparison.OrdinalIgnoreCase) || text.Contains("../" + fileName, StringComparison.OrdinalIgnoreCase)
                    || text.Contains("..\\" + fileName, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    public static IReadOnlyList<string> FromFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [];
        }

        return text.Contains("DefineConstants", StringComparison.Ordinal) ? FromText(text) : [];
    }

    internal static IReadOnlyList<string> FromText(string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return [];
        }

        var symbols = new List<string>();
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "DefineConstants"))
        {
            if (!Holds(element.Attribute("Condition")?.Value) || !Holds(element.Parent?.Attribute("Condition")?.Value))
            {
                continue;
            }

            foreach (var part in element.Value.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Symbol().IsMatch(part))
                {
                    symbols.Add(part);
                }
            }
        }

        return symbols;
    }

    /// <summary>Whether a condition holds for the modelled build (Debug, a modern .NET target framework, nothing else set).</summary>
    internal static bool Holds(string? condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        if (condition.Contains("!=", StringComparison.Ordinal) || condition.Contains("!$", StringComparison.Ordinal))
        {
            return false;
        }

        var mentionsFramework = condition.Contains("TargetFramework", StringComparison.OrdinalIgnoreCase);
        var mentionsConfiguration = condition.Contains("$(Configuration", StringComparison.OrdinalIgnoreCase);
        var otherProperties = PropertyReference().Matches(condition).Any(m => !m.Groups[1].Value.StartsWith("TargetFramework", StringComparison.OrdinalIgnoreCase)
            && !m.Groups[1].Value.Equals("Configuration", StringComparison.OrdinalIgnoreCase) && !m.Groups[1].Value.Equals("Platform", StringComparison.OrdinalIgnoreCase));
        if (otherProperties || (!mentionsFramework && !mentionsConfiguration))
        {
            return false;
        }

        return (!mentionsFramework || ModernFramework().IsMatch(condition))
               && (!mentionsConfiguration || DebugConfiguration().IsMatch(condition));
    }

    /// <summary>The Debug configuration itself (<c>'Debug'</c>, <c>'Debug|AnyCPU'</c>), not a legacy <c>'NET45-Debug'</c> one.</summary>
    [GeneratedRegex(@"'Debug['|]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DebugConfiguration();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_.]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyReference();

    /// <summary>net5.0 … net10.0 (also net8.0-windows), netcoreapp3.1, or the .NETCoreApp identifier.</summary>
    [GeneratedRegex(@"'(net([5-9]|[1-9][0-9])\.[0-9]+(-[A-Za-z0-9.]+)?|netcoreapp[0-9.]+|\.NETCoreApp)'", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModernFramework();
}
