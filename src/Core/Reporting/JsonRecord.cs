using System.Collections;
using System.Collections.Specialized;
using System.Text.Json;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FloeHarden.Core.Reporting;

/// <summary>
/// A JSON object of the report as template data, read member by member. A million-line audit reports a hundred
/// thousand findings and a template reads a few members of most and all members of a few (the ones it lists), so each
/// member is converted on first read and kept; converting every finding up front cost half of rendering the markdown
/// report and ~150 MB per template format. Members can still be set and removed, as on any template object.
/// </summary>
/// <remarks>
/// It is an <see cref="IDictionary"/> and enumerates its members as key/value pairs, as <see cref="ScriptObject"/> does, so
/// <c>object.typeof</c>, <c>object.keys</c>, <c>object.values</c> and <c>for</c> see an object like any other.
/// </remarks>
internal sealed class JsonRecord(JsonElement element) : IScriptObject, IEnumerable<KeyValuePair<string, object?>>, IDictionary
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private HashSet<string>? _removed;

    public int Count => GetMembers().Count();

    public bool IsReadOnly { get; set; }

    /// <summary>The object's members in document order, then members set by the template.</summary>
    public IEnumerable<string> GetMembers()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (_removed?.Contains(property.Name) != true)
            {
                yield return property.Name;
            }
        }

        foreach (var name in _values.Keys)
        {
            if (!element.TryGetProperty(name, out _) || _removed?.Contains(name) == true)
            {
                yield return name;
            }
        }
    }

    public bool Contains(string member) => _values.ContainsKey(member) || (_removed?.Contains(member) != true && element.TryGetProperty(member, out _));

    public bool TryGetValue(string member, out object? value)
    {
        if (_values.TryGetValue(member, out value))
        {
            return true;
        }

        if (_removed?.Contains(member) != true && element.TryGetProperty(member, out var property))
        {
            _values[member] = value = TemplateRenderer.ToScript(property);
            return true;
        }

        value = null;
        return false;
    }

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) => TryGetValue(member, out value);

    public bool CanWrite(string member) => !IsReadOnly;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (IsReadOnly)
        {
            return false;
        }

        _values[member] = value;
        return true;
    }

    public bool Remove(string member)
    {
        if (!Contains(member))
        {
            return false;
        }

        _values.Remove(member);
        (_removed ??= new HashSet<string>(StringComparer.Ordinal)).Add(member);
        return true;
    }

    public void SetReadOnly(string member, bool readOnly)
    {
        // Per-member read-only flags exist for built-in objects; report data is plain and stays writable.
    }

    /// <summary>Members and values, as a template's <c>for</c> over an object sees them.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var member in GetMembers().ToList())
        {
            TryGetValue(member, out var value);
            yield return new KeyValuePair<string, object?>(member, value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IDictionary.IsFixedSize => false;

    ICollection IDictionary.Keys => GetMembers().ToList();

    ICollection IDictionary.Values => this.Select(kv => kv.Value).ToList();

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    object? IDictionary.this[object key]
    {
        get => TryGetValue(Name(key), out var value) ? value : null;
        set => TrySetValue(null, default, Name(key), value, readOnly: false);
    }

    void IDictionary.Add(object key, object? value) => TrySetValue(null, default, Name(key), value, readOnly: false);

    void IDictionary.Clear()
    {
        foreach (var member in GetMembers().ToList())
        {
            Remove(member);
        }
    }

    bool IDictionary.Contains(object key) => Contains(Name(key));

    IDictionaryEnumerator IDictionary.GetEnumerator()
    {
        var ordered = new ListDictionary();
        foreach (var (member, value) in this)
        {
            ordered.Add(member, value);
        }

        return ordered.GetEnumerator();
    }

    void IDictionary.Remove(object key) => Remove(Name(key));

    void ICollection.CopyTo(Array array, int index)
    {
        foreach (var pair in this)
        {
            array.SetValue(new DictionaryEntry(pair.Key, pair.Value), index++);
        }
    }

    private static string Name(object key) => key as string ?? key.ToString() ?? "";

    public IScriptObject Clone(bool deep)
    {
        var copy = new ScriptObject();
        foreach (var member in GetMembers())
        {
            TryGetValue(member, out var value);
            copy.SetValue(member, deep && value is IScriptObject inner ? inner.Clone(deep) : value, readOnly: false);
        }

        return copy;
    }
}
