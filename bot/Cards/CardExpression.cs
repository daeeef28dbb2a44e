using System.Collections;
using System.Globalization;
using System.Text;

namespace RecruitBot.Cards;

/// <summary>
/// The tiny expression language of templates: <c>${path}</c> with dotted paths, <c>$index</c> (0-based),
/// <c>$number</c> (1-based), <c>$root.</c>, <c>$item</c>; <c>**bold**</c> in template literals only.
/// Missing values resolve to null and print as empty text; nothing here throws on data.
/// </summary>
internal static class CardExpression
{
    public static object? Resolve(string path, BindScope scope)
    {
        path = Unwrap(path);
        if (path.Length == 0)
        {
            return null;
        }
        switch (path)
        {
            case "$index": return scope.Index;
            case "$number": return scope.Index + 1;
            case "$item": return scope.Item;
        }
        var segments = path.Split('.');
        if (segments[0] == "$root")
        {
            return Walk(scope.Root.Item, segments.AsSpan(1));
        }
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (TryMember(s.Item, segments[0], out var first))
            {
                return Walk(first, segments.AsSpan(1));
            }
        }
        return null;
    }

    /// <summary>A <c>when</c> test: a path, optionally negated with <c>!</c>.</summary>
    public static bool Test(string condition, BindScope scope)
    {
        condition = Unwrap(condition);
        var negate = condition.StartsWith('!');
        var value = IsTruthy(Resolve(negate ? condition[1..].Trim() : condition, scope));
        return negate ? !value : value;
    }

    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        bool b => b,
        IDictionary or IReadOnlyDictionary<string, object?> => true,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => true,
    };

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => "",
        _ => value.ToString() ?? "",
    };

    /// <summary>The list a repeat or bound choice list iterates; anything that is not a list is empty.</summary>
    public static IReadOnlyList<object?> List(object? value) => value switch
    {
        null or string or IDictionary or IReadOnlyDictionary<string, object?> => Array.Empty<object?>(),
        IEnumerable e => e.Cast<object?>().ToList(),
        _ => Array.Empty<object?>(),
    };

    /// <summary>Binds a string that is not markup (ids, labels, values, action data).</summary>
    public static string Plain(string? template, BindScope scope)
    {
        if (string.IsNullOrEmpty(template))
        {
            return "";
        }
        var sb = new StringBuilder();
        foreach (var (literal, expr) in Tokens(template))
        {
            sb.Append(expr is null ? literal : Format(Resolve(expr, scope)));
        }
        return sb.ToString();
    }

    /// <summary>Binds display text: <c>**</c> in literals toggles bold, bound values are always literal text.</summary>
    public static RichText Rich(string? template, BindScope scope)
    {
        if (string.IsNullOrEmpty(template))
        {
            return RichText.Empty;
        }
        var runs = new List<TextRun>();
        var bold = false;
        foreach (var (literal, expr) in Tokens(template))
        {
            if (expr is not null)
            {
                Add(runs, Format(Resolve(expr, scope)), bold);
                continue;
            }
            var parts = literal.Split("**");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    bold = !bold;
                }
                Add(runs, parts[i], bold);
            }
        }
        return new RichText(runs);
    }

    private static void Add(List<TextRun> runs, string text, bool bold)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (runs.Count > 0 && runs[^1].Bold == bold)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            return;
        }
        runs.Add(new TextRun(text, bold));
    }

    private static IEnumerable<(string Literal, string? Expr)> Tokens(string template)
    {
        var pos = 0;
        while (pos < template.Length)
        {
            var open = template.IndexOf("${", pos, StringComparison.Ordinal);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 2);
            if (open < 0 || close < 0)
            {
                yield return (template[pos..], null);
                yield break;
            }
            if (open > pos)
            {
                yield return (template[pos..open], null);
            }
            yield return ("", template[(open + 2)..close].Trim());
            pos = close + 1;
        }
    }

    private static string Unwrap(string path)
    {
        path = path.Trim();
        return path.StartsWith("${", StringComparison.Ordinal) && path.EndsWith('}') ? path[2..^1].Trim() : path;
    }

    private static object? Walk(object? current, ReadOnlySpan<string> segments)
    {
        foreach (var segment in segments)
        {
            if (!TryMember(current, segment, out current))
            {
                return null;
            }
        }
        return current;
    }

    private static bool TryMember(object? container, string key, out object? value)
    {
        value = null;
        switch (container)
        {
            case IReadOnlyDictionary<string, object?> d:
                return d.TryGetValue(key, out value);
            case IReadOnlyDictionary<string, string> s when s.TryGetValue(key, out var str):
                value = str;
                return true;
            case IDictionary d when d.Contains(key):
                value = d[key];
                return true;
            case IList list when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                                 && i < list.Count:
                value = list[i];
                return true;
            default:
                return false;
        }
    }
}
