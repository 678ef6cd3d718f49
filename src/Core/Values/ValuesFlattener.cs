using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Config;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FloeHarden.Core.Values;

/// <summary>
/// Turns a Helm values file into flat key paths. Handles every document of a multi-document file, anchors and
/// aliases (resolved by YamlDotNet's representation model), merge keys (<c>&lt;&lt;: *base</c>, applied here because the
/// representation model keeps them as plain keys) and lists (<c>a.b[0].c</c>). Broken YAML becomes a problem with
/// file and line; whatever was read before the error is kept.
/// </summary>
public static partial class ValuesFlattener
{
    private const int MaxDepth = 64;
    private const string MergeKey = "<<";

    /// <param name="text">The file's text.</param>
    /// <param name="path">Root-relative path, recorded on every scalar.</param>
    /// <param name="problemFile">The path problems name (the engine makes it root-relative).</param>
    public static ValuesFile Parse(string text, string path, string problemFile)
    {
        var scalars = ImmutableArray.CreateBuilder<ValuesScalar>();
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // YamlStream adds documents as it reads them, so the ones before the broken document are still here.
            // An error found at the end of the file ("did not find expected ']'") is reported on the last line that has text.
            var (line, column) = (int)e.Start.Line > LastTextLine(text) ? ((int)parser.LastGood.Line, (int)parser.LastGood.Column) : ((int)e.Start.Line, (int)e.Start.Column);
            problems.Add(new ConfigProblem(problemFile, line, column, $"invalid YAML in values file: {Describe(e)}; its scalars after this point were not read"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated constructs ("tag: [1.4.2" at the end of a file); the last
            // event it read is where the file stops making sense.
            problems.Add(new ConfigProblem(problemFile, (int)parser.LastGood.Line, (int)parser.LastGood.Column,
                "invalid YAML in values file: unterminated flow collection or scalar; its scalars after this point were not read"));
        }

        for (var index = 0; index < stream.Documents.Count; index++)
        {
            var root = stream.Documents[index].RootNode;
            switch (root)
            {
                case YamlScalarNode { Value: null or "" or "~" or "null" }:
                    continue; // an empty document (a leading or trailing '---').
                case YamlMappingNode:
                    break;
                default:
                    problems.Add(new ConfigProblem(problemFile, (int)root.Start.Line, (int)root.Start.Column,
                        "a values file must be a mapping of keys; this document was read as a list or a single value"));
                    break;
            }

            new Walker(path, index, scalars).Walk(root, "", 0);
        }

        return new ValuesFile(path, scalars.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The key as it appears in a key path: plain when it is a simple name, <c>["a.b"]</c> when it holds dots or brackets.</summary>
    public static string Segment(string parent, string key)
    {
        if (key.Length > 0 && key.IndexOfAny(['.', '[', ']', '"', ' ']) < 0)
        {
            return parent.Length == 0 ? key : $"{parent}.{key}";
        }

        return $"{parent}[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
    }

    private static int LastTextLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return i + 1;
            }
        }

        return 1;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPrefix();

    private static string Describe(YamlException e)
    {
        var message = MarkPrefix().Replace(e.InnerException?.Message ?? e.Message, "").Trim();
        return message.Length == 0 ? "syntax error" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }

    /// <summary>Remembers where the last successfully read event started, for errors that carry no position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = new(0, 1, 1);

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastGood = current.Start;
            }

            return moved;
        }
    }

    private sealed class Walker(string path, int document, ImmutableArray<ValuesScalar>.Builder scalars)
    {
        public void Walk(YamlNode node, string keyPath, int depth)
        {
            if (depth > MaxDepth)
            {
                return; // a recursive alias; nothing a chart could mean.
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    if (!IsNull(scalar))
                    {
                        scalars.Add(new ValuesScalar(path, keyPath, scalar.Value!, (int)scalar.Start.Line, (int)scalar.Start.Column, document));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Walk(sequence.Children[i], $"{keyPath}[{i}]", depth + 1);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in WithMerges(mapping, depth))
                    {
                        Walk(value, Segment(keyPath, key), depth + 1);
                    }

                    break;
            }
        }

        /// <summary>The mapping's own entries, then the entries its merge keys bring that it does not override (earlier merges win).</summary>
        private static List<(string Key, YamlNode Value)> WithMerges(YamlMappingNode mapping, int depth)
        {
            var entries = new List<(string Key, YamlNode Value)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var merges = new List<YamlMappingNode>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = keyNode is YamlScalarNode s ? s.Value ?? "" : keyNode.ToString();
                if (key == MergeKey && keyNode is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) })
                {
                    merges.AddRange(value switch
                    {
                        YamlMappingNode m => [m],
                        YamlSequenceNode list => list.Children.OfType<YamlMappingNode>(),
                        _ => [],
                    });
                    continue;
                }

                if (seen.Add(key))
                {
                    entries.Add((key, value));
                }
            }

            if (depth < MaxDepth)
            {
                foreach (var merged in merges)
                {
                    foreach (var (key, value) in WithMerges(merged, depth + 1))
                    {
                        if (seen.Add(key))
                        {
                            entries.Add((key, value));
                        }
                    }
                }
            }

            return entries;
        }

        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Value is null
            || (scalar.Style is YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
    }
}
