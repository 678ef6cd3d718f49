using FloeHarden.Core.Analyses.Tiers;

namespace FloeHarden.Core.Analyses.Plugins;

/// <summary>
/// Plugin names as words, so a plugin folder, a test project and a test file name can be compared:
/// <c>Foo.Plugin.Kafka</c>, <c>floe-plugin-kafka</c>, <c>kafka_plugin</c>, <c>KafkaPlugin</c> and
/// <c>Foo.Plugin.Kafka.IntegrationTests</c> all name the plugin <c>kafka</c>.
/// </summary>
public static class PluginNames
{
    private static readonly HashSet<string> TestWords = new(StringComparer.Ordinal) { "test", "tests", "spec", "specs", "testing", "py" };

    /// <summary>Lower-case words of a name: split on '.', '-', '_', '/', spaces and camelCase humps.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = !char.IsLetterOrDigit(c)
                           || (i > 0 && char.IsUpper(c) && char.IsLower(text[i - 1]))
                           || (i > 0 && char.IsUpper(c) && i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().ToLowerInvariant());
        }

        return words;
    }

    public static bool IsPluginWord(string word) => word is "plugin" or "plugins";

    /// <summary>
    /// The words that name the plugin in a folder or project name: the words after "plugin" when there are any
    /// (Foo.Plugin.Kafka), else the words before it (kafka_plugin), else all words; test and tier words dropped.
    /// </summary>
    public static List<string> Key(string name)
    {
        var words = Words(name).Where(w => !IsTestOrTierWord(w)).ToList();
        var at = words.FindIndex(IsPluginWord);
        if (at < 0)
        {
            return words;
        }

        var after = words.Skip(at + 1).Where(w => !IsPluginWord(w)).ToList();
        return after.Count > 0 ? after : words.Take(at).ToList();
    }

    /// <summary>Whether <paramref name="key"/> occurs as a run of whole words in <paramref name="words"/>.</summary>
    public static bool ContainsRun(IReadOnlyList<string> words, IReadOnlyList<string> key)
    {
        if (key.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + key.Count <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < key.Count && all; j++)
            {
                all = words[i + j] == key[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTestOrTierWord(string word) =>
        TestWords.Contains(word) || (word != "it" && TierResolver.FromName(word) is not null) || word is "integrationtests" or "unittests" or "e2etests";
}
