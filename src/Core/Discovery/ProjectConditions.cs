using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FloeHarden.Core.Discovery;

internal enum FrameworkKind
{
    Net,
    CoreApp,
    NetFramework,
    NetStandard,
}

/// <summary>Target framework monikers: net10.0(-windows), netcoreapp3.1, net472, netstandard2.0.</summary>
internal static partial class Framework
{
    public static readonly string[] CoreAppVersions = ["1.0", "1.1", "2.0", "2.1", "2.2", "3.0", "3.1"];
    public static readonly string[] NetFrameworkVersions = ["20", "35", "40", "45", "451", "452", "46", "461", "462", "47", "471", "472", "48", "481"];
    public static readonly string[] NetStandardVersions = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1"];

    public static (FrameworkKind Kind, Version Version, string Platform)? Parse(string moniker)
    {
        var m = Moniker().Match(moniker.Trim());
        if (!m.Success)
        {
            return null;
        }

        var platform = m.Groups["platform"].Value;
        if (m.Groups["fx"].Success)
        {
            return (FrameworkKind.NetFramework, NetFrameworkVersion(m.Groups["fx"].Value), "");
        }

        var version = new Version(int.Parse(m.Groups["major"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["minor"].Value, CultureInfo.InvariantCulture));
        return m.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "netcoreapp" => (FrameworkKind.CoreApp, version, ""),
            "netstandard" => (FrameworkKind.NetStandard, version, ""),
            _ when version.Major >= 5 => (FrameworkKind.Net, version, platform),
            _ => null,
        };
    }

    /// <summary>net472 → 4.7.2, net48 → 4.8, net20 → 2.0.</summary>
    public static Version NetFrameworkVersion(string digits) =>
        new(digits[0] - '0', digits[1] - '0', digits.Length > 2 ? digits[2] - '0' : 0);

    public static bool IsModern(string moniker) => Parse(moniker) is { Kind: FrameworkKind.Net or FrameworkKind.CoreApp };

    /// <summary>The target the audit models: the highest modern .NET one (without an OS suffix on a tie), else the highest .NET Framework one, else none.</summary>
    public static string? Choose(IEnumerable<string> frameworks)
    {
        var parsed = frameworks.Select(f => (Moniker: f, Parsed: Parse(f))).Where(f => f.Parsed is not null).ToList();
        var modern = parsed.Where(f => f.Parsed!.Value.Kind is FrameworkKind.Net or FrameworkKind.CoreApp)
            .OrderByDescending(f => f.Parsed!.Value.Version).ThenBy(f => f.Parsed!.Value.Platform.Length).ThenBy(f => f.Moniker, StringComparer.Ordinal).ToList();
        if (modern.Count > 0)
        {
            return modern[0].Moniker.ToLowerInvariant();
        }

        return parsed.Where(f => f.Parsed!.Value.Kind == FrameworkKind.NetFramework).OrderByDescending(f => f.Parsed!.Value.Version).Select(f => f.Moniker.ToLowerInvariant()).FirstOrDefault();
    }

    /// <summary>MSBuild's IsTargetFrameworkCompatible(target, candidate): whether target can reference candidate (the usual cases).</summary>
    public static bool? Compatible(string target, string candidate)
    {
        if (Parse(target) is not { } t || Parse(candidate) is not { } c)
        {
            return null;
        }

        return (t.Kind, c.Kind) switch
        {
            (FrameworkKind.Net or FrameworkKind.CoreApp, FrameworkKind.Net or FrameworkKind.CoreApp) => Normalised(t) >= Normalised(c),
            (FrameworkKind.Net or FrameworkKind.CoreApp, FrameworkKind.NetStandard) => true,
            (FrameworkKind.NetFramework, FrameworkKind.NetFramework) => t.Version >= c.Version,
            (FrameworkKind.NetFramework, FrameworkKind.NetStandard) => c.Version <= new Version(2, 0) && t.Version >= new Version(4, 6, 1),
            (FrameworkKind.NetStandard, FrameworkKind.NetStandard) => t.Version >= c.Version,
            _ => false,
        };

        // netcoreapp3.1 < net5.0: both on one scale.
        static Version Normalised((FrameworkKind Kind, Version Version, string Platform) f) => f.Version;
    }

    public static string Identifier(string moniker) => Parse(moniker)?.Kind switch
    {
        FrameworkKind.NetFramework => ".NETFramework",
        FrameworkKind.NetStandard => ".NETStandard",
        FrameworkKind.Net or FrameworkKind.CoreApp => ".NETCoreApp",
        _ => "",
    };

    [GeneratedRegex(@"^(?:(?<kind>net|netcoreapp|netstandard)(?<major>[0-9]{1,2})\.(?<minor>[0-9]{1,2})(?:-(?<platform>[A-Za-z]+)[0-9.]*)?|net(?<fx>[1-4][0-9][0-9]?))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Moniker();
}

/// <summary>
/// Evaluates an MSBuild condition for the modelled build with three-valued logic: a comparison involving anything the
/// model does not set (<c>$(CI)</c>, <c>$(OS)</c>, <c>Exists(…)</c>) is unknown, and an unknown result does not hold.
/// When the project's target framework is not known, <c>$(TargetFramework)</c> equals any modern .NET moniker and
/// nothing else, and is otherwise taken as net10.0.
/// </summary>
internal sealed partial class ConditionEvaluator(string condition, ProjectSymbols.Build build)
{
    private const char AnyModern = '\u0001';
    private int _position;

    private string Target => build.TargetFramework ?? "net10.0";

    public bool? Evaluate()
    {
        try
        {
            var value = Or();
            SkipSpace();
            return _position < condition.Length ? null : value;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private bool? Or()
    {
        var value = And();
        while (Word("or"))
        {
            var right = And();
            value = value == true || right == true ? true : value is null || right is null ? null : false;
        }

        return value;
    }

    private bool? And()
    {
        var value = Unary();
        while (Word("and"))
        {
            var right = Unary();
            value = value == false || right == false ? false : value is null || right is null ? null : true;
        }

        return value;
    }

    private bool? Unary()
    {
        // '!((((…' nested thousands deep: an unknown condition, not a stack overflow that ends the audit
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new FormatException();
        }

        SkipSpace();
        if (Peek('!') && !PeekAt(1, '='))
        {
            _position++;
            return !Unary();
        }

        if (Peek('('))
        {
            _position++;
            var inner = Or();
            SkipSpace();
            Expect(')');
            return inner;
        }

        var left = Operand(out var leftKnown);
        SkipSpace();
        foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
        {
            if (string.CompareOrdinal(condition, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                var right = Operand(out var rightKnown);
                if (!leftKnown || !rightKnown)
                {
                    return null;
                }

                return op switch
                {
                    "==" => Equal(left, right),
                    "!=" => !Equal(left, right),
                    _ => null,
                };
            }
        }

        return leftKnown && bool.TryParse(left, out var b) ? b : null;
    }

    private static bool? Equal(string left, string right)
    {
        if (left.Contains(AnyModern) || right.Contains(AnyModern))
        {
            var (pattern, text) = left.Contains(AnyModern) ? (left, right) : (right, left);
            if (pattern.Length == 1)
            {
                return Framework.IsModern(text);
            }

            var regex = "^" + string.Join(@"(net[0-9]+\.[0-9]+(-[a-z0-9.]+)?|netcoreapp[0-9.]+)", pattern.Split(AnyModern).Select(Regex.Escape)) + "$";
            return Regex.IsMatch(text, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private string Operand(out bool known)
    {
        SkipSpace();
        if (Peek('\'') || Peek('"'))
        {
            var quote = condition[_position++];
            var end = condition.IndexOf(quote, _position);
            if (end < 0)
            {
                throw new FormatException();
            }

            var text = condition[_position..end];
            _position = end + 1;
            var value = Expand(text);
            known = value is not null;
            return value ?? "";
        }

        if (Peek('$'))
        {
            var start = _position;
            _position = ClosingParen(condition, _position + 1) + 1;
            var value = Expand(condition[start.._position]);
            known = value is not null;
            return value ?? "";
        }

        var wordStart = _position;
        while (_position < condition.Length && (char.IsLetterOrDigit(condition[_position]) || condition[_position] is '.' or '_' or '-'))
        {
            _position++;
        }

        if (_position == wordStart)
        {
            throw new FormatException();
        }

        known = true;
        return condition[wordStart.._position];
    }

    /// <summary>A string with $(…) references expanded; null when one is not known.</summary>
    private string? Expand(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var end = ClosingParen(text, i + 1);
                var value = Property(text[(i + 2)..end].Trim(), whole: i == 0 && end == text.Length - 1);
                if (value is null)
                {
                    return null;
                }

                result.Append(value);
                i = end;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private string? Property(string inner, bool whole)
    {
        if (inner.StartsWith("[MSBuild]::", StringComparison.OrdinalIgnoreCase))
        {
            var open = inner.IndexOf('(');
            if (open < 0 || !inner.EndsWith(')'))
            {
                return null;
            }

            var name = inner[11..open];
            var args = Arguments(inner[(open + 1)..^1]);
            if (args.Any(a => a is null))
            {
                return null;
            }

            var a0 = args.Count > 0 ? Concrete(args[0]!) : "";
            return name.ToLowerInvariant() switch
            {
                "istargetframeworkcompatible" when args.Count == 2 => Framework.Compatible(a0, Concrete(args[1]!)) is { } c ? Bool(c) : null,
                "gettargetframeworkidentifier" => Framework.Identifier(a0),
                "gettargetplatformidentifier" => Framework.Parse(a0)?.Platform.ToLowerInvariant() ?? "",
                "gettargetframeworkversion" => Framework.Parse(a0) is { } p ? p.Version.ToString(p.Version.Build > 0 ? 3 : 2) : null,
                "versiongreaterthanorequals" when args.Count == 2 => CompareVersions(a0, args[1]!, c => c >= 0),
                "versiongreaterthan" when args.Count == 2 => CompareVersions(a0, args[1]!, c => c > 0),
                "versionlessthan" when args.Count == 2 => CompareVersions(a0, args[1]!, c => c < 0),
                "versionlessthanorequals" when args.Count == 2 => CompareVersions(a0, args[1]!, c => c <= 0),
                "versionequals" when args.Count == 2 => CompareVersions(a0, args[1]!, c => c == 0),
                _ => null,
            };
        }

        var dot = inner.IndexOf('.');
        var propertyName = dot < 0 ? inner : inner[..dot];
        var value = Value(propertyName);
        if (value is null)
        {
            return null;
        }

        if (dot < 0)
        {
            return whole || !value.Contains(AnyModern) ? value : value.Replace(AnyModern.ToString(), Target, StringComparison.Ordinal);
        }

        var call = MethodCall().Match(inner[(dot + 1)..]);
        if (!call.Success)
        {
            return null;
        }

        var concrete = Concrete(value);
        var argument = call.Groups["arg"].Value;
        return call.Groups["name"].Value switch
        {
            "StartsWith" => Bool(concrete.StartsWith(argument, StringComparison.Ordinal)),
            "EndsWith" => Bool(concrete.EndsWith(argument, StringComparison.Ordinal)),
            "Contains" => Bool(concrete.Contains(argument, StringComparison.Ordinal)),
            "Equals" => Bool(concrete.Equals(argument, StringComparison.Ordinal)),
            "ToLower" or "ToLowerInvariant" when argument.Length == 0 => concrete.ToLowerInvariant(),
            _ => null,
        };
    }

    private string? Value(string property) => property.ToLowerInvariant() switch
    {
        "targetframework" => build.TargetFramework ?? AnyModern.ToString(),
        "targetframeworks" => build.TargetFrameworks.Length > 0 ? build.TargetFrameworks : null,
        "targetframeworkidentifier" => Framework.Identifier(Target),
        "targetframeworkversion" => Framework.Parse(Target) is { } p ? "v" + p.Version.ToString(p.Version.Build > 0 ? 3 : 2) : null,
        "targetplatformidentifier" => Framework.Parse(Target)?.Platform ?? "",
        "configuration" => "Debug",
        "platform" => "AnyCPU",
        _ => null,
    };

    private string Concrete(string value) => value.Replace(AnyModern.ToString(), Target, StringComparison.Ordinal);

    private static string? CompareVersions(string left, string right, Func<int, bool> test) =>
        Version.TryParse(left.TrimStart('v', 'V'), out var l) && Version.TryParse(right.TrimStart('v', 'V'), out var r) ? Bool(test(l.CompareTo(r))) : null;

    private List<string?> Arguments(string text)
    {
        var result = new List<string?>();
        var depth = 0;
        var start = 0;
        char? quote = null;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    var argument = text[start..Math.Min(i, text.Length)].Trim().Trim('\'', '"');
                    result.Add(Expand(argument));
                    start = i + 1;
                    break;
            }
        }

        return result;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static int ClosingParen(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            if (c is '\'' or '"' && depth > 1)
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException();
    }

    private void SkipSpace()
    {
        while (_position < condition.Length && char.IsWhiteSpace(condition[_position]))
        {
            _position++;
        }
    }

    private bool Peek(char c) => _position < condition.Length && condition[_position] == c;

    private bool PeekAt(int offset, char c) => _position + offset < condition.Length && condition[_position + offset] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw new FormatException();
        }

        _position++;
    }

    private bool Word(string word)
    {
        SkipSpace();
        if (_position + word.Length <= condition.Length && string.Compare(condition, _position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (_position + word.Length == condition.Length || !char.IsLetterOrDigit(condition[_position + word.Length])))
        {
            _position += word.Length;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<name>\w+)\(\s*(?:'(?<arg>[^']*)'|""(?<arg>[^""]*)"")?\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodCall();
}
